"use client";

import { X } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * Open files as tabs; a dot marks unsaved changes. Middle-click or × closes; from the keyboard,
 * Delete on a focused tab does (the × is a mouse target only: a button inside a tab would be a
 * control nested in a control, which screen readers cannot announce).
 */
export function EditorTabs({
  open,
  active,
  dirty,
  onActivate,
  onClose,
}: {
  open: string[];
  active?: string;
  dirty: Set<string>;
  onActivate: (p: string) => void;
  onClose: (p: string) => void;
}) {
  return (
    <div
      role="tablist"
      aria-label="Open files"
      className="bg-muted/40 flex h-9 shrink-0 overflow-x-auto border-b"
    >
      {open.map((p) => (
        <div
          key={p}
          role="tab"
          aria-selected={p === active}
          tabIndex={0}
          title={p}
          onClick={() => onActivate(p)}
          aria-keyshortcuts="Delete"
          onKeyDown={(e) => {
            if (e.key === "Enter") onActivate(p);
            else if (e.key === "Delete") onClose(p);
          }}
          onAuxClick={(e) => e.button === 1 && onClose(p)}
          className={cn(
            "group flex cursor-pointer items-center gap-1.5 border-r px-3 text-xs whitespace-nowrap",
            p === active
              ? "bg-background text-foreground"
              : "text-muted-foreground hover:text-foreground",
          )}
        >
          <span className="font-mono">{p.split("/").pop()}</span>
          {dirty.has(p) && (
            <span
              aria-label="unsaved changes"
              className="bg-warning size-1.5 rounded-full group-hover:hidden"
            />
          )}
          {/* A mouse target only (see above), so not a button. */}
          <span
            aria-hidden
            title={`Close ${p}`}
            onClick={(e) => {
              e.stopPropagation();
              onClose(p);
            }}
            className={cn(
              "hover:bg-muted rounded p-0.5",
              dirty.has(p) ? "hidden group-hover:block" : "opacity-60",
            )}
          >
            <X className="size-3" />
          </span>
        </div>
      ))}
    </div>
  );
}
