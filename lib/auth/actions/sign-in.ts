"use server";

import { isAPIError } from "better-auth/api";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { getAuth } from "../auth";
import { requestHeaders } from "../request-headers";
import { safeNext, signInSchema, type SignInInput } from "../schemas";

/**
 * Public by nature (no session yet). better-auth verifies the password and sets the HttpOnly
 * session cookie; the throttle and the audit entry happen in its hooks (sign-in-hooks.ts).
 * Unknown email and wrong password get the same answer.
 */
export async function signIn(raw: SignInInput): Promise<ActionResult<{ next: string }>> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return fail({
      code: "invalid_input",
      message: "Some fields need attention.",
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  const { email, password, next } = parsed.data;
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: await requestHeaders(),
    });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.statusCode === 429) return fail({ code: "throttled", message: error.message });
    return fail({ code: "unauthorized", message: "Wrong email or password." });
  }
  return ok({ next: safeNext(next) });
}
