"use client";

import {
  Download,
  FileLock2,
  LoaderCircle,
  Maximize2,
  Minimize2,
  RotateCcw,
  Rocket,
} from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "@/lib/toast";
import { ErrorPanel } from "@/components/shell/error-panel";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/misc";
import { UpdateStatus } from "@/components/functions/update-status";
import { fileAbove, underFileMessage } from "@/lib/functions/package-path";
import type { FunctionCode } from "@/lib/functions/types";
import { useFunctionCodeQuery, useFunctionQuery } from "@/lib/queries/use-functions";
import { useHotkey } from "@/lib/use-hotkey";
import { useHydrated } from "@/lib/use-hydrated";
import { cn } from "@/lib/utils";
import { formatBytes } from "@/lib/format-bytes";
import { CodePreview } from "./code-preview";
import { ConflictDialog } from "./conflict-dialog";
import { clearDraft, loadDraft, saveDraft } from "./draft-store";
import { EditorTabs } from "./editor-tabs";
import { FileTree } from "./file-tree";
import { handlerFile, missingHandlerModule } from "./handler-file";
import { languageOf } from "./language";
import { LazyCodeEditor, preloadCodeEditor } from "./lazy-editor";
import { PackageSize } from "./package-size";
import { PathDialog, type PathRequest } from "./path-dialog";
import { UploadZipButton } from "./upload-zip-button";
import { useDeploy } from "./use-deploy";
import { useCan } from "@/components/auth/viewer-provider";
import {
  dirtyPaths,
  fromCode,
  isDirty,
  pathExists,
  removePath,
  renamePath,
  type Workspace,
} from "./workspace";

/** How long after the last edit the draft is written to localStorage. */
const DRAFT_WRITE_DELAY_MS = 300;

const kindText = {
  binary: "a binary file",
  large: "larger than 1 MB",
  dependency: "a dependency",
} as const;

export function CodeWorkspace({ name }: { name: string }) {
  const code = useFunctionCodeQuery(name);
  const detail = useFunctionQuery(name).data;
  const [ws, setWs] = useState<Workspace | null>(null);
  const [restored, setRestored] = useState(false);
  const [open, setOpen] = useState<string[]>([]);
  const [active, setActive] = useState<string>();
  const [pathRequest, setPathRequest] = useState<PathRequest | null>(null);
  const { deploy, deploying, conflict, clearConflict } = useDeploy(name, setWs);
  const canDeploy = useCan()("functions.deploy", detail?.team);
  // The package may come prefetched with the page; the draft lives in localStorage, so the
  // workspace starts once hydrated (the server's HTML has no draft to match).
  const hydrated = useHydrated();
  // Monaco is what this tab waits for: ask for it while hydrating, not after (as an effect would).
  if (typeof window !== "undefined") preloadCodeEditor();

  const [editorReady, setEditorReady] = useState(false);
  // The tree, tabs and editor over the whole window (users ask for a bigger editor).
  const [fullscreen, setFullscreen] = useState(false);
  // Outside the editor only: inside it, Escape closes Monaco's own widgets.
  useHotkey("escape", () => setFullscreen(false), fullscreen);
  // Until hydrated, the deployed code (what the server can render: drafts live in the browser).
  const serverView = useMemo(() => (code.data ? startView(code.data, null) : null), [code.data]);

  // First render with data: restore the draft if one survived a reload, else start clean.
  if (!ws && code.data && hydrated) {
    const draft = loadDraft(name);
    const start = startView(code.data, draft);
    setWs(start.ws);
    setRestored(Boolean(draft) && isDirty(start.ws, code.data));
    setOpen(start.open);
    setActive(start.active);
  }
  // A configuration change moves the RevisionId but not the code: follow it, no conflict.
  if (
    ws &&
    detail &&
    detail.codeSha256 === ws.baseSha &&
    detail.revisionId !== ws.baseRevisionId &&
    detail.lastUpdateStatus !== "InProgress"
  ) {
    setWs({ ...ws, baseRevisionId: detail.revisionId });
  }

  const dirty = useMemo(() => new Set(ws ? dirtyPaths(ws) : []), [ws]);
  const changed = ws ? isDirty(ws, code.data) : false;
  // The draft is written a moment after typing stops, not on every keystroke (edits render
  // within the keystroke, see CodeEditor), and at once when the page or this tab goes away.
  const pendingDraft = useRef<(() => void) | null>(null);
  useEffect(() => {
    // No workspace (an upload replaced the package): nothing of the old one is written.
    pendingDraft.current = null;
    if (!ws) return;
    const write = () => {
      pendingDraft.current = null;
      if (changed) {
        if (!saveDraft(name, ws))
          toast.warning("This draft is too large to keep across reloads.", { id: "draft-quota" });
      } else clearDraft(name);
    };
    pendingDraft.current = write;
    const timer = setTimeout(write, DRAFT_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ws, changed, name]);
  useEffect(() => {
    const flush = () => pendingDraft.current?.();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);

  const doDeploy = () => {
    if (!ws || !canDeploy || deploying) return;
    // Renaming or deleting the handler's file deploys fine and then fails every invoke.
    const missing =
      code.data &&
      missingHandlerModule(
        code.data.runtime,
        code.data.handler,
        ws.files.map((f) => f.path),
      );
    if (
      missing &&
      !window.confirm(
        `The handler ${code.data!.handler} loads ${missing}, which is not in the package: every invoke would fail with Runtime.ImportModuleError. Deploy anyway?`,
      )
    )
      return;
    void deploy(ws);
  };
  useHotkey("mod+s", doDeploy, Boolean(ws));

  if (code.error) return <ErrorPanel error={code.error} onRetry={() => code.refetch()} />;
  // Until hydration the deployed code as the server rendered it: readable before any script has
  // run. Hydration sets `ws` (draft or deployed) in the same pass, before anything is clickable.
  const current = ws ?? serverView?.ws;
  if (!current)
    return <Skeleton className="h-[calc(100dvh-16rem)] min-h-[420px]" aria-label="Loading code" />;
  // Tabs of files the package no longer has (a discard, a rebase or an upload replaced it) are
  // dropped as they render, and the editor falls back to another open file or the handler.
  const inPackage = new Set(current.files.map((f) => f.path));
  const openTabs = (ws ? open : (serverView?.open ?? [])).filter((p) => inPackage.has(p));
  const wanted = ws ? active : serverView?.active;
  const shownActive =
    wanted && inPackage.has(wanted)
      ? wanted
      : (openTabs.at(-1) ?? (code.data ? startView(code.data, current).active : undefined));
  const shownTabs =
    shownActive && !openTabs.includes(shownActive) ? [...openTabs, shownActive] : openTabs;

  const file = current.files.find((f) => f.path === shownActive);
  const openFile = (p: string) => {
    setOpen((o) => (o.includes(p) ? o : [...o, p]));
    setActive(p);
  };
  const closeFile = (p: string) => {
    const rest = shownTabs.filter((x) => x !== p);
    setOpen(rest);
    if (shownActive === p) setActive(rest.at(-1));
  };
  // Edits go to the file on screen, which is `active` unless that one has left the package.
  const edit = (content: string) =>
    setWs(
      (cur) =>
        cur && {
          ...cur,
          files: cur.files.map((f) => (f.path === shownActive ? { ...f, content } : f)),
        },
    );

  /** Why a new or renamed entry cannot go to `p`: something is there, or a file is above it. */
  const placeTaken = (p: string) => {
    if (pathExists(current, p)) return "Something already exists at this path.";
    const file = fileAbove(
      p,
      current.files.map((f) => f.path),
    );
    return file && underFileMessage(file);
  };
  const create = (kind: "file" | "folder", parent: string) =>
    setPathRequest({
      title: kind === "file" ? "New file" : "New folder",
      initial: parent ? `${parent}/` : "",
      submitLabel: "Create",
      onSubmit: (p) => {
        const taken = placeTaken(p);
        if (taken) return taken;
        if (kind === "folder") setWs({ ...current, folders: [...current.folders, p] });
        else {
          setWs({
            ...current,
            files: [...current.files, { path: p, kind: "text", size: 0, content: "" }],
          });
          openFile(p);
        }
      },
    });
  const rename = (from: string) =>
    setPathRequest({
      title: `Rename ${from}`,
      initial: from,
      submitLabel: "Rename",
      onSubmit: (to) => {
        if (to === from) return;
        const taken = placeTaken(to);
        if (taken) return taken;
        if (
          current.files.some(
            (f) => (f.path === from || f.path.startsWith(`${from}/`)) && f.kind !== "text",
          )
        )
          return "Binary and dependency files are carried as they are; they cannot be renamed here.";
        setWs(renamePath(current, from, to));
        const move = (p: string) =>
          p === from || p.startsWith(`${from}/`) ? to + p.slice(from.length) : p;
        setOpen(open.map(move));
        setActive(active && move(active));
      },
    });
  const remove = (p: string) => {
    if (!window.confirm(`Delete ${p}? It leaves the package at the next deploy.`)) return;
    setWs(removePath(current, p));
    const rest = open.filter((x) => x !== p && !x.startsWith(`${p}/`));
    setOpen(rest);
    if (active && !rest.includes(active)) setActive(rest.at(-1));
  };
  const discard = () => {
    if (!code.data || !window.confirm("Discard all changes since the last deploy?")) return;
    clearDraft(name);
    setWs(fromCode(code.data));
    setRestored(false);
  };

  return (
    <div
      className={cn("flex flex-col gap-3", fullscreen && "bg-background fixed inset-0 z-40 p-4")}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-muted-foreground text-sm" aria-live="polite">
          {changed
            ? `${dirty.size || "Some"} unsaved change${dirty.size === 1 ? "" : "s"} — draft kept in this browser`
            : "Deployed code"}
        </span>
        {detail && !canDeploy && (
          <span className="text-muted-foreground text-sm">
            · Read-only: your role cannot change this function.
          </span>
        )}
        {code.data && <PackageSize zipped={detail?.codeSize} files={code.data.files} />}
        {detail && (detail.lastUpdateStatus !== "Successful" || detail.state !== "Active") && (
          <UpdateStatus detail={detail} />
        )}
        <div className="ml-auto flex items-center gap-2">
          {changed && (
            <Button variant="ghost" size="sm" onClick={discard}>
              <RotateCcw /> Discard
            </Button>
          )}
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => setFullscreen((f) => !f)}
            aria-pressed={fullscreen}
            aria-label={fullscreen ? "Exit full screen" : "Full screen"}
            title={fullscreen ? "Exit full screen (Esc outside the editor)" : "Full screen"}
          >
            {fullscreen ? <Minimize2 /> : <Maximize2 />}
          </Button>
          {canDeploy && ws && (
            <UploadZipButton
              name={name}
              revisionId={ws.baseRevisionId}
              hasDraft={changed}
              onUploaded={() => {
                setWs(null);
                setRestored(false);
              }}
            />
          )}
          <a
            href={`/api/functions/${encodeURIComponent(name)}/package`}
            download
            className={buttonVariants({ variant: "outline", size: "sm" })}
          >
            <Download /> Download .zip
          </a>
          {canDeploy && (
            <Button
              size="sm"
              onClick={doDeploy}
              disabled={deploying || !changed}
              title="Deploy (Ctrl+S / ⌘S)"
            >
              {deploying ? <LoaderCircle className="animate-spin" /> : <Rocket />} Deploy
            </Button>
          )}
        </div>
      </div>
      {/* Only while the draft is there: deployed, discarded or edited back, it has nothing to say. */}
      {restored && changed && (
        <Alert>Restored your unsaved draft from this browser. Deploy it or discard it.</Alert>
      )}
      <div
        className={cn(
          "bg-card grid grid-cols-[15rem_minmax(0,1fr)] overflow-hidden rounded-lg border",
          fullscreen ? "min-h-0 flex-1" : "h-[calc(100dvh-17rem)] min-h-[420px]",
        )}
      >
        <div className="min-h-0 border-r">
          <FileTree
            files={current.files}
            folders={current.folders}
            active={shownActive}
            onOpen={openFile}
            onCreate={create}
            onRename={rename}
            onDelete={remove}
            editable={canDeploy}
          />
        </div>
        <div className="flex min-h-0 flex-col">
          <EditorTabs
            open={shownTabs}
            active={shownActive}
            dirty={dirty}
            onActivate={setActive}
            onClose={closeFile}
          />
          <div className="relative min-h-0 flex-1">
            {!file ? (
              <p className="text-muted-foreground p-6 text-sm">Open a file from the tree.</p>
            ) : file.kind === "text" ? (
              <>
                {!editorReady && <CodePreview path={file.path} value={file.content ?? ""} />}
                {ws && (
                  <LazyCodeEditor
                    path={file.path}
                    value={file.content ?? ""}
                    language={languageOf(file.path)}
                    onChange={edit}
                    onSave={doDeploy}
                    onReady={() => setEditorReady(true)}
                    readOnly={!canDeploy}
                  />
                )}
              </>
            ) : (
              <div className="flex items-start gap-3 p-6 text-sm">
                <FileLock2 className="text-muted-foreground mt-0.5 size-5" />
                <div className="grid gap-1">
                  <p className="font-medium">{file.path} is read-only here</p>
                  <p className="text-muted-foreground">
                    It is {kindText[file.kind]} ({formatBytes(file.size)}). It stays in the package
                    byte-for-byte on every deploy.
                  </p>
                </div>
              </div>
            )}
          </div>
        </div>
      </div>
      <ConflictDialog
        draft={current}
        latest={conflict}
        onClose={clearConflict}
        onRebase={async () => {
          if (!conflict) return;
          // The merge (diff3) loads only when someone rebases: not in the Code tab's first load.
          const loaded = await import("./rebase").catch(() => null);
          if (!loaded) {
            toast.error("Could not load the merge", {
              description: "Check the connection, then retry.",
            });
            return;
          }
          const { workspace, conflicts } = loaded.rebase(current, conflict);
          setWs(workspace);
          clearConflict();
          if (conflicts.length === 0) {
            toast.info("Rebased onto the new code. Review, then deploy.");
          } else {
            toast.warning("Rebased, with conflicts to resolve", {
              description: `Both of you changed the same lines in ${conflicts.join(", ")}. Both versions are kept between <<<<<<< and >>>>>>> markers: keep what should stay, then deploy.`,
              duration: 15_000,
            });
          }
        }}
        onOverwrite={() => conflict && void deploy(current, conflict.revisionId)}
      />
      <PathDialog request={pathRequest} onClose={() => setPathRequest(null)} />
    </div>
  );
}

/** Where a function's package opens: the handler file, else the first text file. */
function startView(code: FunctionCode, draft?: Workspace | null) {
  const ws = draft ?? fromCode(code);
  const paths = ws.files.map((f) => f.path);
  const active =
    handlerFile(code.runtime, code.handler, paths) ?? ws.files.find((f) => f.kind === "text")?.path;
  return { ws, open: active ? [active] : [], active };
}
