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

/** The client's address for sign-in throttling: Next's x-forwarded-for, first hop. */
export function clientAddress(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
}
