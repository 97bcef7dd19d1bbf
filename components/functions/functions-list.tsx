"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { LazyErrorPanel } from "@/components/shell/lazy-error-panel";
import { buttonVariants } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { EmptyState, Kbd, Skeleton } from "@/components/ui/misc";
import { useFunctionsQuery, useFunctionTeamsQuery } from "@/lib/queries/use-functions";
import { useHotkey } from "@/lib/use-hotkey";
import { useCanCreate } from "@/components/auth/viewer-provider";
import { FunctionsTable } from "./functions-table";
import type { ListIcons } from "./list-icons";
import {
  applyFilters,
  distinct,
  searchOfView,
  UNASSIGNED,
  viewFromSearch,
  type Sort,
  type SortKey,
} from "./list-filters";

/** `icons` come from the server page (list-icons.tsx), so no icon code ships with the list. */
export function FunctionsList({ icons }: { icons: ListIcons }) {
  const list = useFunctionsQuery();
  const { error, isPending, refetch } = list;
  const teams = useFunctionTeamsQuery(Boolean(list.data?.some((f) => f.team === undefined)));
  // The list shows at once; teams fill in when their ListTags calls are done.
  const data = useMemo(
    () =>
      teams.data && list.data
        ? list.data.map((f) =>
            f.team === undefined ? { ...f, team: teams.data[f.name] ?? null } : f,
          )
        : list.data,
    [list.data, teams.data],
  );
  const canCreate = useCanCreate();
  // Filters and sort live in the address too: a view can be shared and survives a reload.
  const searchParams = useSearchParams();
  const [initial] = useState(() => viewFromSearch(searchParams));
  const [query, setQuery] = useState(initial.filters.query);
  const [runtime, setRuntime] = useState(initial.filters.runtime);
  const [team, setTeam] = useState(initial.filters.team);
  const [sort, setSort] = useState<Sort>(initial.sort);
  const deferredQuery = useDeferredValue(query);
  useEffect(() => {
    const search = searchOfView({ query: deferredQuery, runtime, team }, sort);
    // history, not the router: Next keeps useSearchParams in step without refetching the page.
    if (search !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  }, [deferredQuery, runtime, team, sort]);
  const search = useRef<HTMLInputElement>(null);
  useHotkey("/", () => search.current?.focus());
  const router = useRouter();
  useHotkey("n", () => router.push("/functions/new"), canCreate);

  const items = useMemo(
    () => applyFilters(data ?? [], { query: deferredQuery, runtime, team }, sort),
    [data, deferredQuery, runtime, team, sort],
  );
  const runtimes = useMemo(() => distinct(data ?? [], (f) => f.runtime), [data]);
  const teamNames = useMemo(() => distinct(data ?? [], (f) => f.team ?? null), [data]);
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === "asc" ? "desc" : "asc" }));

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Functions</h1>
          <p className="text-muted-foreground text-sm">
            {data ? `${data.length} function${data.length === 1 ? "" : "s"}` : "Loading…"}
          </p>
        </div>
        {canCreate && (
          <Link href="/functions/new" className={buttonVariants()} title="Create function (N)">
            {icons.create} Create function
          </Link>
        )}
      </div>
      {error ? (
        <LazyErrorPanel error={error} onRetry={() => refetch()} />
      ) : isPending || !data ? (
        <div className="grid gap-2" aria-label="Loading functions">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ) : data.length === 0 ? (
        <EmptyState
          icon={icons.empty}
          title="No functions yet"
          action={
            canCreate && (
              <Link href="/functions/new" className={buttonVariants()}>
                {icons.create} Create function
              </Link>
            )
          }
        >
          Start from a template (hello world, HTTP API, webhook, queue processor…) or upload a .zip.
        </EmptyState>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <div className="relative w-full max-w-xs">
              {icons.search}
              <Input
                ref={search}
                type="search"
                aria-label="Filter by name"
                placeholder="Filter by name…"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className="pr-8 pl-8"
              />
              <Kbd className="absolute top-2.5 right-2.5">/</Kbd>
            </div>
            <Select
              aria-label="Runtime"
              value={runtime}
              onChange={(e) => setRuntime(e.target.value)}
              className="w-40"
            >
              <option value="">All runtimes</option>
              {runtimes.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
            <Select
              aria-label="Team"
              value={team}
              onChange={(e) => setTeam(e.target.value)}
              className="w-40"
            >
              <option value="">All teams</option>
              {teamNames.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
              <option value={UNASSIGNED}>Unassigned</option>
            </Select>
            {items.length !== data.length && (
              <span className="text-muted-foreground text-sm">{items.length} shown</span>
            )}
          </div>
          {items.length === 0 ? (
            <EmptyState
              title="No function matches these filters"
              action={
                <button
                  type="button"
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                  onClick={() => {
                    setQuery("");
                    setRuntime("");
                    setTeam("");
                  }}
                >
                  Clear filters
                </button>
              }
            />
          ) : (
            <FunctionsTable items={items} sort={sort} onSort={onSort} icons={icons} />
          )}
        </>
      )}
    </div>
  );
}
