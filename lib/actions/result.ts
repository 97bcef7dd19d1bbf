/**
 * The result shape every server action returns. Shared with client code, so no server imports.
 * Expected failures come back as values with a closed set of codes; only bugs throw.
 */
export const errorCodes = [
  "invalid_input",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "throttled",
  "backend_unavailable",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ActionError = {
  code: ErrorCode;
  message: string;
  /** Field path (e.g. "memorySize", "env.0.key") to messages, shown next to the field. */
  fieldErrors?: Record<string, string[]>;
  /** What the action had already changed when it failed (several backend calls, no transaction). */
  saved?: string[];
};

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const fail = (error: ActionError): ActionResult<never> => ({ ok: false, error });
