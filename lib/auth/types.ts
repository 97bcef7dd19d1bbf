/** Shapes shared by the auth seam and the UI (no server imports). */
export const roles = ["admin", "developer", "viewer"] as const;
export type Role = (typeof roles)[number];
export const isRole = (v: unknown): v is Role =>
  typeof v === "string" && (roles as readonly string[]).includes(v);

export type Permission =
  | "functions.read"
  | "functions.create"
  | "functions.deploy"
  | "functions.configure"
  | "functions.delete"
  | "functions.invoke"
  /** The audit page; non-admins see only function entries. */
  | "audit.read"
  /** Users, roles, teams, passwords. */
  | "users.manage";

export type Session = {
  user: { id: string; name: string; email: string; role: Role; teams: string[] };
};

/** What client components get to know about the signed-in user. */
export type Viewer = Session["user"];
