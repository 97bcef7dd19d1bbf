import {
  CreateFunctionCommand,
  GetAccountSettingsCommand,
  InvokeCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

/**
 * Issue 2's fault tests through the real SDK and engine: after each fault the engine still
 * answers and the function's next invoke works.
 */
const HANDLER = `
exports.handler = async (event) => {
  switch (event.fault) {
    case "throw": throw new Error("thrown");
    case "exit": process.exit(1);
    case "loop": for (;;) {}
    case "alloc": { const keep = []; for (;;) keep.push(Buffer.alloc(1 << 20, 1)); }
    case "print": { const line = "p".repeat(1023); for (let i = 0; i < 4096; i++) console.log(line); return "printed"; }
    case "garbage": { const b = Buffer.alloc(256 << 10); for (let i = 0; i < b.length; i++) b[i] = (i * 131) & 255; process.stdout.write(b); return "garbage"; }
    case "crash": setTimeout(() => process.abort(), 5); await new Promise((r) => setTimeout(r, 2000)); return "no";
  }
  return "ok";
};`;

let t: TestEngine;
const dec = new TextDecoder();

beforeAll(async () => {
  t = await startTestEngine();
  await t.lambda.send(
    new CreateFunctionCommand({
      FunctionName: "faults",
      Runtime: "nodejs20.x",
      Role: TEST_ROLE,
      Handler: "index.handler",
      Timeout: 2,
      MemorySize: 128,
      Code: { ZipFile: zip({ "index.js": HANDLER }) },
    }),
  );
  await t.waitReady("faults");
});
afterAll(() => t?.close());

const invoke = (event: unknown) =>
  t.lambda.send(
    new InvokeCommand({ FunctionName: "faults", Payload: Buffer.from(JSON.stringify(event)) }),
  );

describe("fault tests through the SDK", () => {
  it.each([
    ["throw", "Error", true],
    ["exit", "Runtime.ExitError", true],
    ["loop", "Sandbox.Timedout", true],
    ["alloc", "Runtime.OutOfMemory", true],
    ["print", undefined, false],
    ["garbage", undefined, false],
    ["crash", "Runtime.ExitError", true],
  ])("%s: the engine answers and the next invoke works", async (fault, errorType, failed) => {
    const r = await invoke({ fault });
    expect(r.StatusCode).toBe(200);
    expect(r.FunctionError).toBe(failed ? "Unhandled" : undefined);
    if (errorType) expect(JSON.parse(dec.decode(r.Payload)).errorType).toBe(errorType);
    await t.lambda.send(new GetAccountSettingsCommand({}));
    const next = await invoke({});
    expect(next.FunctionError).toBeUndefined();
    expect(dec.decode(next.Payload)).toBe('"ok"');
  });
});
