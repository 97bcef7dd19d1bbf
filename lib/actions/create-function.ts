"use server";

import { CreateFunctionCommand } from "@aws-sdk/client-lambda";
import { defineAction } from "./action-client";
import { fail, ok } from "./result";
import { lambdaClient } from "@/lib/aws/clients";
import { currentConnection } from "@/lib/aws/connection";
import { toActionError, withFieldFromMessage } from "@/lib/aws/errors";
import { envToMap } from "@/lib/schemas/environment";
import { createFunctionSchema, type CreateFunctionInput } from "@/lib/schemas/create-function";
import { TEAM_TAG } from "@/lib/schemas/tags";
import { getTemplate } from "@/lib/templates";
import { buildPackage, textEntry } from "@/lib/zip/package";
import { uploadedZip } from "@/lib/zip/uploaded";

function packageFor(source: CreateFunctionInput["source"]): Uint8Array | string {
  if (source.kind === "zip") return uploadedZip(source.zipBase64);
  const template = getTemplate(source.templateId);
  if (!template) return "This template does not exist any more.";
  return buildPackage(template.files.map((f) => textEntry(f.path, f.content)));
}

/** CreateFunction from a template or an uploaded zip. AWS's messages land next to the field. */
export const createFunction = defineAction({
  name: "createFunction",
  permission: "functions.create",
  input: createFunctionSchema,
  team: async (input) => input.team || undefined,
  handler: async (input) => {
    const code = packageFor(input.source);
    if (typeof code === "string") {
      return fail({ code: "invalid_input", message: code, fieldErrors: { source: [code] } });
    }
    const { role } = currentConnection();
    if (!role) {
      const message = "Set FUNCTIONARY_LAMBDA_ROLE to the execution role new functions use.";
      return fail({ code: "invalid_input", message });
    }
    try {
      const out = await lambdaClient().send(
        new CreateFunctionCommand({
          FunctionName: input.name,
          Runtime: input.runtime,
          Handler: input.handler,
          Role: role,
          Code: { ZipFile: code },
          MemorySize: input.memorySize,
          Timeout: input.timeout,
          Description: input.description,
          Environment: { Variables: envToMap(input.environment) },
          Tags: input.team ? { [TEAM_TAG]: input.team } : undefined,
        }),
      );
      return ok({ name: out.FunctionName ?? input.name });
    } catch (error) {
      const mapped = toActionError(error);
      // "Function already exist: x" belongs next to the name.
      if (mapped.code === "conflict")
        return fail({ ...mapped, fieldErrors: { name: [mapped.message] } });
      return fail(withFieldFromMessage(mapped));
    }
  },
});
