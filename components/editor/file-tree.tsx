"use client";

import {
  ChevronDown,
  ChevronRight,
  File,
  FileLock2,
  FilePlus,
  Folder,
  FolderPlus,
  Pencil,
  Trash2,
} from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { isFileDirty, type WsFile } from "./workspace";

type Node = { name: string; path: string; file?: WsFile; children: Node[] };

function buildTree(files: WsFile[], folders: string[]): Node[] {
  const root: Node = { name: "", path: "", children: [] };
  const dirOf = (path: string) => {
    let node = root;
    for (const part of path.split("/").filter(Boolean)) {
      const p = node.path ? `${node.path}/${part}` : part;
      let child = node.children.find((c) => c.path === p && !c.file);
      if (!child) node.children.push((child = { name: part, path: p, children: [] }));
      node = child;
    }
    return node;
  };
  for (const d of folders) dirOf(d);
  for (const f of files) {
    const cut = f.path.lastIndexOf("/");
    dirOf(cut < 0 ? "" : f.path.slice(0, cut)).children.push({
      name: f.path.slice(cut + 1),
      path: f.path,
      file: f,
      children: [],
    });
  }
  const sort = (n: Node) => {
    n.children.sort(
      (a, b) => Number(Boolean(a.file)) - Number(Boolean(b.file)) || a.name.localeCompare(b.name),
    );
    n.children.forEach(sort);
  };
  sort(root);
  return root.children;
}

type Props = {
  files: WsFile[];
  folders: string[];
  active?: string;
  onOpen: (path: string) => void;
  onCreate: (kind: "file" | "folder", parent: string) => void;
  onRename: (path: string) => void;
  onDelete: (path: string) => void;
  /** False for roles that may not deploy: the tree only opens files. */
  editable?: boolean;
};

/** The package as a tree: open files, create, rename and delete files and folders. */
export function FileTree({
  files,
  folders,
  active,
  onOpen,
  onCreate,
  onRename,
  onDelete,
  editable = true,
}: Props) {
  const tree = useMemo(() => buildTree(files, folders), [files, folders]);
  const [closed, setClosed] = useState<Set<string>>(() => new Set(["node_modules"]));
  const [selectedDir, setSelectedDir] = useState("");

  const render = (nodes: Node[], depth: number) =>
    nodes.map((n) => {
      const isDir = !n.file;
      const open = isDir && !closed.has(n.path);
      const dirty = n.file && isFileDirty(n.file);
      return (
        <li
          key={`${isDir ? "d" : "f"}:${n.path}`}
          role="treeitem"
          aria-expanded={isDir ? open : undefined}
          aria-selected={n.path === active}
          aria-label={n.path}
        >
          <div
            className={cn(
              "group hover:bg-muted flex h-7 items-center gap-1 rounded-md pr-1 text-sm",
              n.path === active && "bg-accent text-foreground",
              isDir && selectedDir === n.path && "bg-muted",
            )}
            style={{ paddingLeft: 6 + depth * 12 }}
          >
            <button
              type="button"
              className="flex min-w-0 flex-1 items-center gap-1.5 text-left"
              onClick={() => {
                if (isDir) {
                  setSelectedDir(n.path);
                  setClosed((s) => {
                    const x = new Set(s);
                    if (x.has(n.path)) x.delete(n.path);
                    else x.add(n.path);
                    return x;
                  });
                } else onOpen(n.path);
              }}
            >
              {isDir ? (
                open ? (
                  <ChevronDown className="size-3.5 shrink-0" />
                ) : (
                  <ChevronRight className="size-3.5 shrink-0" />
                )
              ) : (
                <span className="w-3.5" />
              )}
              {isDir ? (
                <Folder className="text-primary/80 size-3.5 shrink-0" />
              ) : n.file?.kind === "text" ? (
                <File className="text-muted-foreground size-3.5 shrink-0" />
              ) : (
                <FileLock2 className="text-muted-foreground size-3.5 shrink-0" />
              )}
              <span className={cn("truncate", dirty && "text-warning")}>{n.name}</span>
              {dirty && (
                <span
                  aria-label="modified"
                  className="bg-warning ml-0.5 size-1.5 shrink-0 rounded-full"
                />
              )}
            </button>
            {editable && (
              <span className="hidden items-center group-focus-within:flex group-hover:flex">
                <Button
                  variant="ghost"
                  size="icon-sm"
                  className="size-6"
                  aria-label={`Rename ${n.path}`}
                  onClick={() => onRename(n.path)}
                >
                  <Pencil />
                </Button>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  className="size-6"
                  aria-label={`Delete ${n.path}`}
                  onClick={() => onDelete(n.path)}
                >
                  <Trash2 />
                </Button>
              </span>
            )}
          </div>
          {isDir && open && n.children.length > 0 && (
            <ul role="group">{render(n.children, depth + 1)}</ul>
          )}
        </li>
      );
    });

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center justify-between border-b px-2 py-1.5">
        <span className="text-muted-foreground text-xs font-medium tracking-wide uppercase">
          Files
        </span>
        {editable && (
          <span className="flex">
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label="New file"
              title="New file"
              onClick={() => onCreate("file", selectedDir)}
            >
              <FilePlus />
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label="New folder"
              title="New folder"
              onClick={() => onCreate("folder", selectedDir)}
            >
              <FolderPlus />
            </Button>
          </span>
        )}
      </div>
      <ul
        role="tree"
        aria-label="Package files"
        className="min-h-0 flex-1 overflow-auto p-1"
        onClick={(e) => e.target === e.currentTarget && setSelectedDir("")}
      >
        {render(tree, 0)}
      </ul>
    </div>
  );
}
