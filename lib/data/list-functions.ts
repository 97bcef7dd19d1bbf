import "server-only";
import { ListFunctionsCommand, type FunctionConfiguration } from "@aws-sdk/client-lambda";
import { lambdaClient } from "@/lib/aws/clients";
import type { FunctionSummary } from "@/lib/functions/types";
import { TEAM_TAG } from "@/lib/schemas/tags";
import { cachedTags, tagsOfMany } from "./tags";

/** Every function configuration, following NextMarker through all pages. */
async function listConfigurations(): Promise<FunctionConfiguration[]> {
  const configs: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await lambdaClient().send(
      new ListFunctionsCommand({ Marker: marker, MaxItems: 50 }),
    );
    configs.push(...(page.Functions ?? []));
    marker = page.NextMarker;
  } while (marker);
  return configs;
}

/**
 * The list, fast: ListFunctions carries no tags, so the team comes from the tag cache when known
 * and is left undefined otherwise; the client then asks `listFunctionTeams` for the rest.
 */
export async function listFunctions(): Promise<FunctionSummary[]> {
  return (await listConfigurations()).map((c) => {
    const tags = c.FunctionArn ? cachedTags(c.FunctionArn) : undefined;
    return {
      name: c.FunctionName ?? "",
      runtime: c.Runtime ?? "",
      memorySize: c.MemorySize ?? 128,
      timeout: c.Timeout ?? 3,
      lastModified: c.LastModified ?? "",
      description: c.Description ?? "",
      team: tags ? tags[TEAM_TAG] || null : undefined,
    };
  });
}

/** name → team (null when unassigned) for every function, one ListTags each, cached. */
export async function listFunctionTeams(): Promise<Record<string, string | null>> {
  const configs = await listConfigurations();
  const tags = await tagsOfMany(configs.flatMap((c) => (c.FunctionArn ? [c.FunctionArn] : [])));
  return Object.fromEntries(
    configs.map((c) => [
      c.FunctionName ?? "",
      (c.FunctionArn && tags.get(c.FunctionArn)?.[TEAM_TAG]) || null,
    ]),
  );
}
