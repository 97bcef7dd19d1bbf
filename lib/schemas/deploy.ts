import { z } from "zod";
import { functionNameSchema } from "./function";
import { zipBase64Schema } from "./zip-upload";

/** A file path inside a package: relative, no "..", no backslashes. */
export const packagePathSchema = z
  .string()
  .min(1, "Enter a file name.")
  .max(1024)
  .refine(
    (p) => !p.startsWith("/") && !p.includes("\\") && p.split("/").every((s) => s && s !== ".."),
    "Use a relative path like src/util.js (no .. or empty segments).",
  );

/**
 * Deploy sends the text files of the draft, and names the files to carry over unchanged from
 * the deployed package (binaries, node_modules, large files): their bytes never travel to the
 * browser, so they cannot be corrupted on the way.
 */
export const deployCodeSchema = z.object({
  name: functionNameSchema,
  revisionId: z.string().min(1),
  files: z.array(z.object({ path: packagePathSchema, content: z.string() })),
  keep: z.array(packagePathSchema),
});
export type DeployCodeInput = z.infer<typeof deployCodeSchema>;

/** Replaces the whole package with an uploaded .zip (the Code tab's "Upload .zip"). */
export const uploadCodeSchema = z.object({
  name: functionNameSchema,
  revisionId: z.string().min(1),
  zipBase64: zipBase64Schema,
});
export type UploadCodeInput = z.infer<typeof uploadCodeSchema>;
