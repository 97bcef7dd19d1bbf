/** Audit log shapes, shared with the UI (no server imports). */

/** What happened. Function changes, account changes and sign-in events. */
export const auditActions = [
  "function.create",
  "function.deploy",
  "function.configure",
  "function.tags",
  "function.endpoint",
  "function.concurrency",
  "function.delete",
  "function.invoke",
  "user.create",
  "user.role",
  "user.teams",
  "user.password",
  "user.remove",
  "user.sign-out-everywhere",
  "auth.setup",
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-out",
] as const;
export type AuditAction = (typeof auditActions)[number] | (string & {});

/** `ok`, or the action's error code (`forbidden`, `conflict`, …), or `failed` for sign-ins. */
export type AuditResult = string;

export type AuditEntry = {
  id: number;
  at: string;
  actor: string | null;
  action: AuditAction;
  functionName: string | null;
  targetUser: string | null;
  result: AuditResult;
  message: string | null;
  details: Record<string, unknown> | null;
};

export type AuditFilter = {
  user?: string;
  fn?: string;
  action?: string;
  before?: number;
  limit?: number;
};
