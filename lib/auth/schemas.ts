import { z } from "zod";
import { roles } from "./types";

/** Shared by the forms (checked as you type), the actions and the users command. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address."));
export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.");
export const teamNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a team name.")
  .max(64, "Team names have at most 64 characters.")
  .regex(/^[a-zA-Z0-9 _.:/=+@-]+$/, "Use letters, numbers, spaces and _ . : / = + @ - only.");
export const roleSchema = z.enum(roles, { error: "Choose admin, developer or viewer." });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(128),
  next: z.string().optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const setupSchema = z.object({
  name: z.string().trim().max(100).optional(),
  email: emailSchema,
  password: passwordSchema,
});
export type SetupInput = z.infer<typeof setupSchema>;

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).optional(),
  password: passwordSchema,
  role: roleSchema,
  teams: z.array(teamNameSchema).max(50),
});
export type NewUserInput = z.infer<typeof newUserSchema>;

/** Only same-site paths, so /login?next= cannot send anyone elsewhere. */
export const safeNext = (next: string | undefined) =>
  next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
    ? next
    : "/functions";
