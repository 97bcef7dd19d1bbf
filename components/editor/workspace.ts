import type { CodeFile, FunctionCode } from "@/lib/functions/types";

/**
 * The editor's working copy of a package. `base` is the deployed text, `content` the draft;
 * non-text files carry no content at all and are deployed by reference ("keep").
 */
export type WsFile = {
  path: string;
  kind: CodeFile["kind"];
  size: number;
  content?: string;
  base?: string;
};

export type Workspace = {
  baseRevisionId: string;
  baseSha: string;
  files: WsFile[];
  /** Folders the user created that hold no file yet (zips have no empty folders). */
  folders: string[];
};

export const fromCode = (code: FunctionCode): Workspace => ({
  baseRevisionId: code.revisionId,
  baseSha: code.codeSha256,
  files: code.files.map((f) =>
    f.kind === "text" ? { ...f, base: f.content } : { path: f.path, kind: f.kind, size: f.size },
  ),
  folders: [],
});

export const isFileDirty = (f: WsFile) => f.kind === "text" && f.content !== f.base;

/** Whether the draft differs from what was deployed: edits, new, deleted or renamed files. */
export function isDirty(ws: Workspace, code: FunctionCode | undefined): boolean {
  if (ws.files.some(isFileDirty)) return true;
  if (!code) return false;
  const now = new Set(ws.files.map((f) => f.path));
  return code.files.length !== now.size || code.files.some((f) => !now.has(f.path));
}

export const dirtyPaths = (ws: Workspace) => ws.files.filter(isFileDirty).map((f) => f.path);

export function deployPayload(ws: Workspace) {
  return {
    files: ws.files
      .filter((f) => f.kind === "text")
      .map((f) => ({ path: f.path, content: f.content ?? "" })),
    keep: ws.files.filter((f) => f.kind !== "text").map((f) => f.path),
  };
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

export function renamePath(ws: Workspace, from: string, to: string): Workspace {
  const move = (p: string) => (under(p, from) ? to + p.slice(from.length) : p);
  return {
    ...ws,
    files: ws.files.map((f) =>
      under(f.path, from)
        ? { ...f, path: move(f.path), base: f.kind === "text" ? undefined : f.base }
        : f,
    ),
    folders: ws.folders.map(move),
  };
}

export function removePath(ws: Workspace, path: string): Workspace {
  return {
    ...ws,
    files: ws.files.filter((f) => !under(f.path, path)),
    folders: ws.folders.filter((d) => !under(d, path)),
  };
}

export const pathExists = (ws: Workspace, path: string) =>
  ws.files.some((f) => under(f.path, path)) || ws.folders.some((d) => under(d, path));
