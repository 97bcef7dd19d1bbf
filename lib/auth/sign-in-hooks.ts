import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { recordAudit } from "@/lib/audit/store";
import { clientAddress } from "./request-headers";
import { checkSignIn, clearAccountFailures, recordSignInFailure } from "./throttle";

const SIGN_IN = "/sign-in/email";

function attempt(ctx: { body?: unknown; headers?: Headers; request?: Request }) {
  const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase();
  const headers = ctx.headers ?? ctx.request?.headers ?? new Headers();
  return { email, address: clientAddress(headers) };
}

/**
 * Sign-in throttling and auditing, inside better-auth so that both the login page's action
 * and the HTTP endpoint pass through it.
 */
export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN) return;
    const { email, address } = attempt(ctx);
    const check = checkSignIn(email, address);
    if (!check.allowed) {
      recordAudit({
        actor: null,
        action: "auth.sign-in-failed",
        targetUser: email,
        result: "throttled",
        message: check.message,
        details: { address },
      });
      throw new APIError("TOO_MANY_REQUESTS", {
        message: check.message,
        code: "SIGN_IN_THROTTLED",
      });
    }
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN) return;
    const { email, address } = attempt(ctx);
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      if (returned.statusCode === 429) return;
      recordSignInFailure(email, address);
      recordAudit({
        actor: null,
        action: "auth.sign-in-failed",
        targetUser: email,
        result: "failed",
        message: returned.message,
        details: { address },
      });
      return;
    }
    clearAccountFailures(email);
    const user = (returned as { user?: { id: string; email: string } } | undefined)?.user;
    recordAudit({
      actor: user ?? null,
      action: "auth.sign-in",
      targetUser: email,
      result: "ok",
      details: { address },
    });
  }),
};
