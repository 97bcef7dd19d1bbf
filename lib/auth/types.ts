/** Shapes shared by the auth seam and the UI (no server imports). */
export type Role = "admin" | "developer" | "viewer";

export type Permission =
  | "functions.read"
  | "functions.create"
  | "functions.deploy"
  | "functions.configure"
  | "functions.delete"
  | "functions.invoke";

export type Session = {
  user: { id: string; name: string; email: string; role: Role; teams: string[] };
};
