import {
  CreateFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  LambdaClient,
} from "@aws-sdk/client-lambda";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestEngine, type TestEngine } from "../engine/testing/index.js";
import { listTemplates, getTemplate } from "../lib/templates/catalog";
import { mismatch } from "../lib/templates/expect";
import type { Template } from "../lib/templates/schema";

/**
 * DESIGN rule 6 and issue 3, Checks: every template is deployed to the real engine with
 * CreateFunction (its files zipped as the package root, its manifest's settings) and invoked
 * with each of its sample events; the result must carry no FunctionError and match `expect`.
 */
const ROLE = "arn:aws:iam::000000000000:role/lambda-role";
const templates = listTemplates().map((summary) => getTemplate(summary.id)!);

let engine: TestEngine;
let lambda: LambdaClient;

beforeAll(async () => {
  engine = await startTestEngine();
  lambda = new LambdaClient({
    endpoint: engine.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 20_000 },
  });
});

afterAll(async () => {
  lambda?.destroy();
  await engine?.close();
});

function packageOf(template: Template): Uint8Array {
  return zipSync(Object.fromEntries(template.files.map((file) => [file.path, strToU8(file.content)])));
}

async function waitUntilActive(name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
    if (config.State === "Active" && config.LastUpdateStatus !== "InProgress") return;
    if (config.State === "Failed") throw new Error(`${name}: ${config.StateReason}`);
    if (Date.now() > deadline) throw new Error(`${name} is still ${config.State}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(templates)("template $id ($runtime)", (template) => {
  const functionName = `template-${template.id}`;

  beforeAll(async () => {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: functionName,
        Role: ROLE,
        Runtime: template.runtime,
        Handler: template.handler,
        MemorySize: template.memorySize,
        Timeout: template.timeout,
        Description: template.description,
        Environment: { Variables: template.environment },
        Code: { ZipFile: packageOf(template) },
      }),
    );
    await waitUntilActive(functionName);
  });

  it.each(template.sampleEvents)("returns the documented output for '$name'", async (sample) => {
    const result = await lambda.send(
      new InvokeCommand({ FunctionName: functionName, Payload: strToU8(JSON.stringify(sample.event)) }),
    );
    const text = new TextDecoder().decode(result.Payload);
    expect(result.StatusCode).toBe(200);
    expect(result.FunctionError, text).toBeUndefined();
    expect(mismatch(JSON.parse(text), sample.expect), text).toBeUndefined();
  });
});
