"use server";

import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/store";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { getAuth } from "../auth";
import { requestHeaders } from "../request-headers";
import { setupSchema, type SetupInput } from "../schemas";
import { countUsers, createUser } from "../users";

let queue: Promise<unknown> = Promise.resolve();

/**
 * First run only: creates the first administrator and signs them in. Refused here, on the
 * server, as soon as any user exists. Serialized so two racing submissions cannot both win.
 */
export async function setupAdmin(raw: SetupInput): Promise<ActionResult<{ next: string }>> {
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) {
    return fail({
      code: "invalid_input",
      message: "Some fields need attention.",
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  const run = queue.then(async () => {
    if ((await countUsers()) > 0) return false;
    const user = await createUser({ ...parsed.data, role: "admin", teams: [] });
    recordAudit({
      actor: { id: user.id, email: user.email },
      action: "auth.setup",
      targetUser: user.email,
      result: "ok",
      details: { role: "admin" },
    });
    return true;
  });
  queue = run.catch(() => undefined);
  if (!(await run)) {
    return fail({ code: "forbidden", message: "Functionary is already set up. Sign in instead." });
  }
  const auth = await getAuth();
  await auth.api.signInEmail({
    body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true },
    headers: await requestHeaders(),
  });
  return ok({ next: "/functions" });
}
