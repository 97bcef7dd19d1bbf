import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  ListFunctionsCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type CreateFunctionCommandInput,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine();
  await t.lambda.send(new CreateFunctionCommand(base("exists")));
  await t.waitReady("exists");
});
afterAll(async () => {
  await t?.close();
});

const ARN = "arn:aws:lambda:us-east-1:000000000000:function";
const PKG = zip({ "index.js": "exports.handler = async () => 1;" });
function base(name: string): CreateFunctionCommandInput {
  return {
    FunctionName: name,
    Role: TEST_ROLE,
    Runtime: "nodejs20.x",
    Handler: "index.handler",
    Code: { ZipFile: PKG },
  };
}
const long = "a".repeat(65);
// Longer than any limit of the path router: still a name AWS looks up and does not find.
const huge = "b".repeat(3000);

type LookupCase = [string, () => Promise<unknown>, string, number, string];
const lookups: LookupCase[] = [
  [
    "Get unknown",
    () => t.lambda.send(new GetFunctionCommand({ FunctionName: "nope" })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:nope`,
  ],
  [
    "Get name > 64",
    () => t.lambda.send(new GetFunctionCommand({ FunctionName: long })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:${long}`,
  ],
  [
    // Invoke names the version it looked for, `:$LATEST`, for an over-long name too (facts §1.2).
    "Invoke name > 64",
    () => t.lambda.send(new InvokeCommand({ FunctionName: long })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:${long}:$LATEST`,
  ],
  [
    "Get name of 3,000 characters",
    () => t.lambda.send(new GetFunctionCommand({ FunctionName: huge })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:${huge}`,
  ],
  [
    "Get unknown version",
    () =>
      t.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: "exists", Qualifier: "1221" }),
      ),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:exists:1221`,
  ],
  [
    "Get other region",
    () =>
      t.lambda.send(
        new GetFunctionCommand({
          FunctionName: "arn:aws:lambda:ap-southeast-1:000000000000:function:exists",
        }),
      ),
    "ResourceNotFoundException",
    404,
    "Functions from 'ap-southeast-1' are not reachable in this region ('us-east-1')",
  ],
  [
    "Get other account",
    () =>
      t.lambda.send(
        new GetFunctionCommand({
          FunctionName: "arn:aws:lambda:us-east-1:111111111111:function:exists",
        }),
      ),
    // Message is null on the wire, so the SDK falls back to its generic text, as with AWS.
    "AccessDeniedException",
    403,
    "UnknownError",
  ],
  [
    "Get qualifier mismatch",
    () => t.lambda.send(new GetFunctionCommand({ FunctionName: "exists:1", Qualifier: "2" })),
    "InvalidParameterValueException",
    400,
    "The derived qualifier from the function name does not match the specified qualifier.",
  ],
  [
    "Get bad qualifier",
    () => t.lambda.send(new GetFunctionCommand({ FunctionName: "exists", Qualifier: "$latest" })),
    "ValidationException",
    400,
    "1 validation error detected: Value '$latest' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: \\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+",
  ],
  [
    "Update unknown",
    () =>
      t.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: "nope", Timeout: 5 })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:nope`,
  ],
  [
    "UpdateCode bad zip",
    () =>
      t.lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: "exists",
          ZipFile: new Uint8Array([1, 2, 3]),
        }),
      ),
    "InvalidParameterValueException",
    400,
    "Could not unzip uploaded file. Please check your file, then try to upload again.",
  ],
  [
    "Update bad memory",
    () =>
      t.lambda.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: "exists", MemorySize: 1 }),
      ),
    "ValidationException",
    400,
    "1 validation error detected: Value '1' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
  ],
  [
    "Delete unknown",
    () => t.lambda.send(new DeleteFunctionCommand({ FunctionName: "nope" })),
    "ResourceNotFoundException",
    404,
    `Function not found: ${ARN}:nope`,
  ],
  [
    "Delete $LATEST",
    () =>
      t.lambda.send(new DeleteFunctionCommand({ FunctionName: "exists", Qualifier: "$LATEST" })),
    "InvalidParameterValueException",
    400,
    "$LATEST version cannot be deleted without deleting the function.",
  ],
  [
    "List bad FunctionVersion",
    () => t.lambda.send(new ListFunctionsCommand({ FunctionVersion: "invalid" as never })),
    "ValidationException",
    400,
    "1 validation error detected: Value 'invalid' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]",
  ],
];

describe("lookup errors", () => {
  it.each(lookups)("%s", async (_label, call, name, status, message) => {
    const err = await call().catch((e: unknown) => e);
    expect(err).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect((err as Error).message ?? "").toBe(message);
  });
});

describe("size limits", () => {
  it("refuses a zip over 52428800 bytes with 413", async () => {
    const res = await fetch(`${t.url}/2015-03-31/functions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...base("huge"),
        Code: { ZipFile: Buffer.alloc(52_428_801).toString("base64") },
      }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("x-amzn-errortype")).toBe("RequestEntityTooLargeException");
    expect(await res.json()).toMatchObject({
      message: "Zipped size must be smaller than 52428800 bytes",
    });
  });

  it("refuses a request over 70167211 bytes with 413", async () => {
    const res = await fetch(`${t.url}/2015-03-31/functions`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "70167212" },
      body: Buffer.alloc(70_167_212, 32),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      message: "Request must be smaller than 70167211 bytes for the CreateFunction operation",
    });
  });
});
