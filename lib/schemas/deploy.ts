import { z } from "zod";
import { fileAbove, packagePathProblem, underFileMessage } from "@/lib/functions/package-path";
import { functionNameSchema } from "./function";
import { zipBase64Schema } from "./zip-upload";

/** A file path inside a package: relative, no "..", no backslashes. */
export const packagePathSchema = z.string().superRefine((path, ctx) => {
  const problem = packagePathProblem(path);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * Deploy sends the text files of the draft, and names the files to carry over unchanged from
 * the deployed package (binaries, node_modules, large files): their bytes never travel to the
 * browser, so they cannot be corrupted on the way.
 */
export const deployCodeSchema = z
  .object({
    name: functionNameSchema,
    revisionId: z.string().min(1),
    files: z.array(z.object({ path: packagePathSchema, content: z.string() })),
    keep: z.array(packagePathSchema),
  })
  .superRefine((input, ctx) => {
    const paths = [...input.files.map((f) => f.path), ...input.keep];
    const taken = new Set(paths);
    for (const [i, path] of paths.entries()) {
      const file = fileAbove(path, taken);
      if (file) {
        const inFiles = i < input.files.length;
        ctx.addIssue({
          code: "custom",
          path: inFiles ? ["files", i, "path"] : ["keep", i - input.files.length],
          message: underFileMessage(file),
        });
        return;
      }
    }
  });
export type DeployCodeInput = z.infer<typeof deployCodeSchema>;

/** Replaces the whole package with an uploaded .zip (the Code tab's "Upload .zip"). */
export const uploadCodeSchema = z.object({
  name: functionNameSchema,
  revisionId: z.string().min(1),
  zipBase64: zipBase64Schema,
});
export type UploadCodeInput = z.infer<typeof uploadCodeSchema>;
