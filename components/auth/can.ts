import { decide } from "@/lib/auth/permissions";
import type { Permission, Viewer } from "@/lib/auth/types";

/**
 * The UI's copy of the server's decision (same pure table, lib/auth/permissions.ts), used only
 * to hide or disable controls. The server checks again on every call.
 */
export const can = (viewer: Viewer | null, permission: Permission, team?: string | null) =>
  !!viewer && decide(viewer, permission, team ?? undefined);

/** Teams a user may create functions for; `null` = any team (admins). */
export const creatableTeams = (viewer: Viewer | null): string[] | null =>
  !viewer ? [] : viewer.role === "admin" ? null : viewer.role === "developer" ? viewer.teams : [];

export type { Permission, Viewer };
