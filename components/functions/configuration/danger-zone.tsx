"use client";

import { useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { clearDraft } from "@/components/editor/draft-store";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { deleteFunction } from "@/lib/actions/delete-function";
import { functionKeys } from "@/lib/queries/keys";

/** Delete with a typed confirmation (checked by the action as well). */
export function DangerZone({ name }: { name: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteFunction({ name, confirmation: typed });
      if (!result.ok) {
        setError(result.error.fieldErrors?.confirmation?.[0] ?? result.error.message);
        return;
      }
      // A draft outlives a reload, not the function: a new one of that name starts clean.
      clearDraft(name);
      queryClient.removeQueries({ queryKey: functionKeys.detail(name) });
      queryClient.removeQueries({ queryKey: functionKeys.code(name) });
      await queryClient.invalidateQueries({ queryKey: functionKeys.list() });
      toast.success(`Deleted ${name}`);
      router.push("/functions");
    });

  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete function</CardTitle>
        <CardDescription>
          Removes the function, its code and its configuration. This cannot be undone.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button
          variant="destructive"
          onClick={() => {
            setTyped("");
            setError(undefined);
            setOpen(true);
          }}
        >
          <Trash2 /> Delete function
        </Button>
      </CardContent>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${name}?`}
        description={
          <>
            Type <strong className="text-foreground font-mono">{name}</strong> to confirm.
          </>
        }
        footer={
          <>
            <Button variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="destructive" disabled={typed !== name || pending} onClick={confirm}>
              {pending && <LoaderCircle className="animate-spin" />} Delete permanently
            </Button>
          </>
        }
      >
        <Field label="Function name" error={error}>
          <Input
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(undefined);
            }}
            onKeyDown={(e) => e.key === "Enter" && typed === name && confirm()}
          />
        </Field>
      </Dialog>
    </Card>
  );
}
