import "server-only";
import type { z } from "zod";
import { requirePermission, type Permission, type Session } from "@/lib/auth";
import { toActionError } from "@/lib/aws/errors";
import { fail, type ActionResult } from "./result";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

type Definition<S extends z.ZodType, T> = {
  /** Stable name, used by the permission table test of issue 4 and in logs. */
  name: string;
  permission: Permission;
  input: S;
  /** The team owning the target function, looked up only if the permission check needs it. */
  team?: (input: z.output<S>) => Promise<string | undefined>;
  handler: (input: z.output<S>, ctx: { session: Session }) => Promise<ActionResult<T>>;
};

/** Every action built here, so a test can prove each one is guarded. */
export const actionRegistry = new Map<string, { permission: Permission }>();

/**
 * The one action client: session → permission → zod parse → body → error mapping. Each server
 * action file is `export const x = defineAction({...})`, so the order can never be skipped.
 * Parsing runs before the permission check needs the team, because the team comes from input.
 */
export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  actionRegistry.set(def.name, { permission: def.permission });
  return async function action(raw: z.input<S>): Promise<ActionResult<T>> {
    const parsed = def.input.safeParse(raw);
    const auth = await requirePermission(def.permission, async () =>
      parsed.success && def.team ? def.team(parsed.data) : undefined,
    );
    if (auth.error) return fail(auth.error);
    if (!parsed.success) {
      return fail({
        code: "invalid_input",
        message: "Some fields need attention.",
        fieldErrors: zodFieldErrors(parsed.error),
      });
    }
    try {
      return await def.handler(parsed.data, { session: auth.session });
    } catch (error) {
      // Known backend failures become values; toActionError rethrows real bugs.
      const mapped = toActionError(error);
      console.warn(`[action ${def.name}] ${mapped.code}: ${mapped.message}`);
      return fail(mapped);
    }
  };
}
