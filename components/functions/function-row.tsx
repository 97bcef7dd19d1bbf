"use client";

import Link from "next/link";
import { preloadEditor } from "@/components/editor/preload-editor";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/misc";
import type { FunctionSummary } from "@/lib/functions/types";
import { functionHref } from "./function-tabs";
import { RelativeTime } from "./relative-time";
import { columnClass } from "./table-columns";

export const ROW_HEIGHT = 44;

/** One row of the functions table, placed absolutely at its index (the body is virtualized). */
export function FunctionRow({ fn, index }: { fn: FunctionSummary; index: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="hover:bg-muted/50 absolute inset-x-0 flex items-center gap-4 border-b px-4 last:border-b-0"
      style={{ height: ROW_HEIGHT, transform: `translateY(${index * ROW_HEIGHT}px)` }}
    >
      <div role="cell" className={`${columnClass.name} truncate`}>
        <Link
          href={functionHref(fn.name)}
          onMouseEnter={preloadEditor}
          onFocus={preloadEditor}
          className="text-primary font-medium hover:underline"
        >
          {fn.name}
        </Link>
      </div>
      <div role="cell" className={columnClass.runtime}>
        <Badge variant="outline" className="font-mono">
          {fn.runtime}
        </Badge>
      </div>
      <div role="cell" className={`${columnClass.memorySize} tabular-nums`}>
        {fn.memorySize} MB
      </div>
      <div role="cell" className={`${columnClass.timeout} tabular-nums`}>
        {fn.timeout} s
      </div>
      <div role="cell" className={`${columnClass.team} truncate`}>
        {fn.team === undefined ? (
          <Skeleton className="h-4 w-16" aria-label="Loading team" />
        ) : fn.team ? (
          <Badge variant="primary">{fn.team}</Badge>
        ) : (
          <span className="text-muted-foreground text-xs">unassigned</span>
        )}
      </div>
      <div role="cell" className={`${columnClass.lastModified} text-muted-foreground`}>
        <RelativeTime value={fn.lastModified} />
      </div>
      <div
        role="cell"
        className={`${columnClass.description} text-muted-foreground truncate`}
        title={fn.description}
      >
        {fn.description}
      </div>
    </div>
  );
}
