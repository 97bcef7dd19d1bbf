import "server-only";
import type { Session } from "./types";

/**
 * ISSUE 4 SEAM. Until accounts exist the console is single-user and local: whoever reaches it is
 * the administrator. Issue 4 replaces this body with the auth library's session lookup (cookies),
 * returning null when signed out; nothing else in the console reads cookies.
 */
export async function getSession(): Promise<Session | null> {
  return {
    user: { id: "local", name: "Local user", email: "local@functionary", role: "admin", teams: [] },
  };
}
