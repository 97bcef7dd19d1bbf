import "server-only";
import { NextResponse } from "next/server";
import { getAuth } from "./auth";

/**
 * Only these better-auth endpoints are reachable over HTTP; everything else (update-user,
 * change-email, sign-up…) answers 404, so no user can grant themselves anything. Sign-in is
 * throttled by the hooks in sign-in-hooks.ts whichever way it is reached.
 */
const exposed = new Set([
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
  "POST /revoke-sessions",
]);

export async function authHttpHandler(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "");
  if (!exposed.has(`${request.method} ${path}`)) {
    return NextResponse.json(
      { error: { code: "not_found", message: "Not found." } },
      { status: 404 },
    );
  }
  return (await getAuth()).handler(request);
}
