"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { packagePathProblem } from "@/lib/functions/package-path";

export type PathRequest = {
  title: string;
  initial: string;
  submitLabel: string;
  onSubmit: (path: string) => string | undefined;
};

/** Asks for a path (new file/folder, rename); `onSubmit` returns an error message or undefined. */
export function PathDialog({
  request,
  onClose,
}: {
  request: PathRequest | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={request !== null}
      onOpenChange={(o) => !o && onClose()}
      title={request?.title ?? ""}
    >
      {request && (
        <PathForm key={request.title + request.initial} request={request} onClose={onClose} />
      )}
    </Dialog>
  );
}

function PathForm({ request, onClose }: { request: PathRequest; onClose: () => void }) {
  const [value, setValue] = useState(request.initial);
  const [error, setError] = useState<string>();
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const path = value.trim();
        const problem = packagePathProblem(path) ?? request.onSubmit(path);
        if (problem) return setError(problem);
        onClose();
      }}
    >
      <Field label="Path" error={error} hint="Relative to the package root, e.g. src/util.js">
        <Input
          autoFocus
          className="font-mono"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit">{request.submitLabel}</Button>
      </div>
    </form>
  );
}
