import { z } from "zod";
import { functionNameSchema } from "./function";

export const deleteFunctionSchema = z
  .object({ name: functionNameSchema, confirmation: z.string() })
  .refine((v) => v.confirmation === v.name, {
    path: ["confirmation"],
    message: "Type the function name exactly to confirm.",
  });
