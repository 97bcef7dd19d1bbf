import { CreateFunctionCommand, InvokeCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../engine/testing/index.js";
import { getTemplate, listTemplates } from "../lib/templates/catalog";
import { mismatch } from "../lib/templates/expect";
import type { Template } from "../lib/templates/schema";

/**
 * DESIGN rule 6 and issue 3, Checks: every template is deployed to the real engine with
 * CreateFunction (its src/ files as the zip root, its manifest's settings and environment) and
 * invoked with each of its sample events; the result must carry no FunctionError and match the
 * manifest's `expect`.
 */
const templates = listTemplates().map((summary) => getTemplate(summary.id)!);

let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
});

afterAll(async () => {
  await t?.close();
});

function packageOf(template: Template): Uint8Array {
  return zip(Object.fromEntries(template.files.map((file) => [file.path, file.content])));
}

describe.each(templates)("template $id ($runtime)", (template) => {
  const functionName = `template-${template.id}`;

  beforeAll(async () => {
    await t.lambda.send(
      new CreateFunctionCommand({
        FunctionName: functionName,
        Role: TEST_ROLE,
        Runtime: template.runtime,
        Handler: template.handler,
        MemorySize: template.memorySize,
        Timeout: template.timeout,
        Description: template.description,
        Environment: { Variables: template.environment },
        Code: { ZipFile: packageOf(template) },
      }),
    );
    await t.waitReady(functionName);
  });

  it.each(template.sampleEvents)("returns the documented output for $name", async (sample) => {
    const result = await t.lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        Payload: new TextEncoder().encode(JSON.stringify(sample.event)),
      }),
    );
    const text = new TextDecoder().decode(result.Payload);
    expect(result.StatusCode).toBe(200);
    expect(result.FunctionError, text).toBeUndefined();
    expect(mismatch(JSON.parse(text), sample.expect), text).toBeUndefined();
  });
});
