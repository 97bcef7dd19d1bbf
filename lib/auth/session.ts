import "server-only";
import { cache } from "react";
import { getAuth } from "./auth";
import { requestHeaders } from "./request-headers";
import { toSessionUser } from "./users";
import type { Session } from "./types";

/**
 * The signed-in user of this request, from the session cookie as better-auth verifies it
 * (signature, expiry, revocation in the database), or null when signed out. Nothing else in
 * the console reads cookies. Cached per render so a page and its layout share one lookup.
 */
export const getSession = cache(async (): Promise<Session | null> => {
  // Headers first: during `next build` this makes the page dynamic before any database opens.
  const headers = await requestHeaders();
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  return { user: toSessionUser(found.user) };
});
