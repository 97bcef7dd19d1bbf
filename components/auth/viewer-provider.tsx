"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission, type Viewer } from "./can";

type SignOut = (opts?: { everywhere?: boolean }) => Promise<never>;
type Value = { viewer: Viewer; signOut: SignOut };

const ViewerContext = createContext<Value | null>(null);

/**
 * The signed-in user's DTO (id, email, name, role, teams) and the sign-out action, handed down
 * by the console layout — client components never import lib/auth's server modules.
 */
export function ViewerProvider({ viewer, signOut, children }: Value & { children: ReactNode }) {
  return <ViewerContext.Provider value={{ viewer, signOut }}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext)?.viewer ?? null;
export const useSignOut = () => useContext(ViewerContext)?.signOut;

/** `useCan()("functions.deploy", fn.team)`: whether to show a control; the server decides anyway. */
export function useCan() {
  const viewer = useViewer();
  return (permission: Permission, team?: string | null) => can(viewer, permission, team);
}

/** Whether to offer "Create function": admins, and developers with at least one team. */
export function useCanCreate() {
  const viewer = useViewer();
  return (
    !!viewer &&
    (viewer.role === "admin" || (viewer.role === "developer" && viewer.teams.length > 0))
  );
}
