"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useLayoutEffect, useRef, useState } from "react";
import { preloadEditor } from "@/components/editor/preload-editor";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/misc";
import type { FunctionSummary } from "@/lib/functions/types";
import { cn } from "@/lib/utils";
import type { Sort, SortKey } from "./list-filters";
import { RelativeTime } from "./relative-time";

const columns: { key: SortKey | "description"; label: string; className: string }[] = [
  { key: "name", label: "Name", className: "min-w-0 flex-[2]" },
  { key: "runtime", label: "Runtime", className: "w-32" },
  { key: "memorySize", label: "Memory", className: "w-24 text-right" },
  { key: "timeout", label: "Timeout", className: "w-20 text-right" },
  { key: "team", label: "Team", className: "w-32" },
  { key: "lastModified", label: "Last modified", className: "w-36" },
  { key: "description", label: "Description", className: "hidden min-w-0 flex-[3] lg:block" },
];

const ROW_HEIGHT = 44;

/** A div table (ARIA table roles) virtualized against the window scroll: 1,000 rows stay smooth. */
export function FunctionsTable({
  items,
  sort,
  onSort,
}: {
  items: FunctionSummary[];
  sort: Sort;
  onSort: (key: SortKey) => void;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(bodyRef.current?.offsetTop ?? 0), []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: margin,
  });

  return (
    <div
      role="table"
      aria-label="Functions"
      aria-rowcount={items.length + 1}
      className="bg-card rounded-lg border text-sm"
    >
      <div role="rowgroup">
        <div
          role="row"
          className="text-muted-foreground flex items-center gap-4 border-b px-4 py-2 text-xs font-medium"
        >
          {columns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={c.className}
              aria-sort={
                sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined
              }
            >
              {c.key === "description" ? (
                c.label
              ) : (
                <button
                  type="button"
                  onClick={() => onSort(c.key as SortKey)}
                  className={cn(
                    "hover:text-foreground inline-flex items-center gap-1",
                    c.className.includes("text-right") && "flex-row-reverse",
                  )}
                >
                  {c.label}
                  {sort.key === c.key ? (
                    sort.dir === "asc" ? (
                      <ArrowUp className="size-3" />
                    ) : (
                      <ArrowDown className="size-3" />
                    )
                  ) : (
                    <ArrowUpDown className="size-3 opacity-40" />
                  )}
                </button>
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={bodyRef}
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const fn = items[row.index]!;
          return (
            <div
              key={fn.name}
              role="row"
              aria-rowindex={row.index + 2}
              className="hover:bg-muted/50 absolute inset-x-0 flex items-center gap-4 border-b px-4 last:border-b-0"
              style={{
                height: ROW_HEIGHT,
                transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <div role="cell" className="min-w-0 flex-[2] truncate">
                <Link
                  href={`/functions/${encodeURIComponent(fn.name)}`}
                  onMouseEnter={preloadEditor}
                  onFocus={preloadEditor}
                  className="text-primary font-medium hover:underline"
                >
                  {fn.name}
                </Link>
              </div>
              <div role="cell" className="w-32">
                <Badge variant="outline" className="font-mono">
                  {fn.runtime}
                </Badge>
              </div>
              <div role="cell" className="w-24 text-right tabular-nums">
                {fn.memorySize} MB
              </div>
              <div role="cell" className="w-20 text-right tabular-nums">
                {fn.timeout} s
              </div>
              <div role="cell" className="w-32 truncate">
                {fn.team === undefined ? (
                  <Skeleton className="h-4 w-16" aria-label="Loading team" />
                ) : fn.team ? (
                  <Badge variant="primary">{fn.team}</Badge>
                ) : (
                  <span className="text-muted-foreground text-xs">unassigned</span>
                )}
              </div>
              <div role="cell" className="text-muted-foreground w-36">
                <RelativeTime value={fn.lastModified} />
              </div>
              <div
                role="cell"
                className="text-muted-foreground hidden min-w-0 flex-[3] truncate lg:block"
                title={fn.description}
              >
                {fn.description}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
