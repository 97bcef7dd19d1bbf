"use client";

import { unzipSync } from "fflate";
import { FileArchive } from "lucide-react";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { formatBytes } from "@/lib/format-bytes";

export type PickedZip = { name: string; size: number; base64: string; files: string[] };

async function toBase64(bytes: Uint8Array): Promise<string> {
  // FileReader's data URL is the fastest base64 in browsers for multi-MB inputs.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([bytes as BlobPart]));
  });
}

/** Reads a .zip in the browser, lists its files (to suggest a handler) and keeps it as base64. */
export function ZipPicker({
  value,
  onChange,
  error,
}: {
  value: PickedZip | null;
  onChange: (zip: PickedZip | null, error?: string) => void;
  error?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <div className="grid gap-1.5">
      <label htmlFor="zip-file" className="text-sm font-medium">
        Deployment package (.zip)
      </label>
      <Input
        id="zip-file"
        type="file"
        accept=".zip,application/zip"
        disabled={busy}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "zip-error" : undefined}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return onChange(null);
          if (file.size > 52_428_800) return onChange(null, "The zip must be smaller than 50 MB.");
          setBusy(true);
          try {
            const bytes = new Uint8Array(await file.arrayBuffer());
            const files = listNames(bytes);
            if (files.length === 0) return onChange(null, "The zip is empty.");
            onChange({ name: file.name, size: file.size, base64: await toBase64(bytes), files });
          } catch {
            onChange(null, "Could not unzip this file. Please check it, then try again.");
          } finally {
            setBusy(false);
          }
        }}
      />
      {error ? (
        <p id="zip-error" role="alert" className="text-destructive text-xs">
          {error}
        </p>
      ) : value ? (
        <p className="text-muted-foreground flex items-center gap-1.5 text-xs">
          <FileArchive className="size-3.5" /> {value.name} · {formatBytes(value.size)} ·{" "}
          {value.files.length} files
        </p>
      ) : (
        <p className="text-muted-foreground text-xs">
          Up to 50 MB. Binary files are kept byte-for-byte.
        </p>
      )}
    </div>
  );
}

/** File names in a zip without inflating anything. */
function listNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      if (!f.name.endsWith("/")) names.push(f.name);
      return false;
    },
  });
  return names;
}
