import { z } from "zod";
import { envVarsSchema } from "./environment";
import {
  descriptionSchema,
  functionNameSchema,
  handlerSchema,
  memorySchema,
  runtimeSchema,
  teamSchema,
  timeoutSchema,
} from "./function";
import { tagsSchema } from "./tags";

export const reservedConcurrencySchema = z.union([
  z.null(),
  z.coerce
    .number({ error: "Enter a whole number, or leave empty for unreserved." })
    .int("Enter a whole number.")
    .min(0, "Reserved concurrency cannot be negative.")
    .max(10_000, "Reserved concurrency is at most the account limit."),
]);

/** The Configuration tab's form. */
export const configurationFormSchema = z.object({
  description: descriptionSchema,
  handler: handlerSchema,
  runtime: runtimeSchema,
  memorySize: memorySchema,
  timeout: timeoutSchema,
  environment: envVarsSchema,
  team: teamSchema,
  tags: tagsSchema,
  reservedConcurrency: reservedConcurrencySchema,
});
export type ConfigurationForm = z.infer<typeof configurationFormSchema>;

export const updateConfigurationSchema = configurationFormSchema.extend({
  name: functionNameSchema,
  /** The RevisionId the form was loaded with, so a concurrent change is refused (412). */
  revisionId: z.string().optional(),
});
export type UpdateConfigurationInput = z.infer<typeof updateConfigurationSchema>;
