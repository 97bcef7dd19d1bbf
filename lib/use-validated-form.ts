import { useMemo, useState } from "react";
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

/**
 * Form state checked by the same zod schema the server action uses. Errors show for fields the
 * user touched (or all after a submit attempt); server errors show until that field changes.
 */
export function useValidatedForm<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  initial: z.input<S>,
) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});

  const parsed = useMemo(() => schema.safeParse(values), [schema, values]);
  const clientErrors = useMemo(
    () => (parsed.success ? {} : zodFieldErrors(parsed.error)),
    [parsed],
  );

  const visible: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(clientErrors)) {
    const root = k.split(".")[0]!;
    if (submitted || touched.has(root)) visible[k] = v;
  }
  for (const [k, v] of Object.entries(serverErrors)) visible[k] ??= v;

  function set<K extends keyof z.input<S> & string>(key: K, value: z.input<S>[K]) {
    setValues((v) => ({ ...v, [key]: value }) as z.input<S>);
    setTouched((t) => new Set(t).add(key));
    setServerErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => k.split(".")[0] !== key)),
    );
  }

  return {
    values,
    setValues,
    set,
    errors: visible,
    error: (key: string) => visible[key]?.[0],
    parsed,
    /** Marks the form submitted; returns the parsed data or undefined when invalid. */
    submit: () => {
      setSubmitted(true);
      return parsed.success ? (parsed.data as z.output<S>) : undefined;
    },
    setServerErrors,
    reset: (next: z.input<S>) => {
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
    },
  };
}
