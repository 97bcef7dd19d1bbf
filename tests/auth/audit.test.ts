import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestEngine, type TestEngine } from "../../engine/testing/test-engine";
import { signInHeaders, makeTempDataDir } from "./harness";

const data = makeTempDataDir();
let engine: TestEngine;
let dev: Headers;
let viewer: Headers;

const { withRequestHeaders } = await import("@/lib/auth/request-headers");
const { createUser } = await import("@/lib/auth/users");
const { listAudit } = await import("@/lib/audit/store");
const { createFunction } = await import("@/lib/actions/create-function");
const { deployFunction } = await import("@/lib/actions/deploy-function");
const { uploadFunctionCode } = await import("@/lib/actions/upload-function-code");
const { buildPackage, textEntry } = await import("@/lib/zip/package");
const { updateFunctionConfiguration } = await import("@/lib/actions/update-function-configuration");

beforeAll(async () => {
  engine = await startTestEngine();
  process.env.FUNCTIONARY_ENGINE_URL = engine.url;
  await createUser({
    email: "dev@example.com",
    password: "dev password",
    role: "developer",
    teams: ["alpha"],
  });
  await createUser({
    email: "viewer@example.com",
    password: "viewer password",
    role: "viewer",
    teams: [],
  });
  dev = await signInHeaders("dev@example.com", "dev password");
  viewer = await signInHeaders("viewer@example.com", "viewer password");
}, 60_000);
/** A hello-world function of team alpha, created through the console's action as the developer. */
const createAsDev = (name: string, environment: Array<{ key: string; value: string }> = []) =>
  withRequestHeaders(dev, () =>
    createFunction({
      name,
      runtime: "nodejs20.x",
      handler: "index.handler",
      memorySize: 128,
      timeout: 3,
      team: "alpha",
      description: "",
      environment,
      source: { kind: "template", templateId: "hello-world-nodejs" },
    }),
  );

afterAll(async () => {
  await engine?.close();
  data.cleanup();
});

it("records create, deploy (CodeSha256), config/tag/concurrency changes with secrets masked, and refusals", async () => {
  const name = "audited";
  const created = await createAsDev(name, [{ key: "DB_PASSWORD", value: "hunter2" }]);
  expect(created.ok).toBe(true);
  await engine.waitReady(name);
  const revisionId = (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name })))
    .Configuration!.RevisionId!;
  const deployed = await withRequestHeaders(dev, () =>
    deployFunction({
      name,
      revisionId,
      files: [{ path: "index.mjs", content: "export const handler = async () => 2;" }],
      keep: [],
    }),
  );
  expect(deployed.ok).toBe(true);
  await engine.waitReady(name);
  const after = (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name })))
    .Configuration!;
  const configured = await withRequestHeaders(dev, () =>
    updateFunctionConfiguration({
      name,
      revisionId: after.RevisionId,
      description: "now audited",
      handler: "index.handler",
      runtime: "nodejs20.x",
      memorySize: 256,
      timeout: 3,
      environment: [
        { key: "DB_PASSWORD", value: "correct horse" },
        { key: "MODE", value: "fast" },
      ],
      team: "alpha",
      tags: [{ key: "env", value: "prod" }],
      reservedConcurrency: 3,
    }),
  );
  expect(configured.ok, JSON.stringify(configured)).toBe(true);
  const refused = await withRequestHeaders(viewer, () =>
    deployFunction({ name, revisionId: "x", files: [], keep: [] }),
  );
  expect(refused.ok).toBe(false);

  const entries = listAudit({ fn: name }).reverse();
  expect(entries.map((e) => [e.action, e.actor, e.result])).toEqual([
    ["function.create", "dev@example.com", "ok"],
    ["function.deploy", "dev@example.com", "ok"],
    ["function.configure", "dev@example.com", "ok"],
    ["function.tags", "dev@example.com", "ok"],
    ["function.concurrency", "dev@example.com", "ok"],
    ["function.deploy", "viewer@example.com", "forbidden"],
  ]);
  expect(entries[1]!.details).toMatchObject({ codeSha256: after.CodeSha256 });
  expect(entries[2]!.details).toEqual({
    description: { old: "", new: "now audited" },
    memorySize: { old: 128, new: 256 },
    environment: {
      DB_PASSWORD: { old: "••••••", new: "••••••" },
      MODE: { old: null, new: "fast" },
    },
  });
  expect(entries[3]!.details).toEqual({ tags: { env: { old: null, new: "prod" } } });
  expect(entries[4]!.details).toEqual({ reservedConcurrency: { old: null, new: 3 } });
  expect(JSON.stringify(listAudit({}))).not.toMatch(/hunter2|correct horse/);
});

it("records an uploaded .zip as a deploy with its CodeSha256, and refuses a stale RevisionId", async () => {
  const name = "audited-upload";
  const created = await createAsDev(name);
  expect(created.ok).toBe(true);
  await engine.waitReady(name);
  const revisionId = (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name })))
    .Configuration!.RevisionId!;
  const zipBase64 = Buffer.from(
    buildPackage([textEntry("index.mjs", "export const handler = async () => 'uploaded';")]),
  ).toString("base64");
  const uploaded = await withRequestHeaders(dev, () =>
    uploadFunctionCode({ name, revisionId, zipBase64 }),
  );
  expect(uploaded.ok, JSON.stringify(uploaded)).toBe(true);
  const stale = await withRequestHeaders(dev, () =>
    uploadFunctionCode({ name, revisionId, zipBase64 }),
  );
  expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
  const notZip = await withRequestHeaders(dev, () =>
    uploadFunctionCode({
      name,
      revisionId,
      zipBase64: Buffer.from("not a zip").toString("base64"),
    }),
  );
  expect(notZip).toMatchObject({ ok: false, error: { code: "invalid_input" } });

  await engine.waitReady(name);
  const after = (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name })))
    .Configuration!;
  const deploys = listAudit({ fn: name }).filter((e) => e.action === "function.deploy");
  expect(deploys.map((e) => e.result)).toEqual(expect.arrayContaining(["ok"]));
  expect(deploys.find((e) => e.result === "ok")!.details).toMatchObject({
    codeSha256: after.CodeSha256,
    source: "zip upload",
  });
});

it("changes nothing when AWS refuses the reserved concurrency, and nothing on a stale form", async () => {
  const name = "audited-partial";
  expect((await createAsDev(name)).ok).toBe(true);
  await engine.waitReady(name);
  const config = async () =>
    (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!;
  const base = {
    name,
    description: "",
    handler: "index.handler",
    runtime: "nodejs20.x" as const,
    timeout: 3,
    environment: [],
    team: "alpha",
    tags: [],
  };
  const overLimit = await withRequestHeaders(dev, () =>
    updateFunctionConfiguration({
      ...base,
      revisionId: undefined,
      memorySize: 512,
      // The account has 1,000; at least 100 must stay unreserved (facts §1.7).
      reservedConcurrency: 950,
    }),
  );
  expect(overLimit.ok).toBe(false);
  if (overLimit.ok) return;
  expect(overLimit.error.saved).toBeUndefined();
  expect(overLimit.error.fieldErrors?.reservedConcurrency?.[0]).toMatch(/minimum value of \[100\]/);
  expect((await config()).MemorySize).toBe(128);

  const stale = await withRequestHeaders(dev, () =>
    updateFunctionConfiguration({
      ...base,
      revisionId: "not-the-current-revision",
      memorySize: 256,
      reservedConcurrency: 5,
    }),
  );
  expect(stale.ok).toBe(false);
  if (stale.ok) return;
  expect(stale.error.code).toBe("conflict");
  const after = await engine.lambda.send(new GetFunctionCommand({ FunctionName: name }));
  expect(after.Configuration!.MemorySize).toBe(128);
  expect(after.Concurrency?.ReservedConcurrentExecutions).toBeUndefined();
});
