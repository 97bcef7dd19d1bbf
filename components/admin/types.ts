import type { ActionResult } from "@/lib/actions/result";
import type { Role, Viewer } from "@/lib/auth/types";

export type { Role };
export type UserRow = Viewer & { createdAt: string };

/** The admin page's server actions, handed down by app/(console)/admin/page.tsx. */
export type AdminActions = {
  createUserAccount: (i: {
    email: string;
    name?: string;
    password: string;
    role: Role;
    teams: string[];
  }) => Promise<ActionResult<unknown>>;
  setUserRole: (i: { userId: string; role: Role }) => Promise<ActionResult<unknown>>;
  setUserTeams: (i: { userId: string; teams: string[] }) => Promise<ActionResult<unknown>>;
  resetUserPassword: (i: { userId: string; password: string }) => Promise<ActionResult<unknown>>;
  signOutUserEverywhere: (i: { userId: string }) => Promise<ActionResult<unknown>>;
  removeUserAccount: (i: { userId: string }) => Promise<ActionResult<unknown>>;
};

/** "a, b , c" → ["a", "b", "c"] */
export const parseTeams = (text: string) => [
  ...new Set(
    text
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];
