import { describe, expect, it } from "vitest";
import { configurationFormSchema } from "./configuration";
import { createFunctionSchema } from "./create-function";
import { deployCodeSchema } from "./deploy";
import { fileAbove, packagePathProblem, underFileMessage } from "@/lib/functions/package-path";
import { envVarsSchema, looksSecret } from "./environment";
import { errorsOf } from "./field-errors";
import { functionNameSchema, memorySchema, timeoutSchema } from "./function";
import { tagsSchema } from "./tags";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? undefined : r.error?.issues[0]?.message;

describe("function name (CreateFunction rules)", () => {
  it.each([
    ["my-function_1", undefined],
    ["a".repeat(64), undefined],
    ["a".repeat(65), "Function names have at most 64 characters."],
    ["", "Enter a function name."],
    ["my function", "Use only letters, numbers, hyphens (-) and underscores (_)."],
    ["fn:alias", "Use only letters, numbers, hyphens (-) and underscores (_)."],
    ["über", "Use only letters, numbers, hyphens (-) and underscores (_)."],
  ])("%j → %s", (name, message) => {
    expect(firstMessage(functionNameSchema.safeParse(name))).toBe(message);
  });
});

describe("memory and timeout limits", () => {
  it.each([
    [memorySchema, "128", undefined],
    [memorySchema, 10240, undefined],
    [memorySchema, 127, "Memory must be at least 128 MB."],
    [memorySchema, 10241, "Memory must be at most 10240 MB."],
    [memorySchema, "12.5", "Memory is a whole number of MB."],
    [timeoutSchema, 1, undefined],
    [timeoutSchema, 900, undefined],
    [timeoutSchema, 0, "Timeout must be at least 1 second."],
    [timeoutSchema, 901, "Timeout must be at most 900 seconds (15 minutes)."],
  ] as const)("%#: %s", (schema, value, message) => {
    expect(firstMessage(schema.safeParse(value))).toBe(message);
  });
});

describe("environment variables", () => {
  it("accepts Lambda-valid keys", () => {
    expect(
      envVarsSchema.safeParse([
        { key: "API_URL", value: "x" },
        { key: "ab", value: "" },
      ]).success,
    ).toBe(true);
  });
  it.each([
    [[{ key: "A", value: "" }], "0.key"],
    [[{ key: "1ABC", value: "" }], "0.key"],
    [[{ key: "AWS_REGION", value: "x" }], "0.key"],
    [
      [
        { key: "DUP", value: "1" },
        { key: "DUP", value: "2" },
      ],
      "1.key",
    ],
  ])("refuses %j at %s", (vars, path) => {
    const r = envVarsSchema.safeParse(vars);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
  it("counts the 4 KB limit like Lambda: compact JSON bytes, 4096 allowed", () => {
    // {"K":"…"} is 8 bytes of framing around the value.
    const exactly = [{ key: "KK", value: "v".repeat(4096 - 9) }];
    expect(envVarsSchema.safeParse(exactly).success).toBe(true);
    const over = [{ key: "KK", value: "v".repeat(4096 - 8) }];
    expect(firstMessage(envVarsSchema.safeParse(over))).toMatch(/4097 bytes; Lambda allows 4096/);
  });
  it.each([
    ["DB_PASSWORD", true],
    ["STRIPE_API_KEY", true],
    ["GITHUB_TOKEN", true],
    ["WEBHOOK_SECRET", true],
    ["LOG_LEVEL", false],
    ["TABLE_NAME", false],
  ])("%s looks secret: %s", (key, secret) => {
    expect(looksSecret(key)).toBe(secret);
  });
});

describe("tags", () => {
  it.each([
    [[{ key: "aws:cost", value: "x" }], "The aws: prefix is reserved by AWS."],
    [[{ key: "team", value: "x" }], "Set the team with the Team field."],
    [[{ key: "", value: "x" }], "Enter a tag key."],
    [
      Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: "" })),
      "A function can have at most 50 tags, the team tag included.",
    ],
  ])("%#: refuses with %s", (tags, message) => {
    expect(firstMessage(tagsSchema.safeParse(tags))).toBe(message);
  });
});

describe("form schemas", () => {
  const base = {
    name: "fn",
    runtime: "nodejs22.x",
    handler: "index.handler",
    memorySize: "256",
    timeout: "3",
    team: "",
    description: "",
    environment: [],
  };
  it("coerces numbers typed in inputs", () => {
    const r = createFunctionSchema.safeParse({
      ...base,
      source: { kind: "template", templateId: "x" },
    });
    expect(r.success && r.data.memorySize).toBe(256);
  });
  it("needs a source", () => {
    expect(createFunctionSchema.safeParse(base).success).toBe(false);
  });
  it("treats empty reserved concurrency as unreserved (null) and refuses negatives", () => {
    const cfg = {
      description: "",
      handler: "i.h",
      runtime: "python3.12",
      memorySize: 128,
      timeout: 3,
      environment: [],
      team: "",
      tags: [],
    };
    expect(configurationFormSchema.safeParse({ ...cfg, reservedConcurrency: null }).success).toBe(
      true,
    );
    expect(
      firstMessage(configurationFormSchema.safeParse({ ...cfg, reservedConcurrency: -1 })),
    ).toBe("Reserved concurrency cannot be negative.");
  });
  it.each(["../etc/passwd", "/abs.js", "a//b.js", "a\\b.js"])(
    "deploy refuses the path %s",
    (path) => {
      const r = deployCodeSchema.safeParse({
        name: "fn",
        revisionId: "r",
        files: [{ path, content: "" }],
        keep: [],
      });
      expect(r.success).toBe(false);
    },
  );
});

describe("package paths (Code tab dialogs and deploy)", () => {
  it.each([
    ["", "Enter a file name."],
    ["x".repeat(1025), "Use at most 1024 characters."],
    ["../a.js", "Use a relative path like src/util.js (no .. or empty segments)."],
  ])("the dialog and the deploy schema give the same message for %j", (path, message) => {
    expect(packagePathProblem(path)).toBe(message);
    const r = deployCodeSchema.safeParse({ name: "fn", revisionId: "r", files: [], keep: [path] });
    expect(firstMessage(r)).toBe(message);
  });
  it.each(["index.mjs", "src/util.js", ".env", "a/.b/c"])("accepts %s", (path) => {
    expect(packagePathProblem(path)).toBeUndefined();
  });
  it("finds the file a path would sit inside", () => {
    expect(fileAbove("index.mjs/x.js", ["index.mjs"])).toBe("index.mjs");
    expect(fileAbove("a/b/c.js", ["a/b", "z"])).toBe("a/b");
    expect(fileAbove("a/b.js", ["a/c.js", "a"])).toBe("a");
    expect(fileAbove("index.mjs", ["index.mjs"])).toBeUndefined();
    expect(fileAbove("src/util.js", ["src/index.js", "srcx"])).toBeUndefined();
  });
  it("refuses a deploy with a file under another file, as the dialogs do", () => {
    const r = deployCodeSchema.safeParse({
      name: "fn",
      revisionId: "r",
      files: [
        { path: "index.mjs", content: "" },
        { path: "index.mjs/x.js", content: "" },
      ],
      keep: [],
    });
    expect(firstMessage(r)).toBe(underFileMessage("index.mjs"));
    const kept = deployCodeSchema.safeParse({
      name: "fn",
      revisionId: "r",
      files: [{ path: "lib/a.js", content: "" }],
      keep: ["lib"],
    });
    expect(firstMessage(kept)).toBe(underFileMessage("lib"));
  });
});

describe("errorsOf", () => {
  it("collects a field's messages and its items', once each", () => {
    const errors = {
      teams: ["Too many teams."],
      "teams.0": ["Use letters…"],
      "teams.2": ["Use letters…"],
      teamsExtra: ["not this one"],
    };
    expect(errorsOf(errors, "teams")).toEqual(["Too many teams.", "Use letters…"]);
    expect(errorsOf(errors, "email")).toBeUndefined();
    expect(errorsOf(undefined, "teams")).toBeUndefined();
  });
});
