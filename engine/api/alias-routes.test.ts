import {
  CreateAliasCommand,
  CreateFunctionCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  GetAliasCommand,
  GetFunctionCommand,
  ListAliasesCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

let t: TestEngine;
const FN = "aliased";
const ARN = `arn:aws:lambda:us-east-1:000000000000:function:${FN}`;

beforeAll(async () => {
  t = await startTestEngine();
  await t.lambda.send(
    new CreateFunctionCommand({
      FunctionName: FN,
      Role: TEST_ROLE,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: { ZipFile: zip({ "index.js": "exports.handler = async () => 1;" }) },
      Publish: true,
    }),
  );
  await t.waitReady(FN);
  await t.lambda.send(
    new UpdateFunctionCodeCommand({
      FunctionName: FN,
      ZipFile: zip({ "index.js": "exports.handler = async () => 2;" }),
    }),
  );
  await t.waitReady(FN);
  await t.lambda.send(new PublishVersionCommand({ FunctionName: FN }));
});
afterAll(async () => {
  await t?.close();
});

describe("aliases", () => {
  it("creates, gets, updates, lists and deletes an alias", async () => {
    const created = await t.lambda.send(
      new CreateAliasCommand({ FunctionName: FN, Name: "live", FunctionVersion: "1" }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created).toMatchObject({
      AliasArn: `${ARN}:live`,
      Description: "",
      FunctionVersion: "1",
      Name: "live",
    });
    expect(created.RoutingConfig).toBeUndefined();
    const got = await t.lambda.send(new GetAliasCommand({ FunctionName: FN, Name: "live" }));
    expect(got.RevisionId).toBe(created.RevisionId);
    const updated = await t.lambda.send(
      new UpdateAliasCommand({
        FunctionName: FN,
        Name: "live",
        RoutingConfig: { AdditionalVersionWeights: { "2": 0.25 } },
        RevisionId: got.RevisionId,
      }),
    );
    expect(updated.RoutingConfig).toEqual({ AdditionalVersionWeights: { "2": 0.25 } });
    expect(updated.RevisionId).not.toBe(got.RevisionId);
    await expect(
      t.lambda.send(
        new UpdateAliasCommand({ FunctionName: FN, Name: "live", RevisionId: got.RevisionId }),
      ),
    ).rejects.toMatchObject({
      name: "PreconditionFailedException",
      $metadata: { httpStatusCode: 412 },
    });
    const viaAlias = await t.lambda.send(
      new GetFunctionCommand({ FunctionName: FN, Qualifier: "live" }),
    );
    expect(viaAlias.Configuration).toMatchObject({ FunctionArn: `${ARN}:live`, Version: "1" });
    await t.lambda.send(
      new CreateAliasCommand({ FunctionName: FN, Name: "beta", FunctionVersion: "2" }),
    );
    const list = await t.lambda.send(new ListAliasesCommand({ FunctionName: FN }));
    expect(list.Aliases?.map((a) => a.Name)).toEqual(["beta", "live"]);
    const filtered = await t.lambda.send(
      new ListAliasesCommand({ FunctionName: FN, FunctionVersion: "2" }),
    );
    expect(filtered.Aliases?.map((a) => a.Name)).toEqual(["beta"]);
    await expect(
      t.lambda.send(new DeleteFunctionCommand({ FunctionName: FN, Qualifier: "2" })),
    ).rejects.toMatchObject({
      name: "ResourceConflictException",
    });
    const del = await t.lambda.send(new DeleteAliasCommand({ FunctionName: FN, Name: "beta" }));
    expect(del.$metadata.httpStatusCode).toBe(204);
    const again = await t.lambda.send(new DeleteAliasCommand({ FunctionName: FN, Name: "beta" }));
    expect(again.$metadata.httpStatusCode).toBe(204);
  });

  type Case = [string, () => Promise<unknown>, string, number, string];
  const cases: Case[] = [
    [
      "numeric name",
      () =>
        t.lambda.send(
          new CreateAliasCommand({ FunctionName: FN, Name: "2024", FunctionVersion: "1" }),
        ),
      "ValidationException",
      400,
      "1 validation error detected: Value '2024' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)",
    ],
    [
      "duplicate",
      () =>
        t.lambda.send(
          new CreateAliasCommand({ FunctionName: FN, Name: "dup", FunctionVersion: "1" }),
        ),
      "ResourceConflictException",
      409,
      `Alias already exists: ${ARN}:dup`,
    ],
    [
      "two extra weights",
      () =>
        t.lambda.send(
          new CreateAliasCommand({
            FunctionName: FN,
            Name: "w2",
            FunctionVersion: "1",
            RoutingConfig: { AdditionalVersionWeights: { "2": 0.1, "3": 0.1 } },
          }),
        ),
      "InvalidParameterValueException",
      400,
      "Number of items in AdditionalVersionWeights cannot be greater than 1",
    ],
    [
      "weight above 1",
      () =>
        t.lambda.send(
          new CreateAliasCommand({
            FunctionName: FN,
            Name: "w3",
            FunctionVersion: "1",
            RoutingConfig: { AdditionalVersionWeights: { "2": 1.5 } },
          }),
        ),
      "ValidationException",
      400,
      "1 validation error detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]",
    ],
    [
      "unknown version",
      () =>
        t.lambda.send(
          new CreateAliasCommand({ FunctionName: FN, Name: "w4", FunctionVersion: "10" }),
        ),
      "ResourceNotFoundException",
      404,
      `Function not found: ${ARN}:10`,
    ],
    [
      "$LATEST with routing",
      () =>
        t.lambda.send(
          new CreateAliasCommand({
            FunctionName: FN,
            Name: "w5",
            FunctionVersion: "$LATEST",
            RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } },
          }),
        ),
      "InvalidParameterValueException",
      400,
      "$LATEST is not supported for an alias pointing to more than 1 version",
    ],
    [
      "get missing",
      () => t.lambda.send(new GetAliasCommand({ FunctionName: FN, Name: "missing" })),
      "ResourceNotFoundException",
      404,
      `Alias not found: ${ARN}:missing`,
    ],
    [
      "update missing",
      () =>
        t.lambda.send(
          new UpdateAliasCommand({ FunctionName: FN, Name: "missing", FunctionVersion: "1" }),
        ),
      "ResourceNotFoundException",
      404,
      `Alias not found: ${ARN}:missing`,
    ],
    [
      "function missing",
      () => t.lambda.send(new ListAliasesCommand({ FunctionName: "nofn" })),
      "ResourceNotFoundException",
      404,
      "Function not found: arn:aws:lambda:us-east-1:000000000000:function:nofn",
    ],
  ];

  it.each(cases)("error: %s", async (_label, call, name, status, message) => {
    if (_label === "duplicate") {
      await t.lambda.send(
        new CreateAliasCommand({ FunctionName: FN, Name: "dup", FunctionVersion: "1" }),
      );
    }
    const err = await call().catch((e: unknown) => e);
    expect(err).toMatchObject({ name, message, $metadata: { httpStatusCode: status } });
  });
});
