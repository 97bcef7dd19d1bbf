import { CreateFunctionCommand, InvokeCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

/** Invoke checks that happen before anything runs; the running itself is in invoke.test.ts. */
let t: TestEngine;
let slow: TestEngine;
const ARN = "arn:aws:lambda:us-east-1:000000000000:function";
const fn = (name: string) =>
  new CreateFunctionCommand({
    FunctionName: name,
    Role: TEST_ROLE,
    Runtime: "nodejs20.x",
    Handler: "index.handler",
    Code: { ZipFile: zip({ "index.js": "exports.handler = async (e) => e;" }) },
  });

beforeAll(async () => {
  t = await startTestEngine();
  await t.lambda.send(fn("target"));
  await t.waitReady("target");
  // Transitions that take a minute leave the function Pending for the whole test.
  slow = await startTestEngine({ stateTransitionMs: 60_000 });
  await slow.lambda.send(fn("pending"));
});
afterAll(async () => {
  await t?.close();
  await slow?.close();
});

const invokeRaw = (body: Buffer | string, headers: Record<string, string> = {}, name = "target") =>
  fetch(`${t.url}/2015-03-31/functions/${name}/invocations`, {
    method: "POST",
    body: typeof body === "string" ? body : new Uint8Array(body),
    headers,
  });

describe("Invoke validation", () => {
  it("404s an unknown function with the $LATEST ARN", async () => {
    const err = await t.lambda
      .send(new InvokeCommand({ FunctionName: "nope" }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "ResourceNotFoundException",
      message: `Function not found: ${ARN}:nope:$LATEST`,
      $metadata: { httpStatusCode: 404 },
    });
  });

  it.each([
    ["not base64", "{not base64}"],
    ["base64 of text that is not JSON", Buffer.from("hello").toString("base64")],
    ["base64 cut short", Buffer.from('{"custom":{}}').toString("base64").slice(0, -1)],
  ])("400s a client context that is %s, before anything runs", async (_, ctx) => {
    const err = await t.lambda
      .send(new InvokeCommand({ FunctionName: "target", ClientContext: ctx }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "InvalidRequestContentException",
      message: "Client context must be a valid Base64-encoded JSON object.",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("404s an unknown version", async () => {
    const err = await t.lambda
      .send(new InvokeCommand({ FunctionName: "target", Qualifier: "7" }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "ResourceNotFoundException",
      message: `Function not found: ${ARN}:target:7`,
    });
  });

  it("409s while the function is Pending", async () => {
    const err = await slow.lambda
      .send(new InvokeCommand({ FunctionName: "pending" }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "ResourceConflictException",
      message:
        "The operation cannot be performed at this time. The function is currently in the following state: Pending",
      $metadata: { httpStatusCode: 409 },
    });
  });

  it("answers DryRun with 204 and no body", async () => {
    const res = await t.lambda.send(
      new InvokeCommand({ FunctionName: "target", InvocationType: "DryRun" }),
    );
    expect(res.StatusCode).toBe(204);
  });

  it("accepts an Event with 202 after storing it", async () => {
    const res = await t.lambda.send(
      new InvokeCommand({
        FunctionName: "target",
        InvocationType: "Event",
        Payload: Buffer.from('{"a":1}'),
      }),
    );
    expect(res.StatusCode).toBe(202);
    expect(res.ExecutedVersion).toBeUndefined();
  });

  it.each([
    [
      "a control character",
      Buffer.from([0x01]),
      /^Could not parse request body into json: Could not parse payload into json: Unexpected character \(\(CTRL-CHAR, code 1\)\): expected a valid value .*line: 1, column: 1\]$/s,
    ],
    [
      "a byte that is not UTF-8 where the value starts (recorded from AWS)",
      Buffer.from([0x99]),
      /^Could not parse request body into json: Could not parse payload into json: Unexpected character \(\(CTRL-CHAR, code 153\)\): expected a valid value .*line: 1, column: 1\]$/s,
    ],
    [
      "invalid UTF-8",
      Buffer.from([0x22, 0x87, 0x22]),
      /Invalid UTF-8 start byte 0x87\n at \[Source: REDACTED \(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled\); line: 1, column: \d+\]$/,
    ],
    [
      "a bare word",
      Buffer.from("hello"),
      /Unrecognized token 'hello': was expecting \(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\)/,
    ],
  ])(
    "refuses a payload with %s (400 InvalidRequestContentException)",
    async (_l, body, message) => {
      const res = await invokeRaw(body);
      expect(res.status).toBe(400);
      expect(res.headers.get("x-amzn-errortype")).toBe("InvalidRequestContentException");
      const json = (await res.json()) as { Type: string; message: string };
      expect(json.Type).toBe("User");
      expect(json.message).toMatch(message);
    },
  );

  it("refuses a synchronous payload over 6 MB with 413", async () => {
    const err = await t.lambda
      .send(new InvokeCommand({ FunctionName: "target", Payload: Buffer.alloc(6_291_457, 0x20) }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "RequestEntityTooLargeException",
      message: "Request must be smaller than 6291456 bytes for the InvokeFunction operation",
      $metadata: { httpStatusCode: 413 },
    });
  });

  it("refuses an Event payload over 1 MB with 413 and its size", async () => {
    const err = await t.lambda
      .send(
        new InvokeCommand({
          FunctionName: "target",
          InvocationType: "Event",
          Payload: Buffer.alloc(1_048_577, 0x20),
        }),
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "RequestEntityTooLargeException",
      message:
        "1048577 byte payload is too large for the Event invocation type (limit 1048576 bytes)",
    });
  });

  it("rejects an unknown invocation type", async () => {
    const res = await invokeRaw("{}", { "X-Amz-Invocation-Type": "Sometimes" });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-amzn-errortype")).toBe("ValidationException");
  });
});
