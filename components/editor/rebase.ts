import type { FunctionCode } from "@/lib/functions/types";
import { mergeText } from "./merge-text";
import { fromCode, isFileDirty, type Workspace, type WsFile } from "./workspace";

export type Rebased = {
  workspace: Workspace;
  /** Files where both sides changed the same lines: both versions are in the text, marked. */
  conflicts: string[];
};

/**
 * Rebase after a conflict: files the user did not touch take the newly deployed text; files
 * the user changed get a three-way merge of the draft, the code it started from and the new
 * code, so neither side's edits are lost; the new revision becomes the base.
 */
export function rebase(ws: Workspace, latest: FunctionCode): Rebased {
  const mine = new Map(ws.files.map((f) => [f.path, f]));
  const next = fromCode(latest);
  const conflicts: string[] = [];
  const files: WsFile[] = next.files.map((theirs) => {
    const m = mine.get(theirs.path);
    if (!m || m.kind !== "text" || theirs.kind !== "text" || !isFileDirty(m)) return theirs;
    // A file both sides added has no common ancestor: an empty one makes any difference a conflict.
    const merged = mergeText(m.content ?? "", m.base ?? "", theirs.base ?? "");
    if (merged.conflict) conflicts.push(theirs.path);
    return { ...theirs, content: merged.text };
  });
  // Files the user added (no base) survive too.
  for (const m of ws.files) {
    if (m.kind === "text" && m.base === undefined && !files.some((f) => f.path === m.path))
      files.push(m);
  }
  return {
    workspace: {
      ...next,
      files: files.sort((a, b) => a.path.localeCompare(b.path)),
      folders: ws.folders,
    },
    conflicts,
  };
}
