import "server-only";
import type { ActionError } from "@/lib/actions/result";
import { hasPermission } from "./permissions";
import { getSession } from "./session";
import type { Permission, Session } from "./types";

export type { Permission, Role, Session } from "./types";
export { getSession } from "./session";

/**
 * THE one session + permission check, used by every server action (through the action client)
 * and every route handler. Returns the session, or the error to hand back unchanged.
 */
export async function requirePermission(
  permission: Permission,
  team: () => Promise<string | undefined> = async () => undefined,
): Promise<{ session: Session; error?: undefined } | { session?: undefined; error: ActionError }> {
  const session = await getSession();
  if (!session) return { error: { code: "unauthorized", message: "Sign in to continue." } };
  if (!(await hasPermission(session, permission, team))) {
    return { error: { code: "forbidden", message: "You do not have permission to do that." } };
  }
  return { session };
}
