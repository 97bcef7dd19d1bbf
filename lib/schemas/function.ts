import { z } from "zod";

/** CreateFunction's bare-name rule: letters, digits, hyphens, underscores; 1–64 characters. */
export const functionNameSchema = z
  .string()
  .min(1, "Enter a function name.")
  .max(64, "Function names have at most 64 characters.")
  .regex(/^[a-zA-Z0-9_-]+$/, "Use only letters, numbers, hyphens (-) and underscores (_).");

/**
 * Runtimes the console offers for new functions, newest first as pickers list them: those in
 * standard support. AWS (facts §1.2) and the engine also take the deprecated nodejs18.x and
 * python3.10; like the AWS console, this one does not offer them.
 */
export const runtimes = [
  "nodejs24.x",
  "nodejs22.x",
  "nodejs20.x",
  "python3.14",
  "python3.13",
  "python3.12",
  "python3.11",
  "provided.al2023",
] as const;
export const runtimeSchema = z.enum(runtimes, { error: "Choose a supported runtime." });
export type Runtime = z.infer<typeof runtimeSchema>;

export const memorySchema = z.coerce
  .number({ error: "Enter a number of megabytes." })
  .int("Memory is a whole number of MB.")
  .min(128, "Memory must be at least 128 MB.")
  .max(10240, "Memory must be at most 10240 MB.");

export const timeoutSchema = z.coerce
  .number({ error: "Enter a number of seconds." })
  .int("Timeout is a whole number of seconds.")
  .min(1, "Timeout must be at least 1 second.")
  .max(900, "Timeout must be at most 900 seconds (15 minutes).");

export const descriptionSchema = z.string().max(256, "Descriptions have at most 256 characters.");

export const handlerSchema = z
  .string()
  .min(1, "Enter the handler, e.g. index.handler.")
  .max(128, "Handlers have at most 128 characters.")
  .regex(/^[^\s]+$/, "The handler cannot contain spaces.");

/** A team is a tag value: keep it simple and readable. Empty means unassigned. */
export const teamSchema = z
  .string()
  .max(64, "Team names have at most 64 characters.")
  .regex(/^[a-zA-Z0-9 _.:/=+@-]*$/, "Use letters, numbers, spaces and _ . : / = + @ - only.");

export const defaultHandler = (runtime: string) =>
  runtime.startsWith("python") ? "lambda_function.lambda_handler" : "index.handler";
