"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { FunctionCode } from "@/lib/functions/types";
import { cn } from "@/lib/utils";
import { languageOf } from "./language";
import { LazyCodeDiff } from "./lazy-editor";
import type { Workspace } from "./workspace";

type Props = {
  draft: Workspace;
  latest: FunctionCode | null;
  onRebase: () => void;
  onOverwrite: () => void;
  onClose: () => void;
};

/** After a 412: the newly deployed code (left) against the draft (right), file by file. */
export function ConflictDialog({ draft, latest, onRebase, onOverwrite, onClose }: Props) {
  const changed = useMemo(() => {
    if (!latest) return [];
    const theirs = new Map(
      latest.files.map((f) => [f.path, f.kind === "text" ? f.content : undefined]),
    );
    const paths = new Set([...theirs.keys(), ...draft.files.map((f) => f.path)]);
    return [...paths].sort().filter((p) => {
      const mine = draft.files.find((f) => f.path === p);
      return (
        (mine?.kind === "text" ? mine.content : undefined) !== theirs.get(p) ||
        !mine !== !theirs.has(p)
      );
    });
  }, [draft, latest]);
  const [picked, setPicked] = useState<string>();
  const path = picked && changed.includes(picked) ? picked : changed[0];
  const theirs = latest?.files.find((f) => f.path === path);
  const mine = draft.files.find((f) => f.path === path);

  return (
    <Dialog
      open={latest !== null}
      onOpenChange={(o) => !o && onClose()}
      className="w-[min(72rem,calc(100vw-2rem))]"
      title="Someone deployed this function meanwhile"
      description="Compare the newly deployed code (left) with your draft (right). Rebase merges your edits into the new code (lines you both changed are kept side by side for you to resolve); overwrite deploys your draft as it is."
      footer={
        <>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="secondary" onClick={onRebase}>
            Rebase my edits
          </Button>
          <Button variant="destructive" onClick={onOverwrite}>
            Overwrite with my draft
          </Button>
        </>
      }
    >
      <div className="grid h-[55vh] grid-cols-[12rem_1fr] gap-3">
        <ul aria-label="Changed files" className="overflow-auto text-sm">
          {changed.map((p) => (
            <li key={p}>
              <button
                type="button"
                onClick={() => setPicked(p)}
                className={cn(
                  "hover:bg-muted w-full truncate rounded px-2 py-1 text-left font-mono text-xs",
                  p === path && "bg-accent",
                )}
              >
                {p}
              </button>
            </li>
          ))}
          {changed.length === 0 && (
            <li className="text-muted-foreground">No differences in text files.</li>
          )}
        </ul>
        <div className="min-h-0 overflow-hidden rounded-md border">
          {path && (
            <LazyCodeDiff
              key={path}
              path={path}
              language={languageOf(path)}
              original={
                theirs?.kind === "text"
                  ? theirs.content
                  : theirs
                    ? "(binary file)"
                    : "(not in the deployed package)"
              }
              modified={
                mine?.kind === "text"
                  ? (mine.content ?? "")
                  : mine
                    ? "(binary file)"
                    : "(deleted in your draft)"
              }
            />
          )}
        </div>
      </div>
    </Dialog>
  );
}
