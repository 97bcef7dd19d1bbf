import "server-only";
import { redirect } from "next/navigation";
import type { ActionError } from "@/lib/actions/result";
import { decide, hasPermission } from "./permissions";
import { getSession } from "./session";
import { countUsers } from "./users";
import type { Permission, Session } from "./types";

export type { Permission, Role, Session, Viewer } from "./types";
export { getSession } from "./session";

type Team = () => Promise<string | undefined>;

/**
 * THE one session + permission check, used by every server action (through the action client),
 * every route handler and every page. Returns the session, or the error to hand back unchanged.
 * `targetTeam` is the team a function will belong to after the change (create, re-tag): a
 * developer may neither create for nor move a function to a team that is not theirs.
 */
export async function requirePermission(
  permission: Permission,
  team: Team = async () => undefined,
  targetTeam?: Team,
): Promise<{ session: Session; error?: undefined } | { session?: Session; error: ActionError }> {
  const session = await getSession();
  if (!session) return { error: { code: "unauthorized", message: "Sign in to continue." } };
  // A refusal carries the session, so the caller can audit who was refused.
  if (!(await hasPermission(session, permission, team))) {
    return {
      session,
      error: { code: "forbidden", message: "You do not have permission to do that." },
    };
  }
  if (targetTeam && !decide(session.user, permission, await targetTeam())) {
    return {
      session,
      error: { code: "forbidden", message: "You can only assign functions to your own teams." },
    };
  }
  return { session };
}

/**
 * For pages: the session, or a redirect — to /setup while no user exists, else to /login.
 * A signed-in user without the permission is sent back to the functions list.
 */
export async function requirePageSession(
  permission: Permission = "functions.read",
): Promise<Session> {
  const auth = await requirePermission(permission);
  if (!auth.error) return auth.session;
  if (auth.error.code === "forbidden") redirect("/functions");
  redirect((await countUsers()) === 0 ? "/setup" : "/login");
}
