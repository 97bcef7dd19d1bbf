"use server";

import {
  DeleteFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  PutFunctionConcurrencyCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import { defineAction } from "./action-client";
import { fail, ok, type ActionError } from "./result";
import { lambdaClient } from "@/lib/aws/clients";
import { toActionError, withFieldFromMessage } from "@/lib/aws/errors";
import { getFunction, getFunctionRaw } from "@/lib/data/get-function";
import { forgetTags } from "@/lib/data/tags";
import { updateConfigurationSchema } from "@/lib/schemas/configuration";
import { envToMap } from "@/lib/schemas/environment";
import { TEAM_TAG } from "@/lib/schemas/tags";

/** Runs one backend step; a refusal comes back with AWS's message next to `field`. */
async function step(field: string, run: () => Promise<unknown>) {
  try {
    await run();
    return undefined;
  } catch (error) {
    return withFieldFromMessage(toActionError(error), field);
  }
}

/**
 * The Configuration tab's save, in three backend calls Lambda cannot make atomic: reserved
 * concurrency first (the step AWS refuses most often, on account limits), then
 * UpdateFunctionConfiguration (guarded by RevisionId), then the tag difference, each only if
 * changed. A stale form is refused before anything is written. A refusal after an earlier step
 * succeeded says what was saved (the message, the audit entry and `saved`), never "not saved".
 */
export const updateFunctionConfiguration = defineAction({
  name: "updateFunctionConfiguration",
  permission: "functions.configure",
  input: updateConfigurationSchema,
  team: async (input) => (await getFunctionRaw(input.name)).Tags?.[TEAM_TAG] || undefined,
  // Issue 4: a developer may not move a function to a team that is not theirs (or unassign it).
  targetTeam: (input) => input.team || undefined,
  handler: async (input) => {
    const client = lambdaClient();
    const before = await getFunctionRaw(input.name);
    const arn = before.Configuration?.FunctionArn ?? "";
    const stale = () =>
      fail({
        code: "conflict",
        message: "The function changed since you opened it. Reload to see the new values.",
      });
    if (input.revisionId && before.Configuration?.RevisionId !== input.revisionId) return stale();

    let revisionId = input.revisionId;
    const saved: string[] = [];
    const failed = (error: ActionError) =>
      fail(
        saved.length
          ? {
              ...error,
              message: `${error.message} (Saved before this: ${saved.join(" and ")}.)`,
              saved,
            }
          : error,
      );

    const reserved = before.Concurrency?.ReservedConcurrentExecutions ?? null;
    if (reserved !== input.reservedConcurrency) {
      const concurrencyError = await step("reservedConcurrency", () =>
        input.reservedConcurrency === null
          ? client.send(new DeleteFunctionConcurrencyCommand({ FunctionName: input.name }))
          : client.send(
              new PutFunctionConcurrencyCommand({
                FunctionName: input.name,
                ReservedConcurrentExecutions: input.reservedConcurrency,
              }),
            ),
      );
      if (concurrencyError) return failed(concurrencyError);
      saved.push("reserved concurrency");
      // Where that change moves the RevisionId, the form's is stale through our own write only
      // (it matched just above): continue from the revision it produced.
      revisionId =
        (await client.send(new GetFunctionConfigurationCommand({ FunctionName: input.name })))
          .RevisionId ?? revisionId;
    }

    const configError = await step("_form", () =>
      client.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: input.name,
          RevisionId: revisionId,
          Description: input.description,
          Handler: input.handler,
          Runtime: input.runtime,
          MemorySize: input.memorySize,
          Timeout: input.timeout,
          Environment: { Variables: envToMap(input.environment) },
        }),
      ),
    );
    if (configError) {
      if (configError.code === "conflict" && input.revisionId && !saved.length) return stale();
      return failed(configError);
    }
    saved.push("the settings");

    const desired: Record<string, string> = Object.fromEntries(
      input.tags.map((t) => [t.key, t.value]),
    );
    if (input.team) desired[TEAM_TAG] = input.team;
    const current = before.Tags ?? {};
    const removed = Object.keys(current).filter((k) => !(k in desired));
    const changed = Object.fromEntries(
      Object.entries(desired).filter(([k, v]) => current[k] !== v),
    );
    forgetTags(arn);
    const tagError =
      (removed.length
        ? await step("tags", () =>
            client.send(new UntagResourceCommand({ Resource: arn, TagKeys: removed })),
          )
        : undefined) ??
      (Object.keys(changed).length
        ? await step("tags", () =>
            client.send(new TagResourceCommand({ Resource: arn, Tags: changed })),
          )
        : undefined);
    if (tagError) return failed(tagError);
    return ok(await getFunction(input.name));
  },
});
