import type { FunctionSummary } from "@/lib/functions/types";

export type SortKey = "name" | "runtime" | "memorySize" | "timeout" | "lastModified" | "team";
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
