import "server-only";
import { ListFunctionsCommand, type FunctionConfiguration } from "@aws-sdk/client-lambda";
import { lambdaClient } from "@/lib/aws/clients";
import type { FunctionSummary } from "@/lib/functions/types";
import { TEAM_TAG } from "@/lib/schemas/tags";
import { tagsOfMany } from "./tags";

/** Every function, following NextMarker through all pages, with its team tag. */
export async function listFunctions(): Promise<FunctionSummary[]> {
  const configs: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await lambdaClient().send(
      new ListFunctionsCommand({ Marker: marker, MaxItems: 50 }),
    );
    configs.push(...(page.Functions ?? []));
    marker = page.NextMarker;
  } while (marker);

  const tags = await tagsOfMany(configs.flatMap((c) => (c.FunctionArn ? [c.FunctionArn] : [])));
  return configs.map((c) => ({
    name: c.FunctionName ?? "",
    runtime: c.Runtime ?? "",
    memorySize: c.MemorySize ?? 128,
    timeout: c.Timeout ?? 3,
    lastModified: c.LastModified ?? "",
    description: c.Description ?? "",
    team: (c.FunctionArn && tags.get(c.FunctionArn)?.[TEAM_TAG]) || null,
  }));
}
