import { z } from "zod";
import { zipBase64Schema } from "./zip-upload";
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

/** The fields of the create form, checked as the user types and again by the action. */
export const createFunctionFormSchema = z.object({
  name: functionNameSchema,
  runtime: runtimeSchema,
  handler: handlerSchema,
  memorySize: memorySchema,
  timeout: timeoutSchema,
  team: teamSchema,
  description: descriptionSchema,
  environment: envVarsSchema,
});
export type CreateFunctionForm = z.infer<typeof createFunctionFormSchema>;

/** Where the first package comes from: a template, or a zip the user uploaded (base64). */
export const createSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("template"), templateId: z.string().min(1) }),
  z.object({
    kind: z.literal("zip"),
    zipBase64: zipBase64Schema,
  }),
]);

export const createFunctionSchema = createFunctionFormSchema.extend({ source: createSourceSchema });
export type CreateFunctionInput = z.infer<typeof createFunctionSchema>;
