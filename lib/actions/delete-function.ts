"use server";

import { DeleteFunctionCommand } from "@aws-sdk/client-lambda";
import { defineAction } from "./action-client";
import { ok } from "./result";
import { lambdaClient } from "@/lib/aws/clients";
import { teamOfFunction } from "@/lib/data/get-function";
import { deleteFunctionSchema } from "@/lib/schemas/delete";

/** DeleteFunction, only after the user typed the name (checked here too, not just in the UI). */
export const deleteFunction = defineAction({
  name: "deleteFunction",
  permission: "functions.delete",
  input: deleteFunctionSchema,
  team: (input) => teamOfFunction(input.name),
  handler: async (input) => {
    await lambdaClient().send(new DeleteFunctionCommand({ FunctionName: input.name }));
    return ok({ name: input.name });
  },
});
