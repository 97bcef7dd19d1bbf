import type { Permission, Role, Session } from "./types";

/**
 * What each role may do, before the team rule narrows it (issue 4): admins everything;
 * developers change and run functions of their teams and read the rest; viewers only read.
 * Pure and import-free, so the UI uses the same table to hide what the server would refuse.
 */
const allowed: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    "functions.read",
    "functions.create",
    "functions.deploy",
    "functions.configure",
    "functions.delete",
    "functions.invoke",
    "audit.read",
    "users.manage",
  ]),
  developer: new Set<Permission>([
    "functions.read",
    "functions.create",
    "functions.deploy",
    "functions.configure",
    "functions.delete",
    "functions.invoke",
    "audit.read",
  ]),
  viewer: new Set<Permission>(["functions.read", "audit.read"]),
};

/** Permissions a developer holds only on functions tagged with one of their teams. */
const teamScoped: ReadonlySet<Permission> = new Set<Permission>([
  "functions.create",
  "functions.deploy",
  "functions.configure",
  "functions.delete",
  "functions.invoke",
]);

export const isTeamScoped = (permission: Permission) => teamScoped.has(permission);

/** The decision when the function's team is already known (`undefined` = unassigned). */
export function decide(
  user: Session["user"],
  permission: Permission,
  team: string | undefined,
): boolean {
  if (!allowed[user.role].has(permission)) return false;
  if (user.role === "admin" || !teamScoped.has(permission)) return true;
  // Functions without a team tag are "unassigned": editable by admins only.
  return team !== undefined && user.teams.includes(team);
}

/**
 * May this session do this to a function of this team? `team` is resolved lazily by the caller
 * because looking it up costs a backend call that admins and reads never need.
 */
export async function hasPermission(
  session: Session,
  permission: Permission,
  team: () => Promise<string | undefined>,
): Promise<boolean> {
  const { role } = session.user;
  if (!allowed[role].has(permission)) return false;
  if (role === "admin" || !teamScoped.has(permission)) return true;
  return decide(session.user, permission, await team());
}
