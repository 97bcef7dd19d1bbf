import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateFunctionCommand, InvokeCommand } from "@aws-sdk/client-lambda";
import { afterAll, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

// A data directory inside an ESM project (like `.data/` in this repository) must not turn the
// functions' CommonJS `.js` handlers into ES modules: Lambda's /var/task has no parent package.json.
const project = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-esm-project-"));
fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
let t: TestEngine | undefined;

afterAll(async () => {
  await t?.close();
  fs.rmSync(project, { recursive: true, force: true });
});

it.each([true, false])(
  "runs a CommonJS handler under an ESM project (sandbox %s)",
  async (sandbox) => {
    await t?.close();
    t = await startTestEngine({ sandbox, dataDir: path.join(project, ".data", String(sandbox)) });
    await t.lambda.send(
      new CreateFunctionCommand({
        FunctionName: "cjs",
        Role: TEST_ROLE,
        Runtime: "nodejs22.x",
        Handler: "index.handler",
        Code: {
          ZipFile: zip({ "index.js": "exports.handler = async () => ({ ok: typeof require });" }),
        },
      }),
    );
    await t.waitReady("cjs");
    const out = await t.lambda.send(new InvokeCommand({ FunctionName: "cjs" }));
    expect(out.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ ok: "function" });
  },
);
