"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/action-client";
import { fail, ok } from "@/lib/actions/result";
import { newUserSchema, passwordSchema, roleSchema, teamNameSchema } from "../schemas";
import {
  listUsers,
  removeUser,
  revokeSessions,
  setPassword,
  updateUser,
  UserError,
  createUser,
} from "../users";

/**
 * The admin page's mutations. All need `users.manage` (admins), all go through the action
 * client, so they are checked and audited like function changes.
 */
const userId = z.string().min(1);

/** UserError is an expected refusal with a message for the admin; anything else is a bug. */
async function attempt<T>(run: () => Promise<T>) {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof UserError) return fail({ code: "invalid_input", message: error.message });
    throw error;
  }
}

async function isLastAdmin(id: string) {
  const admins = (await listUsers()).filter((u) => u.role === "admin");
  return admins.length === 1 && admins[0]!.id === id;
}

export const createUserAccount = defineAction({
  name: "createUserAccount",
  permission: "users.manage",
  input: newUserSchema,
  handler: (input) => attempt(() => createUser({ ...input, teams: [...new Set(input.teams)] })),
  audit: {
    action: "user.create",
    entries: ({ data }) => [
      {
        action: "user.create",
        targetUser: data.email,
        details: { role: data.role, teams: data.teams },
      },
    ],
  },
});

export const setUserRole = defineAction({
  name: "setUserRole",
  permission: "users.manage",
  input: z.object({ userId, role: roleSchema }),
  handler: async ({ userId, role }) => {
    if (role !== "admin" && (await isLastAdmin(userId))) {
      return fail({
        code: "invalid_input",
        message: "Keep at least one admin: promote someone else first.",
      });
    }
    const before = (await listUsers()).find((u) => u.id === userId);
    return attempt(async () => ({
      ...(await updateUser(userId, { role })),
      previousRole: before?.role ?? null,
    }));
  },
  audit: {
    action: "user.role",
    entries: ({ data }) => [
      {
        action: "user.role",
        targetUser: data.email,
        details: { role: { old: data.previousRole, new: data.role } },
      },
    ],
  },
});

export const setUserTeams = defineAction({
  name: "setUserTeams",
  permission: "users.manage",
  input: z.object({ userId, teams: z.array(teamNameSchema).max(50) }),
  handler: async ({ userId, teams }) => {
    const before = (await listUsers()).find((u) => u.id === userId);
    return attempt(async () => ({
      ...(await updateUser(userId, { teams: [...new Set(teams)] })),
      previousTeams: before?.teams ?? [],
    }));
  },
  audit: {
    action: "user.teams",
    entries: ({ data }) => [
      {
        action: "user.teams",
        targetUser: data.email,
        details: { teams: { old: data.previousTeams, new: data.teams } },
      },
    ],
  },
});

export const resetUserPassword = defineAction({
  name: "resetUserPassword",
  permission: "users.manage",
  input: z.object({ userId, password: passwordSchema }),
  handler: async ({ userId, password }) => {
    const user = (await listUsers()).find((u) => u.id === userId);
    if (!user) return fail({ code: "not_found", message: "That user does not exist any more." });
    await setPassword(userId, password);
    return ok({ email: user.email });
  },
  audit: {
    action: "user.password",
    entries: ({ data }) => [
      { action: "user.password", targetUser: data.email, details: { sessions: "revoked" } },
    ],
  },
});

export const signOutUserEverywhere = defineAction({
  name: "signOutUserEverywhere",
  permission: "users.manage",
  input: z.object({ userId }),
  handler: async ({ userId }) => {
    const user = (await listUsers()).find((u) => u.id === userId);
    if (!user) return fail({ code: "not_found", message: "That user does not exist any more." });
    await revokeSessions(userId);
    return ok({ email: user.email });
  },
  audit: {
    action: "user.sign-out-everywhere",
    entries: ({ data }) => [{ action: "user.sign-out-everywhere", targetUser: data.email }],
  },
});

export const removeUserAccount = defineAction({
  name: "removeUserAccount",
  permission: "users.manage",
  input: z.object({ userId }),
  handler: async ({ userId }, { session }) => {
    if (userId === session.user.id)
      return fail({ code: "invalid_input", message: "You cannot remove yourself." });
    const user = (await listUsers()).find((u) => u.id === userId);
    if (!user) return fail({ code: "not_found", message: "That user does not exist any more." });
    await removeUser(userId);
    return ok({ email: user.email });
  },
  audit: {
    action: "user.remove",
    entries: ({ data }) => [{ action: "user.remove", targetUser: data.email }],
  },
});
