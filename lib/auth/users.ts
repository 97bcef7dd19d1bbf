import "server-only";
import { getAuth } from "./auth";
import { isRole, type Role, type Session } from "./types";

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role?: unknown;
  teams?: unknown;
  createdAt?: Date | string;
};

const teamsOf = (raw: unknown): string[] => {
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === "string");
  if (typeof raw === "string" && raw.startsWith("[")) return teamsOf(JSON.parse(raw));
  return [];
};

/** An unknown role in the database grants the least, never the most. */
export const toSessionUser = (u: UserRecord): Session["user"] => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: isRole(u.role) ? u.role : "viewer",
  teams: teamsOf(u.teams),
});

export type UserSummary = Session["user"] & { createdAt: string };

/** All users, oldest first, as plain DTOs. */
export async function listUsers(): Promise<UserSummary[]> {
  const ctx = await (await getAuth()).$context;
  const users = (await ctx.internalAdapter.listUsers(1000, 0, {
    field: "createdAt",
    direction: "asc",
  })) as UserRecord[];
  return users.map((u) => ({
    ...toSessionUser(u),
    createdAt: new Date(u.createdAt ?? 0).toISOString(),
  }));
}

export async function countUsers(): Promise<number> {
  const ctx = await (await getAuth()).$context;
  return ctx.internalAdapter.countTotalUsers();
}

export async function findUserByEmail(email: string) {
  const ctx = await (await getAuth()).$context;
  const found = await ctx.internalAdapter.findUserByEmail(email.toLowerCase());
  return found ? toSessionUser(found.user as UserRecord) : null;
}

/**
 * Creates a user with a credential account, through better-auth's own adapter and password
 * hasher (scrypt) — the same path its sign-up takes, which is disabled for the public.
 */
export async function createUser(input: {
  email: string;
  password: string;
  name?: string;
  role: Role;
  teams: string[];
}) {
  const ctx = await (await getAuth()).$context;
  const email = input.email.toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email))
    throw new UserError(`A user with the email ${email} already exists.`);
  const hash = await ctx.password.hash(input.password);
  const user = (await ctx.internalAdapter.createUser(
    {
      email,
      name: input.name?.trim() || email.split("@")[0] || email,
      emailVerified: true,
      role: input.role,
      teams: input.teams,
    },
    { method: "admin" },
  )) as UserRecord;
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  return toSessionUser(user);
}

export async function updateUser(id: string, data: { role?: Role; teams?: string[] }) {
  const ctx = await (await getAuth()).$context;
  const user = (await ctx.internalAdapter.updateUser(id, data)) as UserRecord | null;
  if (!user) throw new UserError("That user does not exist any more.");
  return toSessionUser(user);
}

export async function setPassword(id: string, password: string) {
  const ctx = await (await getAuth()).$context;
  const hash = await ctx.password.hash(password);
  if (await ctx.internalAdapter.findCredentialAccount(id))
    await ctx.internalAdapter.updatePassword(id, hash);
  else
    await ctx.internalAdapter.linkAccount({
      userId: id,
      providerId: "credential",
      accountId: id,
      password: hash,
    });
  // A reset password ends every session that the old one opened.
  await ctx.internalAdapter.deleteUserSessions(id);
}

export async function revokeSessions(id: string) {
  const ctx = await (await getAuth()).$context;
  await ctx.internalAdapter.deleteUserSessions(id);
}

export async function removeUser(id: string) {
  const ctx = await (await getAuth()).$context;
  await ctx.internalAdapter.deleteUserSessions(id);
  await ctx.internalAdapter.deleteUser(id);
}

/** An expected refusal, shown to the user as is. */
export class UserError extends Error {}
