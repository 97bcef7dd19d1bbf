"use client";

import { LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createFunction } from "@/lib/actions/create-function";
import { createFunctionFormSchema } from "@/lib/schemas/create-function";
import { envFromMap } from "@/lib/schemas/environment";
import { defaultHandler, runtimes } from "@/lib/schemas/function";
import { KeyValueEditor, nestedErrors } from "../key-value-editor";
import { functionHref } from "../function-tabs";
import { guessHandler } from "./guess-handler";
import { TemplateGallery, UPLOAD_ID } from "./template-gallery";
import type { GalleryTemplate } from "./types";
import type { PickedZip } from "@/lib/zip/read-zip-file";
import { ZipPicker } from "./zip-picker";
import { useValidatedForm } from "@/lib/use-validated-form";
import { defaultTeam, TeamInput } from "@/components/auth/team-input";
import { useViewer } from "@/components/auth/viewer-provider";

type Props = { templates: GalleryTemplate[]; initialTemplate?: string };

export function CreateFunction({ templates, initialTemplate }: Props) {
  const router = useRouter();
  const first = templates.find((t) => t.id === initialTemplate) ?? templates[0];
  const [selected, setSelected] = useState(first?.id ?? UPLOAD_ID);
  const [zip, setZip] = useState<PickedZip | null>(null);
  const [zipError, setZipError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const viewer = useViewer();
  const form = useValidatedForm(createFunctionFormSchema, {
    name: "",
    runtime: first?.runtime ?? "nodejs22.x",
    handler: first?.handler ?? "index.handler",
    memorySize: first?.memorySize ?? 128,
    timeout: first?.timeout ?? 3,
    team: defaultTeam(viewer),
    description: first?.description ?? "",
    environment: envFromMap(first?.environment),
  });
  const { values, set, error } = form;
  const template = templates.find((t) => t.id === selected);
  // A template's code is for one language: its other versions only (Python code never runs on Node).
  const runtimeChoices = template
    ? runtimes.filter((r) => runtimeFamily(r) === runtimeFamily(template.runtime))
    : runtimes;

  function choose(id: string) {
    const previous = templates.find((x) => x.id === selected);
    setSelected(id);
    const t = templates.find((x) => x.id === id);
    if (!t) {
      // An uploaded package is not the template: its description goes, unless the user wrote one.
      form.setValues((v) =>
        previous && v.description === previous.description ? { ...v, description: "" } : v,
      );
      return;
    }
    form.setValues((v) => ({
      ...v,
      runtime: t.runtime,
      handler: t.handler,
      memorySize: t.memorySize,
      timeout: t.timeout,
      description: t.description,
      environment: envFromMap(t.environment),
    }));
  }

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const data = form.submit();
    // A picked file that could not be read keeps its own message.
    if (selected === UPLOAD_ID && !zip) setZipError((e) => e ?? "Choose a .zip file.");
    if (!data || (selected === UPLOAD_ID && !zip)) return;
    const source =
      selected === UPLOAD_ID
        ? { kind: "zip" as const, zipBase64: zip!.base64 }
        : { kind: "template" as const, templateId: selected };
    startTransition(async () => {
      const result = await createFunction({ ...data, source });
      if (!result.ok) {
        form.setServerErrors(result.error.fieldErrors ?? {});
        if (result.error.fieldErrors?.source) setZipError(result.error.fieldErrors.source[0]);
        if (!result.error.fieldErrors || result.error.fieldErrors._form)
          toast.error(result.error.message);
        return;
      }
      toast.success(`Created ${result.data.name}`);
      router.push(functionHref(result.data.name));
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
      <div className="grid content-start gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Create function</h1>
          <p className="text-muted-foreground text-sm">
            Start from a template or upload a package, then edit it in the browser.
          </p>
        </div>
        <TemplateGallery templates={templates} selected={selected} onSelect={choose} />
      </div>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="Create function"
        className="lg:sticky lg:top-20 lg:self-start"
      >
        <Card>
          <CardHeader>
            <CardTitle>{template ? template.name : "Upload a .zip"}</CardTitle>
            <CardDescription>
              {template
                ? `${String(values.runtime)} · ${values.handler}`
                : "Create a function from your own package."}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <Field
              label="Function name"
              error={error("name")}
              hint="Letters, numbers, hyphens and underscores; up to 64."
            >
              <Input
                autoFocus
                autoComplete="off"
                spellCheck={false}
                value={values.name}
                placeholder="my-function"
                onChange={(e) => set("name", e.target.value)}
              />
            </Field>
            {selected === UPLOAD_ID && (
              <ZipPicker
                value={zip}
                error={zipError}
                onChange={(z, err) => {
                  setZip(z);
                  setZipError(err);
                  const guess = z && guessHandler(String(values.runtime), z.files);
                  if (guess) set("handler", guess);
                }}
              />
            )}
            <div className="grid grid-cols-2 gap-3">
              <Field label="Runtime" error={error("runtime")}>
                <Select
                  value={String(values.runtime)}
                  onChange={(e) => {
                    const runtime = e.target.value as (typeof runtimes)[number];
                    set("runtime", runtime);
                    if (selected === UPLOAD_ID)
                      set(
                        "handler",
                        (zip && guessHandler(runtime, zip.files)) ?? defaultHandler(runtime),
                      );
                  }}
                >
                  {runtimeChoices.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Handler" error={error("handler")}>
                <Input
                  className="font-mono"
                  value={values.handler}
                  spellCheck={false}
                  onChange={(e) => set("handler", e.target.value)}
                />
              </Field>
              <Field label="Memory (MB)" error={error("memorySize")}>
                <Input
                  type="number"
                  inputMode="numeric"
                  min={128}
                  max={10240}
                  step={64}
                  value={String(values.memorySize)}
                  onChange={(e) => set("memorySize", e.target.value)}
                />
              </Field>
              <Field label="Timeout (seconds)" error={error("timeout")}>
                <Input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={900}
                  value={String(values.timeout)}
                  onChange={(e) => set("timeout", e.target.value)}
                />
              </Field>
            </div>
            <Field label="Team" error={error("team")} hint="Stored as the function's team tag.">
              <TeamInput value={values.team} onChange={(t) => set("team", t)} />
            </Field>
            <Field label="Description" error={error("description")}>
              <Textarea
                rows={2}
                value={values.description}
                onChange={(e) => set("description", e.target.value)}
              />
            </Field>
            <div className="grid gap-1.5">
              <span className="text-sm font-medium">Environment variables</span>
              <KeyValueEditor
                label="Environment variable"
                maskSecrets
                pairs={values.environment}
                errors={nestedErrors(form.errors, "environment")}
                onChange={(pairs) => set("environment", pairs)}
              />
            </div>
            <Button type="submit" disabled={pending} className="w-full">
              {pending && <LoaderCircle className="animate-spin" />} Create function
            </Button>
          </CardContent>
        </Card>
      </form>
    </div>
  );
}

/** `nodejs22.x` → `nodejs`, `python3.13` → `python`: the language a runtime runs. */
const runtimeFamily = (runtime: string) => runtime.replace(/[\d.]+(?:\.x)?$/, "");
