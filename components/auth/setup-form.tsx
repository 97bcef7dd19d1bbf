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

/** First run: the first administrator's account. */
type SetupAdmin = (input: {
  name?: string;
  email: string;
  password: string;
}) => Promise<ActionResult<{ next: string }>>;

export function SetupForm({ setupAdmin }: { setupAdmin: SetupAdmin }) {
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, start] = useTransition();

  const submit = (form: FormData) =>
    start(async () => {
      const password = String(form.get("password") ?? "");
      if (password !== form.get("confirm")) {
        return setError({
          code: "invalid_input",
          message: "",
          fieldErrors: { confirm: ["The passwords differ."] },
        });
      }
      const result = await setupAdmin({
        name: String(form.get("name") ?? ""),
        email: String(form.get("email") ?? ""),
        password,
      });
      if (!result.ok) return setError(result.error);
      router.replace(result.data.next);
      router.refresh();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Create the administrator</CardTitle>
        <CardDescription>
          No one has an account yet. The first account administers this console: it creates users
          and assigns roles and teams.
        </CardDescription>
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
          <Field label="Name" error={error?.fieldErrors?.name}>
            <Input name="name" autoComplete="name" />
          </Field>
          <Field label="Email" error={error?.fieldErrors?.email}>
            <Input name="email" type="email" autoComplete="username" required autoFocus />
          </Field>
          <Field
            label="Password"
            hint="At least 8 characters."
            error={error?.fieldErrors?.password}
          >
            <Input
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
            />
          </Field>
          <Field label="Confirm password" error={error?.fieldErrors?.confirm}>
            <Input name="confirm" type="password" autoComplete="new-password" required />
          </Field>
          <Button type="submit" disabled={pending}>
            {pending && <Spinner />}
            Create administrator
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
