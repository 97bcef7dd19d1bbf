"use client";

import { useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { uploadFunctionCode } from "@/lib/actions/upload-function-code";
import { functionKeys } from "@/lib/queries/keys";
import { toast } from "@/lib/toast";
import { formatBytes } from "@/lib/format-bytes";
import { readZipFile } from "@/lib/zip/read-zip-file";
import { clearDraft } from "./draft-store";

/**
 * "Upload .zip" on the Code tab, as the Lambda console's "Upload from .zip file": the whole
 * package is replaced (a draft in the editor is given up, after asking), guarded by the
 * RevisionId the editor loaded, and the editor reopens on the new code.
 */
export function UploadZipButton({
  name,
  revisionId,
  hasDraft,
  onUploaded,
}: {
  name: string;
  revisionId: string;
  hasDraft: boolean;
  /** Called once the new package is deployed: the editor starts over from it. */
  onUploaded: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();

  async function upload(file: File) {
    if (
      hasDraft &&
      !window.confirm(`Replace the whole package with ${file.name}? Your unsaved changes are lost.`)
    )
      return;
    setBusy(true);
    try {
      const zip = await readZipFile(file);
      if (typeof zip === "string") {
        toast.error("Upload failed", { description: zip });
        return;
      }
      const result = await uploadFunctionCode({ name, revisionId, zipBase64: zip.base64 });
      if (!result.ok) {
        toast.error("Upload failed", { description: result.error.message });
        return;
      }
      clearDraft(name);
      toast.success("Upload deployed", {
        description: `${zip.name} (${formatBytes(zip.size)}, ${zip.files.length} files). The new code runs once the update is Successful.`,
      });
      void queryClient.invalidateQueries({ queryKey: functionKeys.list() });
      // The editor starts over only once the new package is here, never from the old one.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: functionKeys.detail(name) }),
        queryClient.invalidateQueries({ queryKey: functionKeys.code(name) }),
      ]);
      onUploaded();
    } catch (error) {
      toast.error("Upload failed", {
        description: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        className="hidden"
        aria-label="Upload a .zip to replace the package"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // picking the same file again must fire again
          if (file) void upload(file);
        }}
      />
      <Button
        variant="outline"
        size="sm"
        disabled={busy}
        onClick={() => input.current?.click()}
        title="Replace the whole package with a .zip (up to 50 MB)"
      >
        {busy ? <LoaderCircle className="animate-spin" /> : <Upload />} Upload .zip
      </Button>
    </>
  );
}
