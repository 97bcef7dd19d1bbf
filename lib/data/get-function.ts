import "server-only";
import { GetFunctionCommand, type GetFunctionCommandOutput } from "@aws-sdk/client-lambda";
import { lambdaClient } from "@/lib/aws/clients";
import type { FunctionDetail } from "@/lib/functions/types";
import { envFromMap } from "@/lib/schemas/environment";
import { TEAM_TAG } from "@/lib/schemas/tags";

/** GetFunction answers configuration, tags, concurrency and the code location in one call. */
export async function getFunctionRaw(name: string): Promise<GetFunctionCommandOutput> {
  return lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
}

export function toDetail(out: GetFunctionCommandOutput): FunctionDetail {
  const c = out.Configuration ?? {};
  const tags = out.Tags ?? {};
  return {
    name: c.FunctionName ?? "",
    arn: c.FunctionArn ?? "",
    runtime: c.Runtime ?? "",
    handler: c.Handler ?? "",
    memorySize: c.MemorySize ?? 128,
    timeout: c.Timeout ?? 3,
    lastModified: c.LastModified ?? "",
    description: c.Description ?? "",
    team: tags[TEAM_TAG] || null,
    revisionId: c.RevisionId ?? "",
    codeSha256: c.CodeSha256 ?? "",
    codeSize: c.CodeSize ?? 0,
    state: c.State ?? "Active",
    stateReason: c.StateReason ?? null,
    lastUpdateStatus: c.LastUpdateStatus ?? "Successful",
    lastUpdateStatusReason: c.LastUpdateStatusReason ?? null,
    environment: envFromMap(c.Environment?.Variables),
    tags: Object.entries(tags)
      .filter(([key]) => key !== TEAM_TAG)
      .map(([key, value]) => ({ key, value })),
    reservedConcurrency: out.Concurrency?.ReservedConcurrentExecutions ?? null,
  };
}

export async function getFunction(name: string): Promise<FunctionDetail> {
  return toDetail(await getFunctionRaw(name));
}

/** The team that owns a function, for permission checks (issue 4). */
export async function teamOfFunction(name: string): Promise<string | undefined> {
  const out = await getFunctionRaw(name).catch(() => undefined);
  return out?.Tags?.[TEAM_TAG] || undefined;
}
