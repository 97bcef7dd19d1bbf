import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { getTemplate, listTemplates, loadTemplates, readTemplate, templatesRoot } from "./catalog";
import { templateManifestSchema } from "./schema";

const folders = fs
  .readdirSync(templatesRoot(), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Issue 3, "Create": the templates the gallery must offer.
const required = [
  "hello-world-python",
  "hello-world-nodejs",
  "http-api-nodejs",
  "json-transform-nodejs",
  "webhook-receiver-python",
  "scheduled-job-python",
  "s3-object-processor-python",
  "sqs-batch-processor-nodejs",
  "dynamodb-stream-python",
  "crud-api-nodejs",
  "from-scratch-nodejs",
  "from-scratch-python",
];

describe("template catalog", () => {
  it.each(folders)("%s has a valid manifest whose id is its folder name", (folder) => {
    const raw: unknown = JSON.parse(
      fs.readFileSync(path.join(templatesRoot(), folder, "template.json"), "utf8"),
    );
    const manifest = templateManifestSchema.parse(raw);
    expect(manifest.id).toBe(folder);
  });

  it.each(folders)("%s has its handler file and function in src/", (folder) => {
    const template = getTemplate(folder);
    expect(template).toBeDefined();
    const source = template!.files.find((file) => file.path === template!.handlerFile)!.content;
    const fn = template!.handler.split(".").pop()!;
    const defined = template!.runtime.startsWith("python")
      ? new RegExp(`^def ${fn}\\(event, context\\):`, "m")
      : new RegExp(`^(export const ${fn} =|exports\\.${fn} =)`, "m");
    expect(source).toMatch(defined);
  });

  it("offers at least ten templates across Node.js and Python, with unique ids", () => {
    const summaries = listTemplates();
    expect(summaries.length).toBeGreaterThanOrEqual(10);
    expect(new Set(summaries.map((t) => t.id)).size).toBe(summaries.length);
    expect(summaries.some((t) => t.runtime.startsWith("nodejs"))).toBe(true);
    expect(summaries.some((t) => t.runtime.startsWith("python"))).toBe(true);
    expect(summaries.map((t) => t.id).sort()).toEqual(expect.arrayContaining(required));
  });

  it("has ES module and CommonJS Node.js handlers", () => {
    const nodeFiles = listTemplates()
      .filter((t) => t.runtime.startsWith("nodejs"))
      .map((t) => getTemplate(t.id)!.handlerFile);
    expect(nodeFiles).toContain("index.mjs");
    expect(nodeFiles).toContain("index.js");
  });

  it("lists summaries without files or sample events, starters first", () => {
    const [first] = listTemplates();
    expect(Object.keys(first!).sort()).toEqual(
      [
        "description",
        "handler",
        "id",
        "memorySize",
        "name",
        "runtime",
        "suggestsEndpoint",
        "tags",
        "timeout",
      ].sort(),
    );
    expect(first!.tags).toContain("starter");
  });

  it("returns files relative to the package root, environment defaults, and undefined for unknown ids", () => {
    const webhook = getTemplate("webhook-receiver-python")!;
    expect(webhook.files.map((f) => f.path)).toEqual(["lambda_function.py"]);
    expect(webhook.environment.WEBHOOK_SECRET).toBeTruthy();
    expect(getTemplate("hello-world-nodejs")!.environment).toEqual({});
    expect(getTemplate("no-such-template")).toBeUndefined();
  });
});

describe("broken templates are refused", () => {
  let root: string | undefined;
  afterEach(() => root && fs.rmSync(root, { recursive: true, force: true }));

  const valid = {
    id: "broken",
    name: "Broken",
    description: "d",
    runtime: "python3.13",
    handler: "lambda_function.lambda_handler",
    memorySize: 128,
    timeout: 3,
    tags: ["x"],
    suggestsEndpoint: false,
    sampleEvents: [{ name: "e", event: {}, expect: {} }],
  };

  it.each([
    ["an id other than the folder name", { ...valid, id: "other" }, "must equal its folder name"],
    ["an unknown runtime", { ...valid, runtime: "python2.7" }, "runtime"],
    ["memory above 10240 MB", { ...valid, memorySize: 10241 }, "memorySize"],
    ["a timeout above 900 s", { ...valid, timeout: 901 }, "timeout"],
    ["no sample events", { ...valid, sampleEvents: [] }, "sampleEvents"],
    [
      "a handler file that does not exist",
      { ...valid, handler: "missing.lambda_handler" },
      "missing.py",
    ],
    ["a malformed environment key", { ...valid, environment: { "1BAD": "x" } }, "environment"],
  ])("%s", (_case, manifest, message) => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "templates-"));
    const dir = path.join(root, "broken");
    fs.mkdirSync(path.join(dir, "src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "template.json"), JSON.stringify(manifest));
    fs.writeFileSync(
      path.join(dir, "src", "lambda_function.py"),
      "def lambda_handler(event, context):\n    return 1\n",
    );
    expect(() => readTemplate(dir)).toThrow(message);
    expect(() => loadTemplates(root)).toThrow(message);
  });
});
