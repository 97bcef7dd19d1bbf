import {
  CreateAliasCommand,
  CreateFunctionCommand,
  InvokeCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

let t: TestEngine;
const ECHO = `
let calls = 0;
exports.handler = async (event, context) => {
  calls++;
  if (event && event.fail) throw new Error("asked to fail");
  console.log("echoing", JSON.stringify(event));
  return { event, calls, arn: context.invokedFunctionArn, version: context.functionVersion,
    clientContext: context.clientContext ?? null, marker: MARKER };
};`;
const pkg = (marker: string) =>
  zip({ "index.js": `const MARKER = ${JSON.stringify(marker)};${ECHO}` });
const decode = (p: Uint8Array | undefined) => JSON.parse(Buffer.from(p ?? []).toString("utf8"));

beforeAll(async () => {
  t = await startTestEngine({ eventRetryDelaysMs: [50, 50] });
  await t.lambda.send(
    new CreateFunctionCommand({
      FunctionName: "echo",
      Role: TEST_ROLE,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: { ZipFile: pkg("v1") },
      Publish: true,
    }),
  );
  await t.waitReady("echo");
});
afterAll(async () => {
  await t?.close();
});

describe("Invoke (RequestResponse)", () => {
  it("echoes the event, reuses the warm environment and reports the version", async () => {
    const first = await t.lambda.send(
      new InvokeCommand({ FunctionName: "echo", Payload: Buffer.from('{"a":1}') }),
    );
    expect(first.StatusCode).toBe(200);
    expect(first.ExecutedVersion).toBe("$LATEST");
    expect(first.FunctionError).toBeUndefined();
    const body = decode(first.Payload);
    expect(body).toMatchObject({ event: { a: 1 }, marker: "v1", version: "$LATEST" });
    expect(body.arn).toBe("arn:aws:lambda:us-east-1:000000000000:function:echo");
    const second = decode(
      (await t.lambda.send(new InvokeCommand({ FunctionName: "echo" }))).Payload,
    );
    expect(second.event).toEqual({});
    expect(second.calls).toBe(body.calls + 1);
  });

  it("returns Unhandled function errors with 200", async () => {
    const res = await t.lambda.send(
      new InvokeCommand({ FunctionName: "echo", Payload: Buffer.from('{"fail":true}') }),
    );
    expect(res.StatusCode).toBe(200);
    expect(res.FunctionError).toBe("Unhandled");
    expect(decode(res.Payload)).toMatchObject({
      errorType: "Error",
      errorMessage: "asked to fail",
    });
  });

  it("tails the log with START, END and REPORT lines", async () => {
    const res = await t.lambda.send(
      new InvokeCommand({ FunctionName: "echo", LogType: "Tail", Payload: Buffer.from('{"t":1}') }),
    );
    const log = Buffer.from(res.LogResult ?? "", "base64").toString("utf8");
    expect(log).toMatch(/START RequestId: [0-9a-f-]+ Version: \$LATEST/);
    expect(log).toContain("echoing");
    expect(log).toMatch(/REPORT RequestId: [0-9a-f-]+\tDuration: /);
  });

  it.each([
    ["padded", (b64: string) => b64],
    ["unpadded", (b64: string) => b64.replace(/=+$/, "")],
  ])("passes the client context (base64 %s)", async (_, shape) => {
    // 22 bytes of JSON: its base64 ends in "==", so the two shapes differ.
    const json = JSON.stringify({ custom: { k: "vvv" } });
    const ctx = shape(Buffer.from(json).toString("base64"));
    const res = await t.lambda.send(
      new InvokeCommand({ FunctionName: "echo", ClientContext: ctx }),
    );
    expect(decode(res.Payload).clientContext).toMatchObject({ custom: { k: "vvv" } });
  });

  it("runs a version by qualifier and an alias by weight", async () => {
    await t.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: "echo", ZipFile: pkg("v2") }),
    );
    await t.waitReady("echo");
    await t.lambda.send(new PublishVersionCommand({ FunctionName: "echo" }));
    const latest = decode(
      (await t.lambda.send(new InvokeCommand({ FunctionName: "echo" }))).Payload,
    );
    expect(latest.marker).toBe("v2");
    const v1 = await t.lambda.send(new InvokeCommand({ FunctionName: "echo", Qualifier: "1" }));
    expect(v1.ExecutedVersion).toBe("1");
    expect(decode(v1.Payload)).toMatchObject({ marker: "v1", version: "1" });
    await t.lambda.send(
      new CreateAliasCommand({
        FunctionName: "echo",
        Name: "canary",
        FunctionVersion: "1",
        RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } },
      }),
    );
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const r = await t.lambda.send(
        new InvokeCommand({ FunctionName: "echo", Qualifier: "canary" }),
      );
      seen.add(r.ExecutedVersion!);
      expect(decode(r.Payload).arn).toBe(
        "arn:aws:lambda:us-east-1:000000000000:function:echo:canary",
      );
    }
    expect([...seen].sort()).toEqual(["1", "2"]);
  });

  it("throttles with 429 when reserved concurrency is 0", async () => {
    await t.lambda.send(
      new CreateFunctionCommand({
        FunctionName: "blocked",
        Role: TEST_ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: pkg("b") },
      }),
    );
    await t.waitReady("blocked");
    await t.lambda.send(
      new PutFunctionConcurrencyCommand({
        FunctionName: "blocked",
        ReservedConcurrentExecutions: 0,
      }),
    );
    const err = await t.lambda
      .send(new InvokeCommand({ FunctionName: "blocked" }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "TooManyRequestsException",
      Reason: "ReservedFunctionConcurrentInvocationLimitExceeded",
      $metadata: { httpStatusCode: 429 },
    });
  });
});

describe("Invoke (Event)", () => {
  it("runs accepted events in the background and retries function errors twice", async () => {
    const received: Array<{ marker: string; fail?: boolean }> = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push(JSON.parse(body) as { marker: string });
        res.end("ok");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      await t.lambda.send(
        new CreateFunctionCommand({
          FunctionName: "sink",
          Role: TEST_ROLE,
          Runtime: "nodejs20.x",
          Handler: "index.handler",
          Environment: { Variables: { SINK_URL: `http://127.0.0.1:${port}/` } },
          Code: {
            ZipFile: zip({
              "index.mjs": `export const handler = async (e) => {
  await fetch(process.env.SINK_URL, { method: "POST", body: JSON.stringify(e) });
  if (e.fail) throw new Error("retry me");
  return "ok";
};`,
            }),
          },
        }),
      );
      await t.waitReady("sink");
      for (const event of [{ marker: "ok" }, { marker: "bad", fail: true }]) {
        const res = await t.lambda.send(
          new InvokeCommand({
            FunctionName: "sink",
            InvocationType: "Event",
            Payload: Buffer.from(JSON.stringify(event)),
          }),
        );
        expect(res.StatusCode).toBe(202);
      }
      const deadline = Date.now() + 15_000;
      while (
        received.filter((r) => r.marker === "bad").length < 3 ||
        !received.some((r) => r.marker === "ok")
      ) {
        if (Date.now() > deadline)
          throw new Error(`events did not run: ${JSON.stringify(received)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      await new Promise((r) => setTimeout(r, 300));
      // One attempt for the success, three (first try + two retries) for the failure.
      expect(received.filter((r) => r.marker === "ok")).toHaveLength(1);
      expect(received.filter((r) => r.marker === "bad")).toHaveLength(3);
    } finally {
      server.close();
    }
  });
});
