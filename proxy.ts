import { NextResponse, type NextRequest } from "next/server";
import { tryDecode } from "@/lib/page-param";

/**
 * Two conveniences before routing, neither of them security:
 * - an address with broken percent-encoding (`/functions/%E0%A4%A`) gets a 400 that says so; Next
 *   itself would answer it with a bare 500 while decoding the route's parameters;
 * - a browser without a session cookie is sent to /login before a page renders. The cookie is not
 *   verified here: the security check is requirePermission in every page, route handler and
 *   server action.
 */
const SESSION_COOKIES = ["functionary.session_token", "__Secure-functionary.session_token"];
/** Pages that render without a session, and the API (its handlers answer 401 themselves). */
const NO_REDIRECT = /^\/(?:api\/|login(?:\/|$)|setup(?:\/|$))/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (tryDecode(pathname) === undefined) {
    const message = "The address is not valid: it has a broken percent-encoded character.";
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: { code: "bad_request", message } }, { status: 400 })
      : new NextResponse(message, { status: 400, headers: { "Content-Type": "text/plain" } });
  }
  if (NO_REDIRECT.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((c) => request.cookies.has(c))) return NextResponse.next();
  const login = new URL("/login", request.url);
  const next = pathname + search;
  if (next !== "/") login.searchParams.set("next", next);
  return NextResponse.redirect(login);
}

export const config = {
  // Not Next's internals or static files.
  matcher: ["/((?!_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js|txt|woff2?)$).*)"],
};
