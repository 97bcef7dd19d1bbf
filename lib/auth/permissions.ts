import type { Permission, Role, Session } from "./types";

/** What each role may do, before the team rule narrows it. */
const allowed: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set([
    "functions.read",
    "functions.create",
    "functions.deploy",
    "functions.configure",
    "functions.delete",
    "functions.invoke",
  ]),
  developer: new Set([
    "functions.read",
    "functions.create",
    "functions.deploy",
    "functions.configure",
    "functions.delete",
    "functions.invoke",
  ]),
  viewer: new Set(["functions.read"]),
};

/** Permissions a developer holds only on functions tagged with one of their teams. */
const teamScoped: ReadonlySet<Permission> = new Set([
  "functions.create",
  "functions.deploy",
  "functions.configure",
  "functions.delete",
  "functions.invoke",
]);

/**
 * Pure decision: may this session do this to a function of this team? `team` is resolved lazily
 * by the caller because looking it up costs a backend call that admins never need.
 */
export async function hasPermission(
  session: Session,
  permission: Permission,
  team: () => Promise<string | undefined>,
): Promise<boolean> {
  const { role, teams } = session.user;
  if (!allowed[role].has(permission)) return false;
  if (role === "admin" || !teamScoped.has(permission)) return true;
  const owner = await team();
  // Functions without a team tag are "unassigned": editable by admins only (issue 4).
  return owner !== undefined && teams.includes(owner);
}
