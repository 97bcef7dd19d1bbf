import { z } from "zod";

/** Runtimes a template may target: the current AWS Node.js and Python runtimes the engine runs. */
export const templateRuntimes = [
  "nodejs20.x",
  "nodejs22.x",
  "nodejs24.x",
  "python3.12",
  "python3.13",
  "python3.14",
] as const;

/** Lambda's `module.function` handler string (Python) or `file.export` (Node.js). */
const handlerPattern = /^[A-Za-z0-9_./-]+\.[A-Za-z_$][\w$]*$/;

/** AWS: environment variable keys start with a letter, then letters, digits and underscores. */
const environmentKeyPattern = /^[a-zA-Z]\w*$/;

export const sampleEventSchema = z.object({
  name: z.string().min(1).max(80),
  event: z.json(),
  /**
   * What invoking the template with `event` returns, as a subset: every key given must match,
   * arrays match element by element with the same length, and where the result's `body` is a
   * JSON string and `expect.body` is an object or array, the parsed body is matched.
   * See `matchesExpectation`.
   */
  expect: z.json(),
});
export type SampleEvent = z.infer<typeof sampleEventSchema>;

export const templateManifestSchema = z.object({
  /** Equals the template's folder name under lib/templates/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
  name: z.string().min(1).max(60),
  description: z.string().min(1).max(300),
  runtime: z.enum(templateRuntimes),
  handler: z.string().regex(handlerPattern).max(128),
  // Limits from CreateFunction: 128–10240 MB, 1–900 s.
  memorySize: z.number().int().min(128).max(10240),
  timeout: z.number().int().min(1).max(900),
  tags: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
  /** Whether the function is meant to sit behind an HTTP endpoint (a function URL). */
  suggestsEndpoint: z.boolean(),
  /** Default environment variables the create form pre-fills (e.g. a webhook secret). */
  environment: z.record(z.string().regex(environmentKeyPattern), z.string()).default({}),
  sampleEvents: z.array(sampleEventSchema).min(1),
});
export type TemplateManifest = z.infer<typeof templateManifestSchema>;
export type TemplateRuntime = TemplateManifest["runtime"];

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  runtime: TemplateRuntime;
  handler: string;
  memorySize: number;
  timeout: number;
  tags: string[];
  suggestsEndpoint: boolean;
}

/** One file of the deployment package; `path` is relative to the zip root, with `/` separators. */
export interface TemplateFile {
  path: string;
  content: string;
}

export interface Template extends TemplateSummary {
  files: TemplateFile[];
  /** The file that holds the handler, e.g. `index.mjs` or `lambda_function.py`. */
  handlerFile: string;
  sampleEvents: SampleEvent[];
  environment: Record<string, string>;
}

/**
 * Files the runtime would load for `handler`, in the order it tries them.
 * Node.js resolves `index.handler` to index.js, index.mjs or index.cjs; Python imports
 * `pkg/mod.fn` as module `pkg.mod`, i.e. pkg/mod.py.
 */
export function handlerFileCandidates(runtime: TemplateRuntime, handler: string): string[] {
  const modulePath = handler.slice(0, handler.lastIndexOf("."));
  if (runtime.startsWith("python")) return [`${modulePath.replaceAll(".", "/")}.py`];
  return [".js", ".mjs", ".cjs"].map((ext) => `${modulePath}${ext}`);
}
