import type { z } from "zod";

/** zod issues as `{ "env.0.key": ["…"] }`, the shape forms look fields up by. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The messages for a field and for its items (`teams`, `teams.0`, `teams.1`, …), if any. */
export function errorsOf(
  errors: Record<string, string[]> | undefined,
  field: string,
): string[] | undefined {
  const found = Object.entries(errors ?? {})
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
  return found.length > 0 ? [...new Set(found)] : undefined;
}
