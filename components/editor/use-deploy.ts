"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/lib/toast";
import { deployFunction } from "@/lib/actions/deploy-function";
import type { FunctionCode } from "@/lib/functions/types";
import { fetchJson } from "@/lib/queries/fetch-json";
import { functionKeys } from "@/lib/queries/keys";
import { clearDraft } from "./draft-store";
import { CONFLICT_END, CONFLICT_START, hasConflictMarkers } from "./conflict-markers";
import { deployPayload, isFileDirty, type Workspace } from "./workspace";

/**
 * Deploy with the RevisionId the editor loaded. On success the sent text becomes the new base;
 * on a conflict the newly deployed code is fetched for the diff dialog.
 */
export function useDeploy(
  name: string,
  setWs: (f: (ws: Workspace | null) => Workspace | null) => void,
) {
  const queryClient = useQueryClient();
  const [deploying, setDeploying] = useState(false);
  const [conflict, setConflict] = useState<FunctionCode | null>(null);

  async function deploy(ws: Workspace, revisionId = ws.baseRevisionId) {
    if (deploying) return;
    // A rebase marks lines both sides changed; deploying them as they are would break the code.
    const marked = ws.files.filter(
      (f) => f.kind === "text" && isFileDirty(f) && hasConflictMarkers(f.content ?? ""),
    );
    if (marked.length > 0) {
      toast.error("Resolve the merge conflicts first", {
        description: `${marked.map((f) => f.path).join(", ")} still ${marked.length === 1 ? "has" : "have"} lines between ${CONFLICT_START} and ${CONFLICT_END}.`,
      });
      return;
    }
    setDeploying(true);
    const payload = deployPayload(ws);
    try {
      const result = await deployFunction({ name, revisionId, ...payload });
      if (result.ok) {
        const sent = new Map(payload.files.map((f) => [f.path, f.content]));
        setWs(
          (cur) =>
            cur && {
              ...cur,
              baseRevisionId: result.data.revisionId,
              baseSha: result.data.codeSha256,
              files: cur.files.map((f) =>
                f.kind === "text" && sent.has(f.path) ? { ...f, base: sent.get(f.path) } : f,
              ),
            },
        );
        clearDraft(name);
        setConflict(null);
        toast.success("Deploy started", {
          description: "The new code runs once the update is Successful.",
        });
        void queryClient.invalidateQueries({ queryKey: functionKeys.detail(name) });
        void queryClient.invalidateQueries({ queryKey: functionKeys.code(name) });
        void queryClient.invalidateQueries({ queryKey: functionKeys.list() });
        return;
      }
      if (result.error.code === "conflict") {
        const latest = await fetchJson<FunctionCode>(
          `/api/functions/${encodeURIComponent(name)}/code`,
        );
        if (latest.revisionId === revisionId) {
          toast.error(result.error.message);
        } else {
          queryClient.setQueryData(functionKeys.code(name), latest);
          setConflict(latest);
        }
        return;
      }
      toast.error("Deploy failed", { description: result.error.message });
    } catch (error) {
      toast.error("Deploy failed", {
        description: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setDeploying(false);
    }
  }

  return { deploy, deploying, conflict, clearConflict: () => setConflict(null) };
}
