"use client";

import { useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  email: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  reset: (password: string) => Promise<ActionResult<unknown>>;
};

/** Sets a new password; the user's sessions end, so they sign in again with it. */
export function PasswordDialog({ email, open, onOpenChange, reset }: Props) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const result = await reset(password);
      if (!result.ok)
        return setError(result.error.fieldErrors?.password?.[0] ?? result.error.message);
      toast.success(`New password set for ${email}; their sessions ended.`);
      setPassword("");
      setError(undefined);
      onOpenChange(false);
    });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Reset password of ${email}`}
      description="Every session of this user ends."
      footer={
        <Button onClick={submit} disabled={pending || !password}>
          Set password
        </Button>
      }
    >
      <Field label="New password" hint="At least 8 characters." error={error}>
        <Input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </Field>
    </Dialog>
  );
}
