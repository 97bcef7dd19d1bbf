"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/misc";
import type { ActionError } from "@/lib/actions/result";
import { errorsOf } from "@/lib/schemas/field-errors";
import type { Role } from "./types";
import { parseTeams, type AdminActions } from "./types";

export function NewUserForm({ create }: { create: AdminActions["createUserAccount"] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, start] = useTransition();

  const submit = (data: FormData) =>
    start(async () => {
      const get = (k: string) => String(data.get(k) ?? "");
      const result = await create({
        email: get("email"),
        name: get("name"),
        password: get("password"),
        role: get("role") as Role,
        teams: parseTeams(get("teams")),
      });
      if (!result.ok) return setError(result.error);
      setError(null);
      form.current?.reset();
      toast.success(`Created ${get("email")}`);
      router.refresh();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a user</CardTitle>
        <CardDescription>They sign in at /login with this email and password.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={form}
          onSubmit={(e) => {
            e.preventDefault();
            submit(new FormData(e.currentTarget));
          }}
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
        >
          {error && !error.fieldErrors && (
            <Alert variant="destructive" className="sm:col-span-2 lg:col-span-5">
              {error.message}
            </Alert>
          )}
          <Field label="Email" error={error?.fieldErrors?.email}>
            <Input name="email" type="email" required autoComplete="off" />
          </Field>
          <Field label="Name" error={error?.fieldErrors?.name}>
            <Input name="name" autoComplete="off" />
          </Field>
          <Field
            label="Password"
            hint="At least 8 characters."
            error={error?.fieldErrors?.password}
          >
            <Input
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
            />
          </Field>
          <Field label="Role" error={error?.fieldErrors?.role}>
            <Select name="role" defaultValue="developer">
              <option value="developer">developer</option>
              <option value="viewer">viewer</option>
              <option value="admin">admin</option>
            </Select>
          </Field>
          <Field
            label="Teams"
            hint="Comma-separated, e.g. payments, search"
            error={errorsOf(error?.fieldErrors, "teams")}
          >
            <Input name="teams" autoComplete="off" />
          </Field>
          <div className="sm:col-span-2 lg:col-span-5">
            <Button type="submit" disabled={pending}>
              {pending && <Spinner />}
              Add user
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
