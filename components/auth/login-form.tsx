"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/misc";
import type { ActionError, ActionResult } from "@/lib/actions/result";

type SignIn = (input: {
  email: string;
  password: string;
  next?: string;
}) => Promise<ActionResult<{ next: string }>>;

/** `signIn` is the server action, handed down by the page. */
export function LoginForm({ next, signIn }: { next?: string; signIn: SignIn }) {
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, start] = useTransition();

  const submit = (form: FormData) =>
    start(async () => {
      const result = await signIn({
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        next,
      });
      if (!result.ok) return setError(result.error);
      router.replace(result.data.next);
      router.refresh();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign in</CardTitle>
        <CardDescription>Use the account an administrator made for you.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(new FormData(e.currentTarget));
          }}
          className="grid gap-4"
        >
          {error && !error.fieldErrors && <Alert variant="destructive">{error.message}</Alert>}
          <Field label="Email" error={error?.fieldErrors?.email}>
            <Input name="email" type="email" autoComplete="username" required autoFocus />
          </Field>
          <Field label="Password" error={error?.fieldErrors?.password}>
            <Input name="password" type="password" autoComplete="current-password" required />
          </Field>
          <Button type="submit" disabled={pending}>
            {pending && <Spinner />}
            Sign in
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
