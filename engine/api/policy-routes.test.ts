import {
  AddPermissionCommand,
  GetPolicyCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReadyFunction,
  rejectionOf,
  startTestEngine,
  type TestEngine,
} from "../testing/index.js";

let t: TestEngine;
const FN = "res";
const ARN = `arn:aws:lambda:us-east-1:000000000000:function:${FN}`;

beforeAll(async () => {
  t = await startTestEngine();
  await createReadyFunction(t, FN);
});
afterAll(async () => {
  await t?.close();
});

describe("permissions", () => {
  it("adds, reads and removes statements with RevisionId checks", async () => {
    const added = await t.lambda.send(
      new AddPermissionCommand({
        FunctionName: FN,
        StatementId: "s3",
        Action: "lambda:InvokeFunction",
        Principal: "s3.amazonaws.com",
        SourceArn: "arn:aws:s3:::bucket",
        SourceAccount: "000000000000",
      }),
    );
    expect(added.$metadata.httpStatusCode).toBe(201);
    expect(JSON.parse(added.Statement!)).toEqual({
      Sid: "s3",
      Effect: "Allow",
      Principal: { Service: "s3.amazonaws.com" },
      Action: "lambda:InvokeFunction",
      Resource: ARN,
      Condition: {
        StringEquals: { "AWS:SourceAccount": "000000000000" },
        ArnLike: { "AWS:SourceArn": "arn:aws:s3:::bucket" },
      },
    });
    await t.lambda.send(
      new AddPermissionCommand({
        FunctionName: FN,
        StatementId: "url",
        Action: "lambda:InvokeFunctionUrl",
        Principal: "*",
        FunctionUrlAuthType: "NONE",
      }),
    );
    const policy = await t.lambda.send(new GetPolicyCommand({ FunctionName: FN }));
    const doc = JSON.parse(policy.Policy!);
    expect(doc).toMatchObject({ Version: "2012-10-17", Id: "default" });
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(["s3", "url"]);
    const err = await rejectionOf(
      t.lambda.send(
        new RemovePermissionCommand({ FunctionName: FN, StatementId: "s3", RevisionId: "stale" }),
      ),
    );
    expect(err).toMatchObject({
      name: "PreconditionFailedException",
      message:
        "The Revision Id provided does not match the latest Revision Id. Call the GetPolicy API to retrieve the latest Revision Id",
    });
    const removed = await t.lambda.send(
      new RemovePermissionCommand({
        FunctionName: FN,
        StatementId: "s3",
        RevisionId: policy.RevisionId,
      }),
    );
    expect(removed.$metadata.httpStatusCode).toBe(204);
    await t.lambda.send(new RemovePermissionCommand({ FunctionName: FN, StatementId: "url" }));
    expect(
      await rejectionOf(t.lambda.send(new GetPolicyCommand({ FunctionName: FN }))),
    ).toMatchObject({
      name: "ResourceNotFoundException",
      message: "The resource you requested does not exist.",
    });
  });

  it("puts a version's policy on the version", async () => {
    await t.lambda.send(new PublishVersionCommand({ FunctionName: FN }));
    const added = await t.lambda.send(
      new AddPermissionCommand({
        FunctionName: FN,
        Qualifier: "1",
        StatementId: "acct",
        Action: "lambda:*",
        Principal: "111111111111",
      }),
    );
    expect(JSON.parse(added.Statement!)).toMatchObject({
      Resource: `${ARN}:1`,
      Principal: { AWS: "arn:aws:iam::111111111111:root" },
    });
  });

  it.each([
    [
      "duplicate sid",
      { StatementId: "dup" },
      "ResourceConflictException",
      409,
      "The statement id (dup) provided already exists. Please provide a new statement id, or remove the existing statement.",
    ],
    [
      "$LATEST",
      { StatementId: "x", Qualifier: "$LATEST" },
      "InvalidParameterValueException",
      400,
      "We currently do not support adding policies for $LATEST.",
    ],
    [
      "bad principal",
      { StatementId: "y", Principal: "not a principal!" },
      "ValidationException",
      400,
      "1 validation error detected: Value 'not a principal!' at 'principal' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+",
    ],
    [
      "invalid principal",
      { StatementId: "z", Principal: "someone" },
      "InvalidParameterValueException",
      400,
      "The provided principal was invalid. Please check the principal and try again.",
    ],
    [
      "qualifier mismatch",
      { StatementId: "q", FunctionName: `${FN}:1`, Qualifier: "2" },
      "InvalidParameterValueException",
      400,
      "The derived qualifier from the function name does not match the specified qualifier.",
    ],
  ])("error: %s", async (_l, input, name, status, message) => {
    if (_l === "duplicate sid") {
      await t.lambda.send(
        new AddPermissionCommand({
          FunctionName: FN,
          StatementId: "dup",
          Action: "lambda:InvokeFunction",
          Principal: "*",
        }),
      );
    }
    const err = await rejectionOf(
      t.lambda.send(
        new AddPermissionCommand({
          FunctionName: FN,
          Action: "lambda:InvokeFunction",
          Principal: "*",
          ...input,
        }),
      ),
    );
    expect(err).toMatchObject({ name, message, $metadata: { httpStatusCode: status } });
  });

  it("RemovePermission without a policy is a 404", async () => {
    const err = await rejectionOf(
      t.lambda.send(
        new RemovePermissionCommand({ FunctionName: FN, Qualifier: "1", StatementId: "none" }),
      ),
    );
    expect(err).toMatchObject({ name: "ResourceNotFoundException" });
  });
});
