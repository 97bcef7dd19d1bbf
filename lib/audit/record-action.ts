import "server-only";
import type { ActionError, ActionResult } from "@/lib/actions/result";
import type { Session } from "@/lib/auth/types";
import { targetOf, type AuditDescriber } from "./describe";
import { functionDescribers } from "./function-describers";
import { recordAudit } from "./store";

type Def = { name: string; audit?: AuditDescriber<never, never, never> | unknown };

const describerOf = (def: Def) =>
  (def.audit ?? functionDescribers[def.name]) as
    AuditDescriber<unknown, unknown, unknown> | undefined;

const actorOf = (session: Session) => ({ id: session.user.id, email: session.user.email });

/** A signed-in user was refused (forbidden): who tried what on which function. */
export function auditRefusal(def: Def, session: Session, input: unknown, error: ActionError) {
  const d = describerOf(def);
  recordAudit({
    actor: actorOf(session),
    action: d?.action ?? def.name,
    functionName: targetOf(input),
    result: error.code,
    message: error.message,
  });
}

/**
 * Runs the describer's `before` (old values) ahead of the handler, and returns the function
 * that records the outcome: the describer's entries on success, one entry with the error
 * code and message otherwise.
 */
export async function prepareAudit(def: Def, input: unknown) {
  const d = describerOf(def);
  const before = d?.before ? await d.before(input).catch(() => undefined) : undefined;
  return (session: Session, result: ActionResult<unknown>) => {
    const actor = actorOf(session);
    if (!result.ok) {
      recordAudit({
        actor,
        action: d?.action ?? def.name,
        functionName: targetOf(input),
        result: result.error.code,
        message: result.error.message,
      });
      return;
    }
    const drafts = d?.entries?.({ input, data: result.data, before }) ?? [
      { action: d?.action ?? def.name, functionName: targetOf(input) },
    ];
    for (const draft of drafts) recordAudit({ actor, result: "ok", ...draft });
  };
}
