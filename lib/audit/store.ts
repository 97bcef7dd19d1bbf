import "server-only";
import { consoleDb } from "@/lib/db/console-db";
import type { AuditAction, AuditEntry, AuditFilter, AuditResult } from "./types";

export type AuditRecord = {
  actor: { id: string; email: string } | null;
  action: AuditAction;
  functionName?: string | null;
  targetUser?: string | null;
  result: AuditResult;
  message?: string | null;
  details?: Record<string, unknown> | null;
};

/** Appends one entry. Never throws: a full disk must not turn a done deploy into an error. */
export function recordAudit(entry: AuditRecord, at = new Date()) {
  try {
    consoleDb()
      .prepare(
        `INSERT INTO audit_log (at, actor_id, actor_email, action, function_name, target_user, result, message, details)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        at.toISOString(),
        entry.actor?.id ?? null,
        entry.actor?.email ?? null,
        entry.action,
        entry.functionName ?? null,
        entry.targetUser ?? null,
        entry.result,
        entry.message ?? null,
        entry.details ? JSON.stringify(entry.details) : null,
      );
  } catch (error) {
    console.error(`[audit] could not record ${entry.action}:`, error);
  }
}

type Row = {
  id: number;
  at: string;
  actor_email: string | null;
  action: string;
  function_name: string | null;
  target_user: string | null;
  result: string;
  message: string | null;
  details: string | null;
};

/**
 * Newest first, filtered by user (actor or target), function and action; `before` pages by id.
 * `functionsOnly` limits non-admins to function entries (no account or sign-in events).
 */
export function listAudit(filter: AuditFilter & { functionsOnly?: boolean }): AuditEntry[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.user) {
    where.push("(actor_email = ? OR target_user = ?)");
    args.push(filter.user, filter.user);
  }
  const eq = (sql: string, value: string | number | undefined) => {
    if (value === undefined || value === "") return;
    where.push(sql);
    args.push(value);
  };
  eq("function_name = ?", filter.fn);
  eq("action = ?", filter.action);
  eq("id < ?", filter.before);
  if (filter.functionsOnly) where.push("function_name IS NOT NULL");
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${limit}`;
  const rows = consoleDb()
    .prepare(sql)
    .all(...args) as Row[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor_email,
    action: r.action,
    functionName: r.function_name,
    targetUser: r.target_user,
    result: r.result,
    message: r.message,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
  }));
}

/** Distinct values for the filter menus. */
export function auditFacets(functionsOnly: boolean) {
  const db = consoleDb();
  const scope = functionsOnly ? "WHERE function_name IS NOT NULL" : "";
  const col = (c: string) =>
    (
      db
        .prepare(`SELECT DISTINCT ${c} AS v FROM audit_log ${scope} ORDER BY v LIMIT 500`)
        .all() as { v: string | null }[]
    )
      .map((r) => r.v)
      .filter((v): v is string => !!v);
  return { users: col("actor_email"), functions: col("function_name"), actions: col("action") };
}
