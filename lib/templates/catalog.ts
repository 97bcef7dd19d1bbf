import fs from "node:fs";
import path from "node:path";

import {
  handlerFileCandidates,
  templateManifestSchema,
  type Template,
  type TemplateFile,
  type TemplateSummary,
} from "./schema";

/**
 * Templates are folders of real files (DESIGN rule 6): `lib/templates/<id>/template.json`
 * plus `src/`, the root of the deployment package. They are read from the working directory
 * (`next start` and vitest both run from the repo root), lazily and once per process.
 */
const MANIFEST = "template.json";
const SOURCE_DIR = "src";
// Build and editor droppings never belong in a package.
const IGNORED = new Set(["__pycache__", "node_modules", ".DS_Store"]);

let cache: Map<string, Template> | undefined;

export function templatesRoot(): string {
  return path.join(process.cwd(), "lib", "templates");
}

/** Every template, starters first, then by name and runtime. */
export function listTemplates(): TemplateSummary[] {
  return [...loadTemplates().values()].map(toSummary).sort(byGalleryOrder);
}

export function getTemplate(id: string): Template | undefined {
  return loadTemplates().get(id);
}

/** Reads and validates every template under `root`; throws on the first broken one. */
export function loadTemplates(root = templatesRoot()): Map<string, Template> {
  if (cache && root === templatesRoot()) return cache;
  const templates = new Map<string, Template>();
  // Read at run time from the working directory, not bundled: the ignore comments keep
  // `next build`'s file tracer from following `root` into the whole project.
  for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !fs.existsSync(path.join(root, entry.name, MANIFEST))) continue;
    const template = readTemplate(path.join(/*turbopackIgnore: true*/ root, entry.name));
    templates.set(template.id, template);
  }
  if (root === templatesRoot()) cache = templates;
  return templates;
}

export function readTemplate(dir: string): Template {
  const folder = path.basename(dir);
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8"));
  const parsed = templateManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Template ${folder}: invalid ${MANIFEST}: ${parsed.error.message}`);
  }
  const manifest = parsed.data;
  if (manifest.id !== folder)
    throw new Error(`Template ${folder}: id "${manifest.id}" must equal its folder name`);

  const files = readFiles(path.join(dir, SOURCE_DIR));
  const candidates = handlerFileCandidates(manifest.runtime, manifest.handler);
  const handlerFile = candidates.find((candidate) => files.some((file) => file.path === candidate));
  if (!handlerFile)
    throw new Error(
      `Template ${folder}: handler ${manifest.handler} needs one of ${candidates.join(", ")}`,
    );

  return { ...manifest, files, handlerFile };
}

function readFiles(dir: string, prefix = ""): TemplateFile[] {
  const files: TemplateFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...readFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile())
      files.push({ path: relative, content: fs.readFileSync(path.join(dir, entry.name), "utf8") });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function toSummary(template: Template): TemplateSummary {
  const { id, name, description, runtime, handler, memorySize, timeout, tags, suggestsEndpoint } =
    template;
  return { id, name, description, runtime, handler, memorySize, timeout, tags, suggestsEndpoint };
}

function byGalleryOrder(a: TemplateSummary, b: TemplateSummary): number {
  const starter = Number(b.tags.includes("starter")) - Number(a.tags.includes("starter"));
  return starter || a.name.localeCompare(b.name) || a.runtime.localeCompare(b.runtime);
}
