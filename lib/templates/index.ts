import "server-only";

// The loader itself lives in catalog.ts, free of "server-only", so vitest can import it.
export { getTemplate, listTemplates } from "./catalog";
export { matchesExpectation, mismatch } from "./expect";
export {
  templateManifestSchema,
  type SampleEvent,
  type Template,
  type TemplateFile,
  type TemplateManifest,
  type TemplateRuntime,
  type TemplateSummary,
} from "./schema";
