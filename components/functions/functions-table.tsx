"use client";

import { useRef } from "react";
import type { FunctionSummary } from "@/lib/functions/types";
import { useWindowRows } from "@/lib/use-window-rows";
import { cn } from "@/lib/utils";
import { FunctionRow, ROW_HEIGHT } from "./function-row";
import type { ListIcons } from "./list-icons";
import type { Sort, SortKey } from "./list-filters";
import { columnClass } from "./table-columns";

const columns: { key: SortKey | "description"; label: string; className: string }[] = [
  { key: "name", label: "Name", className: columnClass.name },
  { key: "runtime", label: "Runtime", className: columnClass.runtime },
  { key: "memorySize", label: "Memory", className: columnClass.memorySize },
  { key: "timeout", label: "Timeout", className: columnClass.timeout },
  { key: "team", label: "Team", className: columnClass.team },
  { key: "lastModified", label: "Last modified", className: columnClass.lastModified },
  { key: "description", label: "Description", className: columnClass.description },
];

/** Rows in the server's HTML: a tall (1,200 px) screen's worth, before the real range is known. */
const FIRST_SCREEN_ROWS = 28;

/** A div table (ARIA table roles) virtualized against the window scroll: 1,000 rows stay smooth. */
export function FunctionsTable({
  items,
  sort,
  onSort,
  icons,
}: {
  items: FunctionSummary[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  icons: ListIcons;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const { start, end } = useWindowRows(bodyRef, items.length, {
    rowHeight: ROW_HEIGHT,
    initial: FIRST_SCREEN_ROWS,
    overscan: 12,
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
                  {sort.key !== c.key
                    ? icons.unsorted
                    : sort.dir === "asc"
                      ? icons.sortAsc
                      : icons.sortDesc}
                </button>
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={bodyRef}
        style={{ height: items.length * ROW_HEIGHT, position: "relative" }}
      >
        {items.slice(start, end).map((fn, i) => (
          <FunctionRow key={fn.name} fn={fn} index={start + i} />
        ))}
      </div>
    </div>
  );
}
