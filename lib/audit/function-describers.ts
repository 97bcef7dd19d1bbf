import "server-only";
import type { GetFunctionCommandOutput } from "@aws-sdk/client-lambda";
import type { UpdateConfigurationInput } from "@/lib/schemas/configuration";
import type { CreateFunctionInput } from "@/lib/schemas/create-function";
import { envToMap } from "@/lib/schemas/environment";
import { TEAM_TAG } from "@/lib/schemas/tags";
import { getFunctionRaw } from "@/lib/data/get-function";
import { describer, type AuditDescriber, type AuditDraft } from "./describe";
import { changes, envChanges, maskEnv } from "./mask";

const createFunction = describer<CreateFunctionInput, { name: string }>({
  action: "function.create",
  entries: ({ input }) => [
    {
      action: "function.create",
      functionName: input.name,
      details: {
        runtime: input.runtime,
        handler: input.handler,
        team: input.team || null,
        source: input.source.kind === "zip" ? "zip upload" : `template ${input.source.templateId}`,
        memorySize: input.memorySize,
        timeout: input.timeout,
        environment: maskEnv(envToMap(input.environment)),
      },
    },
  ],
});

/** A new package deployed: its CodeSha256, and where it came from when not the editor. */
const deployed = (source?: string) =>
  describer<{ name: string }, { codeSha256: string; revisionId: string }>({
    action: "function.deploy",
    entries: ({ input, data }) => [
      {
        action: "function.deploy",
        functionName: input.name,
        details: {
          codeSha256: data.codeSha256,
          revisionId: data.revisionId,
          ...(source && { source }),
        },
      },
    ],
  });
const deployFunction = deployed();
const uploadFunctionCode = deployed("zip upload");

const snapshot = (out: GetFunctionCommandOutput) => {
  const c = out.Configuration ?? {};
  const tags = { ...(out.Tags ?? {}) };
  const team = tags[TEAM_TAG] || null;
  delete tags[TEAM_TAG];
  return {
    config: {
      description: c.Description ?? "",
      handler: c.Handler ?? "",
      runtime: c.Runtime ?? "",
      memorySize: c.MemorySize ?? 128,
      timeout: c.Timeout ?? 3,
    },
    env: c.Environment?.Variables ?? {},
    team,
    tags,
    reservedConcurrency: out.Concurrency?.ReservedConcurrentExecutions ?? null,
  };
};

/** One save of the Configuration tab may be a config change, a tag change and a concurrency change. */
const updateFunctionConfiguration = describer<
  UpdateConfigurationInput,
  unknown,
  ReturnType<typeof snapshot>
>({
  action: "function.configure",
  before: async (input) => snapshot(await getFunctionRaw(input.name)),
  entries: ({ input, before }) => {
    const fn = input.name;
    const old = before ?? { config: {}, env: {}, team: null, tags: {}, reservedConcurrency: null };
    const config = changes(old.config, {
      description: input.description,
      handler: input.handler,
      runtime: input.runtime,
      memorySize: input.memorySize,
      timeout: input.timeout,
    });
    const env = envChanges(old.env, envToMap(input.environment));
    const out: AuditDraft[] = [];
    if (Object.keys(config).length || Object.keys(env).length) {
      out.push({
        action: "function.configure",
        functionName: fn,
        details: { ...config, ...(Object.keys(env).length ? { environment: env } : {}) },
      });
    }
    const tags = changes(old.tags, Object.fromEntries(input.tags.map((t) => [t.key, t.value])));
    const team =
      (input.team || null) !== old.team ? { team: { old: old.team, new: input.team || null } } : {};
    if (Object.keys(tags).length || Object.keys(team).length) {
      out.push({
        action: "function.tags",
        functionName: fn,
        details: { ...team, ...(Object.keys(tags).length ? { tags } : {}) },
      });
    }
    if (old.reservedConcurrency !== input.reservedConcurrency) {
      out.push({
        action: "function.concurrency",
        functionName: fn,
        details: {
          reservedConcurrency: { old: old.reservedConcurrency, new: input.reservedConcurrency },
        },
      });
    }
    return out.length
      ? out
      : [{ action: "function.configure", functionName: fn, details: { changes: "none" } }];
  },
});

const deleteFunction = describer<{ name: string }, unknown>({ action: "function.delete" });

/** Keyed by the action's `name` in defineAction. */
export const functionDescribers: Record<string, AuditDescriber<never, never, unknown>> = {
  createFunction,
  deployFunction,
  uploadFunctionCode,
  updateFunctionConfiguration,
  deleteFunction,
} as unknown as Record<string, AuditDescriber<never, never, unknown>>;
