import { CreateFunctionCommand, type CreateFunctionCommandInput } from "@aws-sdk/client-lambda";
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
const NAME_PATTERN =
  "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
const ENV_PREFIX =
  "Lambda was unable to configure your environment variables because the environment variables you have provided";
const long = "a".repeat(65);
/** A zip with no entries: the 22-byte end-of-central-directory record alone. */
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
const env4096 = { BIG: "x".repeat(4096 - '{"BIG":""}'.length) };
const env4097 = { BIG: "x".repeat(4097 - '{"BIG":""}'.length) };

type Case = [string, Partial<CreateFunctionCommandInput>, string, number, string | RegExp];
const createCases: Case[] = [
  [
    "name > 64",
    { FunctionName: long },
    "InvalidParameterValueException",
    400,
    `1 validation error detected: Value '${long}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
  ],
  [
    "bad name characters",
    { FunctionName: "my-function!" },
    "ValidationException",
    400,
    `1 validation error detected: Value 'my-function!' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
  ],
  [
    "tracing mode outside its enum",
    { TracingConfig: { Mode: "Bogus" as never } },
    "ValidationException",
    400,
    "1 validation error detected: Value 'Bogus' at 'tracingConfig.mode' failed to satisfy constraint: Member must satisfy enum value set: [Active, PassThrough]",
  ],
  [
    "log format and package type outside their enums",
    { LoggingConfig: { LogFormat: "XML" as never }, PackageType: "Bogus" as never },
    "ValidationException",
    400,
    "2 validation errors detected: Value 'Bogus' at 'packageType' failed to satisfy constraint: Member must satisfy enum value set: [Zip, Image]; Value 'XML' at 'loggingConfig.logFormat' failed to satisfy constraint: Member must satisfy enum value set: [JSON, Text]",
  ],
  [
    "unknown runtime",
    { Runtime: "non-existent-runtime" as never },
    "InvalidParameterValueException",
    400,
    /^Value non-existent-runtime at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: \[nodejs20.x, python3.14, .*java8.al2\] or be a valid ARN$/,
  ],
  [
    "deprecated runtime",
    { Runtime: "python3.7" as never },
    "InvalidParameterValueException",
    400,
    "The runtime parameter of python3.7 is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.",
  ],
  [
    "bad role",
    { Role: "r1" },
    "ValidationException",
    400,
    "1 validation error detected: Value 'r1' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
  ],
  [
    "memory < 128",
    { MemorySize: 64 },
    "ValidationException",
    400,
    "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
  ],
  [
    "memory > 10240",
    { MemorySize: 10241 },
    "ValidationException",
    400,
    "'MemorySize' value failed to satisfy constraint: Member must have value less than or equal to 10240",
  ],
  [
    "timeout > 900",
    { Timeout: 3000 },
    "ValidationException",
    400,
    "1 validation error detected: Value '3000' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900",
  ],
  [
    "timeout < 1",
    { Timeout: 0 },
    "ValidationException",
    400,
    "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
  ],
  [
    "two architectures",
    { Architectures: ["x86_64", "arm64"] },
    "ValidationException",
    400,
    "1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1",
  ],
  [
    "bad architecture",
    { Architectures: ["X86_64" as never] },
    "ValidationException",
    400,
    "1 validation error detected: Value '[X86_64]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]",
  ],
  [
    "description > 256",
    { Description: "d".repeat(257) },
    "ValidationException",
    400,
    /at 'description' failed to satisfy constraint: Member must have length less than or equal to 256$/,
  ],
  [
    "handler with spaces",
    { Handler: "index handler" },
    "ValidationException",
    400,
    "1 validation error detected: Value 'index handler' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+",
  ],
  [
    "env over 4 KB",
    { Environment: { Variables: env4097 } },
    "InvalidParameterValueException",
    400,
    `${ENV_PREFIX} exceeded the 4KB limit. String measured: ${JSON.stringify(env4097)}`,
  ],
  [
    "reserved env key",
    { Environment: { Variables: { AWS_DEFAULT_REGION: "x" } } },
    "InvalidParameterValueException",
    400,
    `${ENV_PREFIX} contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_DEFAULT_REGION`,
  ],
  [
    "too many tags",
    { Tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) },
    "InvalidParameterValueException",
    400,
    "Number of tags exceeds resource tag limit.",
  ],
  [
    "not a zip",
    { Code: { ZipFile: new TextEncoder().encode("not a zip") } },
    "InvalidParameterValueException",
    400,
    "Could not unzip uploaded file. Please check your file, then try to upload again.",
  ],
  [
    "an empty zip (no entries: just the end-of-directory record)",
    { Code: { ZipFile: EMPTY_ZIP } },
    "InvalidParameterValueException",
    400,
    "Uploaded file must be a non-empty zip",
  ],
  [
    "duplicate",
    { FunctionName: "exists" },
    "ResourceConflictException",
    409,
    "Function already exist: exists",
  ],
];

describe("CreateFunction errors", () => {
  it.each(createCases)("%s", async (_label, input, name, status, message) => {
    const err = await t.lambda
      .send(new CreateFunctionCommand({ ...base("bad-fn"), ...input }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    if (typeof message === "string") expect((err as Error).message).toBe(message);
    else expect((err as Error).message).toMatch(message);
  });

  it("accepts environment variables of exactly 4096 bytes", async () => {
    const ok = await t.lambda.send(
      new CreateFunctionCommand({ ...base("env-4096"), Environment: { Variables: env4096 } }),
    );
    expect(ok.Environment?.Variables).toEqual(env4096);
  });

  it("creates a valid runtime AWS accepts even though the engine cannot run it", async () => {
    const ok = await t.lambda.send(
      new CreateFunctionCommand({ ...base("java-fn"), Runtime: "java21" }),
    );
    expect(ok.Runtime).toBe("java21");
  });
});
