"use client";

import { useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Save } from "lucide-react";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { updateFunctionConfiguration } from "@/lib/actions/update-function-configuration";
import type { FunctionDetail } from "@/lib/functions/types";
import { functionKeys } from "@/lib/queries/keys";
import { configurationFormSchema } from "@/lib/schemas/configuration";
import { envSizeBytes } from "@/lib/schemas/environment";
import { runtimes } from "@/lib/schemas/function";
import { useValidatedForm } from "@/lib/use-validated-form";
import { KeyValueEditor, nestedErrors } from "../key-value-editor";
import { toForm } from "./to-form";
import { TeamInput } from "@/components/auth/team-input";
import { useCan } from "@/components/auth/viewer-provider";

/** Every editable setting, checked as typed and again by the action; AWS refusals land per field. */
export function ConfigurationForm({ detail }: { detail: FunctionDetail }) {
  const canEdit = useCan()("functions.configure", detail.team);
  const queryClient = useQueryClient();
  const [revisionId, setRevisionId] = useState(detail.revisionId);
  // The settings this form started from or last saved. A save's own update moves the RevisionId
  // again when it finishes (InProgress → Successful), as do tag and concurrency changes: while
  // the function still has exactly these settings the newer revision is followed, since nothing
  // of anyone's could be overwritten; otherwise the next save is refused as stale.
  const [baseline, setBaseline] = useState(() => JSON.stringify(toForm(detail)));
  if (
    detail.lastUpdateStatus !== "InProgress" &&
    detail.revisionId !== revisionId &&
    JSON.stringify(toForm(detail)) === baseline
  ) {
    setRevisionId(detail.revisionId);
  }
  const [pending, startTransition] = useTransition();
  const form = useValidatedForm(configurationFormSchema, toForm(detail));
  const { values, set, error } = form;
  const formError = error("_form");
  const runtimeOptions = (runtimes as readonly string[]).includes(detail.runtime)
    ? runtimes
    : [detail.runtime, ...runtimes];

  // After a refused save, the first field in error is brought to the middle of the screen and
  // focused: the last fields sit under the sticky save bar otherwise.
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (!refusals) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  }, [refusals]);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const data = form.submit();
    if (!data) {
      setRefusals((n) => n + 1);
      return;
    }
    // Nothing changed: no update calls, no audit entry, and a message that says so.
    if (JSON.stringify(values) === JSON.stringify(toForm(detail))) {
      toast.info("Nothing to save", { description: "The configuration is as deployed." });
      return;
    }
    startTransition(async () => {
      const result = await updateFunctionConfiguration({ ...data, name: detail.name, revisionId });
      if (!result.ok) {
        form.setServerErrors(result.error.fieldErrors ?? { _form: [result.error.message] });
        setRefusals((n) => n + 1);
        if (!result.error.saved?.length) {
          toast.error("Configuration not saved", { description: result.error.message });
          return;
        }
        // Part of it landed: the page shows it, and the next save starts from its revision.
        toast.error("Configuration partly saved", { description: result.error.message });
        await queryClient.invalidateQueries({ queryKey: functionKeys.detail(detail.name) });
        const fresh = queryClient.getQueryData<FunctionDetail>(functionKeys.detail(detail.name));
        if (fresh) {
          setRevisionId(fresh.revisionId);
          setBaseline(JSON.stringify(toForm(fresh)));
        }
        return;
      }
      queryClient.setQueryData(functionKeys.detail(detail.name), result.data);
      void queryClient.invalidateQueries({ queryKey: functionKeys.list() });
      setRevisionId(result.data.revisionId);
      setBaseline(JSON.stringify(toForm(result.data)));
      form.reset(toForm(result.data));
      toast.success("Configuration saved");
    });
  }

  const envBytes = envSizeBytes(values.environment);
  const concurrency = values.reservedConcurrency;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label="Configuration"
      className="grid gap-6"
    >
      <Card>
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>How Lambda runs this function.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field label="Description" error={error("description")} className="sm:col-span-2">
            <Textarea
              rows={2}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
            />
          </Field>
          <Field label="Runtime" error={error("runtime")}>
            <Select
              value={String(values.runtime)}
              onChange={(e) => set("runtime", e.target.value as (typeof runtimes)[number])}
            >
              {runtimeOptions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Handler" error={error("handler")}>
            <Input
              className="font-mono"
              spellCheck={false}
              value={values.handler}
              onChange={(e) => set("handler", e.target.value)}
            />
          </Field>
          <Field
            label="Memory (MB)"
            error={error("memorySize")}
            hint="128 to 10240 MB. CPU grows with memory."
          >
            <Input
              type="number"
              inputMode="numeric"
              value={String(values.memorySize)}
              onChange={(e) => set("memorySize", e.target.value)}
            />
          </Field>
          <Field label="Timeout (seconds)" error={error("timeout")} hint="1 to 900 seconds.">
            <Input
              type="number"
              inputMode="numeric"
              value={String(values.timeout)}
              onChange={(e) => set("timeout", e.target.value)}
            />
          </Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Environment variables</CardTitle>
          <CardDescription>
            {envBytes} of 4096 bytes. Values of keys that look secret stay hidden until revealed.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <KeyValueEditor
            label="Environment variable"
            maskSecrets
            pairs={values.environment}
            errors={nestedErrors(form.errors, "environment")}
            onChange={(p) => set("environment", p)}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Team and tags</CardTitle>
          <CardDescription>
            The team tag decides who may change this function and where its cost is counted.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field
            label="Team"
            error={error("team")}
            hint="Developers choose one of their own teams; empty (unassigned) is for admins."
            className="max-w-xs"
          >
            <TeamInput value={values.team} onChange={(t) => set("team", t)} />
          </Field>
          <div className="grid gap-1.5">
            <span className="text-sm font-medium">Other tags</span>
            <KeyValueEditor
              label="Tag"
              keyPlaceholder="key"
              pairs={values.tags}
              errors={nestedErrors(form.errors, "tags")}
              onChange={(p) => set("tags", p)}
            />
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Concurrency</CardTitle>
          <CardDescription>
            Reserve instances for this function, or 0 to stop all invocations.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Field
            label="Reserved concurrency"
            error={error("reservedConcurrency")}
            hint="Leave empty to use the account's unreserved pool."
            className="max-w-xs"
          >
            <Input
              type="number"
              inputMode="numeric"
              placeholder="unreserved"
              value={concurrency === null ? "" : String(concurrency)}
              onChange={(e) =>
                set("reservedConcurrency", e.target.value === "" ? null : e.target.value)
              }
            />
          </Field>
        </CardContent>
      </Card>
      <div className="bg-background/90 sticky bottom-0 flex items-center justify-end gap-3 border-t py-3 backdrop-blur">
        {formError && (
          <p role="alert" className="text-destructive mr-auto text-sm">
            {formError}
          </p>
        )}
        {canEdit ? (
          <>
            <Button variant="ghost" onClick={() => form.reset(toForm(detail))} disabled={pending}>
              Reset
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? <LoaderCircle className="animate-spin" /> : <Save />} Save configuration
            </Button>
          </>
        ) : (
          <p className="text-muted-foreground text-sm">
            Read-only: your role cannot change this function.
          </p>
        )}
      </div>
    </form>
  );
}
