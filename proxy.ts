import { NextResponse, type NextRequest } from "next/server";

/**
 * A convenience only: a browser without a session cookie is sent to /login before rendering.
 * It proves nothing — the cookie is not verified here. The security check is requirePermission
 * in every page, route handler and server action.
 */
const SESSION_COOKIES = ["functionary.session_token", "__Secure-functionary.session_token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((c) => request.cookies.has(c))) return NextResponse.next();
  const login = new URL("/login", request.url);
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== "/") login.searchParams.set("next", next);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the API (401 from the handlers), auth pages, Next internals or static files.
  matcher: [
    "/((?!api/|login|setup|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js|txt|woff2?)$).*)",
  ],
};
