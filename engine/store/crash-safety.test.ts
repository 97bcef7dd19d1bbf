import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip } from "../testing/index.js";

/**
 * DESIGN rule 4: a kill -9 in the middle of code updates and an Event burst leaves every
 * function at its old or new state, and every accepted event still runs after the restart.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-crash-"));
const received = new Set<string>();
const sink = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.add((JSON.parse(body) as { marker: string }).marker);
    res.end();
  });
});
afterAll(() => {
  sink.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "engine/main.ts", "--port", "0", "--data-dir", dataDir],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`engine exited early (${code}): ${out}`)));
  });
}

const code = (version: number, sinkUrl: string) =>
  zip({
    "index.mjs": `export const handler = async (e) => {
  await fetch(${JSON.stringify(sinkUrl)}, { method: "POST", body: JSON.stringify(e) });
  return ${version};
};`,
  });

describe("crash safety", () => {
  it("survives kill -9 during updates and an Event burst", { timeout: 60_000 }, async () => {
    await new Promise<void>((r) => sink.listen(0, "127.0.0.1", r));
    const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/`;
    const { child, url } = await startChild();
    const lambda = new LambdaClient({
      endpoint: url,
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000 },
    });
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "crash",
        Role: TEST_ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: code(0, sinkUrl) },
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const accepted: string[] = [];
    let stop = false;
    const burst = (async () => {
      for (let i = 0; !stop; i++) {
        const marker = `m${i}`;
        try {
          await lambda.send(
            new InvokeCommand({
              FunctionName: "crash",
              InvocationType: "Event",
              Payload: Buffer.from(JSON.stringify({ marker })),
            }),
          );
          accepted.push(marker);
        } catch {
          return;
        }
      }
    })();
    const updates = (async () => {
      for (let v = 1; !stop; v++) {
        try {
          await lambda.send(
            new UpdateFunctionCodeCommand({ FunctionName: "crash", ZipFile: code(v, sinkUrl) }),
          );
        } catch (err) {
          if ((err as Error).name !== "ResourceConflictException") return;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await new Promise((r) => setTimeout(r, 1_500));
    child.kill("SIGKILL");
    stop = true;
    await Promise.all([burst, updates]);
    lambda.destroy();
    expect(accepted.length).toBeGreaterThan(5);
    const t = await startTestEngine({ dataDir });
    try {
      await t.waitReady("crash");
      const got = await t.lambda.send(new GetFunctionCommand({ FunctionName: "crash" }));
      const zipBytes = Buffer.from(await (await fetch(got.Code!.Location!)).arrayBuffer());
      expect(createHash("sha256").update(zipBytes).digest("base64")).toBe(
        got.Configuration!.CodeSha256,
      );
      expect(zipBytes.length).toBe(got.Configuration!.CodeSize);
      const res = await t.lambda.send(
        new InvokeCommand({ FunctionName: "crash", Payload: Buffer.from('{"marker":"sync"}') }),
      );
      expect(res.FunctionError).toBeUndefined();
      const deadline = Date.now() + 20_000;
      while (accepted.some((m) => !received.has(m))) {
        if (Date.now() > deadline) {
          throw new Error(`lost events: ${accepted.filter((m) => !received.has(m)).join(",")}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await t.close({ keepData: true });
    }
  });
});
