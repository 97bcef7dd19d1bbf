import type { FunctionSummary } from "@/lib/functions/types";

const SORT_KEYS = ["name", "runtime", "memorySize", "timeout", "lastModified", "team"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; dir: "asc" | "desc" };
export type Filters = { query: string; runtime: string; team: string };

export const UNASSIGNED = "__unassigned__";

/** Filter then sort; pure so it is cheap to memoise and easy to test. */
export function applyFilters(items: FunctionSummary[], f: Filters, sort: Sort): FunctionSummary[] {
  const q = f.query.trim().toLowerCase();
  const out = items.filter(
    (fn) =>
      (!q || fn.name.toLowerCase().includes(q) || fn.description.toLowerCase().includes(q)) &&
      (!f.runtime || fn.runtime === f.runtime) &&
      (!f.team || (f.team === UNASSIGNED ? fn.team === null : fn.team === f.team)),
  );
  const sign = sort.dir === "asc" ? 1 : -1;
  return out.sort((a, b) => {
    const x = a[sort.key] ?? "";
    const y = b[sort.key] ?? "";
    const c =
      typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return c === 0 ? a.name.localeCompare(b.name) : c * sign;
  });
}

export const distinct = (
  items: FunctionSummary[],
  pick: (f: FunctionSummary) => string | null | undefined,
) => [...new Set(items.map(pick).filter((v): v is string => Boolean(v)))].sort();

export const DEFAULT_SORT: Sort = { key: "name", dir: "asc" };

/** The list's view from its address (`?q=orders&runtime=python3.13&team=shop&sort=-timeout`). */
export function viewFromSearch(params: Pick<URLSearchParams, "get">): {
  filters: Filters;
  sort: Sort;
} {
  const rawSort = params.get("sort") ?? "";
  const key = rawSort.replace(/^-/, "");
  return {
    filters: {
      query: params.get("q") ?? "",
      runtime: params.get("runtime") ?? "",
      team: params.get("team") ?? "",
    },
    sort: (SORT_KEYS as readonly string[]).includes(key)
      ? { key: key as SortKey, dir: rawSort.startsWith("-") ? "desc" : "asc" }
      : DEFAULT_SORT,
  };
}

/** The address of a view: only what differs from the defaults, so the plain list stays `/functions`. */
export function searchOfView(filters: Filters, sort: Sort): string {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  if (filters.runtime) params.set("runtime", filters.runtime);
  if (filters.team) params.set("team", filters.team);
  if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir)
    params.set("sort", `${sort.dir === "desc" ? "-" : ""}${sort.key}`);
  const search = params.toString();
  return search ? `?${search}` : "";
}
