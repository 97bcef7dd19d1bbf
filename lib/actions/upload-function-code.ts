"use server";

import { defineAction } from "./action-client";
import { fail } from "./result";
import { teamOfFunction } from "@/lib/data/get-function";
import { updateFunctionCode } from "@/lib/data/update-function-code";
import { uploadCodeSchema } from "@/lib/schemas/deploy";
import { uploadedZip } from "@/lib/zip/uploaded";

const CONFLICT =
  "Someone deployed this function after you opened it. Reload to see their code, then upload again.";

/**
 * The Code tab's "Upload .zip": the whole package replaced by the user's zip, as the Lambda
 * console's "Upload from .zip file" does, guarded by the RevisionId the editor loaded.
 */
export const uploadFunctionCode = defineAction({
  name: "uploadFunctionCode",
  permission: "functions.deploy",
  input: uploadCodeSchema,
  team: (input) => teamOfFunction(input.name),
  handler: async (input) => {
    const zip = uploadedZip(input.zipBase64);
    if (typeof zip === "string") {
      return fail({ code: "invalid_input", message: zip, fieldErrors: { zipBase64: [zip] } });
    }
    return updateFunctionCode(input.name, zip, input.revisionId, CONFLICT);
  },
});
