import "server-only";
import type { z } from "zod";
import { requirePermission, type Permission, type Session } from "@/lib/auth";
import { auditRefusal, prepareAudit } from "@/lib/audit/record-action";
import type { AuditDescriber } from "@/lib/audit/describe";
import { toActionError } from "@/lib/aws/errors";
import { fail, type ActionResult } from "./result";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

type Definition<S extends z.ZodType, T, B> = {
  /** Stable name, used by the permission table test of issue 4 and in logs. */
  name: string;
  permission: Permission;
  input: S;
  /** The team owning the target function, looked up only if the permission check needs it. */
  team?: (input: z.output<S>) => Promise<string | undefined>;
  /** The team the function belongs to afterwards (create, re-tag); must be allowed too. */
  targetTeam?: (input: z.output<S>) => string | undefined;
  handler: (input: z.output<S>, ctx: { session: Session }) => Promise<ActionResult<T>>;
  /** Audit entries for this action; by default lib/audit's describer of `name`, or one plain entry. */
  audit?: AuditDescriber<z.output<S>, T, B>;
};

/** Every action built here, so a test can prove each one is guarded (and call it). */
export const actionRegistry = new Map<
  string,
  { permission: Permission; action: (raw: never) => Promise<ActionResult<unknown>> }
>();

/**
 * The one action client: session → permission → zod parse → body → error mapping → audit.
 * Each server action file is `export const x = defineAction({...})`, so the order can never be
 * skipped. Parsing runs before the permission check needs the team, because the team comes
 * from input. Every call by a signed-in user is written to the audit log, refusals included.
 */
export function defineAction<S extends z.ZodType, T, B = unknown>(def: Definition<S, T, B>) {
  async function action(raw: z.input<S>): Promise<ActionResult<T>> {
    const parsed = def.input.safeParse(raw);
    const auth = await requirePermission(
      def.permission,
      async () => (parsed.success && def.team ? def.team(parsed.data) : undefined),
      def.targetTeam && parsed.success ? async () => def.targetTeam!(parsed.data) : undefined,
    );
    if (auth.error) {
      if (auth.session)
        auditRefusal(def, auth.session, parsed.success ? parsed.data : raw, auth.error);
      return fail(auth.error);
    }
    const session = auth.session;
    if (!parsed.success) {
      return fail({
        code: "invalid_input",
        message: "Some fields need attention.",
        fieldErrors: zodFieldErrors(parsed.error),
      });
    }
    const audit = await prepareAudit(def, parsed.data);
    let result: ActionResult<T>;
    try {
      result = await def.handler(parsed.data, { session });
    } catch (error) {
      // Known backend failures become values; toActionError rethrows real bugs.
      const mapped = toActionError(error);
      console.warn(`[action ${def.name}] ${mapped.code}: ${mapped.message}`);
      result = fail(mapped);
    }
    audit(session, result);
    return result;
  }
  actionRegistry.set(def.name, { permission: def.permission, action });
  return action;
}
