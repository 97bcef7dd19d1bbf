"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/store";
import { getAuth } from "../auth";
import { requestHeaders } from "../request-headers";
import { getSession } from "../session";

/**
 * Ends this browser's session, or with `everywhere` every session of the user (all devices).
 * Needs no permission beyond being the user whose sessions end; signed out, it only redirects.
 */
export async function signOut(opts: { everywhere?: boolean } = {}): Promise<never> {
  const session = await getSession();
  if (session) {
    const auth = await getAuth();
    const headers = await requestHeaders();
    if (opts.everywhere) await auth.api.revokeSessions({ headers });
    // Deletes this session (if still there) and clears the cookie.
    await auth.api.signOut({ headers }).catch(() => undefined);
    recordAudit({
      actor: { id: session.user.id, email: session.user.email },
      action: opts.everywhere ? "user.sign-out-everywhere" : "auth.sign-out",
      targetUser: session.user.email,
      result: "ok",
    });
  }
  redirect("/login");
}
