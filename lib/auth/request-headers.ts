import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";

/**
 * Where the session cookie is read from: the current Next request, or headers given explicitly
 * to `withRequestHeaders` by server-side callers outside a Next request (the permission tests,
 * which sign in real users through better-auth and replay their cookies). Not reachable from a
 * browser: no route or action exposes it, and the cookie is still verified by better-auth.
 */
const scoped = new AsyncLocalStorage<Headers>();

export function withRequestHeaders<T>(h: Headers, run: () => Promise<T>): Promise<T> {
  return scoped.run(h, run);
}

export async function requestHeaders(): Promise<Headers> {
  const explicit = scoped.getStore();
  if (explicit) return explicit;
  return new Headers(await headers());
}

/**
 * The client's address for sign-in throttling. Next sets x-forwarded-for to the socket's address
 * only when the request has none, and proxies append the address they saw: so the last entry
 * is the one a client cannot forge from behind a proxy. (Directly exposed, a client may send
 * its own header; the per-account limit does not depend on it.)
 */
export function clientAddress(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
}
