"use server";

import { defineAction } from "./action-client";
import { fail } from "./result";
import { getFunctionPackage } from "@/lib/data/function-code";
import { teamOfFunction } from "@/lib/data/get-function";
import { updateFunctionCode } from "@/lib/data/update-function-code";
import { deployCodeSchema } from "@/lib/schemas/deploy";
import { buildPackage, readPackage, textEntry } from "@/lib/zip/package";

const CONFLICT =
  "Someone deployed this function after you opened it. Compare your draft with the new code.";

/**
 * Rebuilds the zip on the server from the draft's text files plus the kept entries of the
 * deployed package (bytes and modes untouched), then UpdateFunctionCode with the RevisionId the
 * editor loaded, so a deploy in between is refused with 412 instead of silently overwritten.
 */
export const deployFunction = defineAction({
  name: "deployFunction",
  permission: "functions.deploy",
  input: deployCodeSchema,
  team: (input) => teamOfFunction(input.name),
  handler: async (input) => {
    const current = await getFunctionPackage(input.name);
    if (current.configuration.RevisionId !== input.revisionId) {
      return fail({ code: "conflict", message: CONFLICT });
    }
    const deployed = new Map(readPackage(current.zip).map((e) => [e.path, e]));
    const missing = input.keep.filter((p) => !deployed.has(p));
    if (missing.length) {
      return fail({ code: "invalid_input", message: `Not in the package: ${missing.join(", ")}` });
    }
    const paths = new Set<string>();
    for (const p of [...input.files.map((f) => f.path), ...input.keep]) {
      if (paths.has(p)) return fail({ code: "invalid_input", message: `Duplicate file: ${p}` });
      paths.add(p);
    }
    const zip = buildPackage([
      ...input.files.map((f) => ({
        ...textEntry(f.path, f.content),
        mode: deployed.get(f.path)?.mode,
      })),
      ...input.keep.map((p) => deployed.get(p)!),
    ]);
    return updateFunctionCode(input.name, zip, input.revisionId, CONFLICT);
  },
});
