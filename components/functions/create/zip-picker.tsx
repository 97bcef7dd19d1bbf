"use client";

import { FileArchive } from "lucide-react";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { formatBytes } from "@/lib/format-bytes";
import { readZipFile, type PickedZip } from "@/lib/zip/read-zip-file";

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
          setBusy(true);
          try {
            const read = await readZipFile(file);
            if (typeof read === "string") onChange(null, read);
            else onChange(read);
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
