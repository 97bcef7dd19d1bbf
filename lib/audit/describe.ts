import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import type { AuditAction } from "./types";

export type AuditDraft = {
  action: AuditAction;
  functionName?: string | null;
  targetUser?: string | null;
  details?: Record<string, unknown> | null;
};

/**
 * How an action is written to the audit log. `before` runs after the permission check and
 * before the handler (old values); `entries` turns a successful call into one or more entries.
 * Actions without a describer still get one entry named after the action.
 */
export type AuditDescriber<I = never, T = never, B = unknown> = {
  action: AuditAction;
  before?: (input: I) => Promise<B>;
  entries?: (c: { input: I; data: T; before: B | undefined }) => AuditDraft[];
};

export const describer = <I, T, B = unknown>(d: AuditDescriber<I, T, B>) => d;

export const targetOf = (input: unknown): string | null => {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : null;
};

export type { ActionResult };
