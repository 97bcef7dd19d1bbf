import { z } from "zod";

/** Keys Lambda sets itself and refuses in Environment.Variables (Lambda developer guide). */
export const reservedEnvKeys = new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
]);

export const envVarSchema = z.object({
  key: z
    .string()
    .regex(
      /^[a-zA-Z][a-zA-Z0-9_]+$/,
      "Keys start with a letter, have at least 2 characters, and use letters, digits and _.",
    )
    .refine((k) => !reservedEnvKeys.has(k), "Lambda reserves this key."),
  value: z.string(),
});
export type EnvVar = z.infer<typeof envVarSchema>;

/** Lambda's limit: the compact JSON of the map, in bytes, at most 4096. */
export const envSizeBytes = (vars: EnvVar[]) =>
  new TextEncoder().encode(JSON.stringify(Object.fromEntries(vars.map((v) => [v.key, v.value]))))
    .length;

export const envVarsSchema = z.array(envVarSchema).superRefine((vars, ctx) => {
  const seen = new Map<string, number>();
  vars.forEach((v, i) => {
    if (seen.has(v.key)) {
      ctx.addIssue({ code: "custom", path: [i, "key"], message: `“${v.key}” appears twice.` });
    }
    seen.set(v.key, i);
  });
  const size = envSizeBytes(vars);
  if (size > 4096) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: `Environment variables take ${size} bytes; Lambda allows 4096 (4 KB).`,
    });
  }
});

/** Keys whose values the UI masks until revealed. */
export const looksSecret = (key: string) =>
  /(secret|password|passwd|token|api[_-]?key|private|credential|auth|signing)/i.test(key);

export const envToMap = (vars: EnvVar[]) => Object.fromEntries(vars.map((v) => [v.key, v.value]));
export const envFromMap = (map: Record<string, string> | undefined): EnvVar[] =>
  Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
