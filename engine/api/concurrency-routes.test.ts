import {
  DeleteFunctionConcurrencyCommand,
  GetAccountSettingsCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  PutFunctionConcurrencyCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReadyFunction,
  rejectionOf,
  TRIVIAL_PACKAGE,
  startTestEngine,
  type TestEngine,
} from "../testing/index.js";

let t: TestEngine;
const FN = "res";

beforeAll(async () => {
  t = await startTestEngine();
  await createReadyFunction(t, FN);
});
afterAll(async () => {
  await t?.close();
});

describe("concurrency and account settings", () => {
  it("puts, gets and deletes reserved concurrency", async () => {
    expect(
      (await t.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: FN })))
        .ReservedConcurrentExecutions,
    ).toBeUndefined();
    const put = await t.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: FN, ReservedConcurrentExecutions: 5 }),
    );
    expect(put.ReservedConcurrentExecutions).toBe(5);
    expect((await t.lambda.send(new GetFunctionCommand({ FunctionName: FN }))).Concurrency).toEqual(
      { ReservedConcurrentExecutions: 5 },
    );
    const settings = await t.lambda.send(new GetAccountSettingsCommand({}));
    expect(settings.AccountLimit).toMatchObject({
      ConcurrentExecutions: 1000,
      UnreservedConcurrentExecutions: 995,
      CodeSizeZipped: 52428800,
      CodeSizeUnzipped: 262144000,
    });
    expect(settings.AccountUsage).toMatchObject({
      FunctionCount: 1,
      TotalCodeSize: TRIVIAL_PACKAGE.length,
    });
    const del = await t.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: FN }));
    expect(del.$metadata.httpStatusCode).toBe(204);
    expect(
      (await t.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: FN })))
        .ReservedConcurrentExecutions,
    ).toBeUndefined();
  });

  it.each([
    [
      "below minimum unreserved",
      FN,
      901,
      "InvalidParameterValueException",
      400,
      "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    ],
    [
      "qualified name",
      `${FN}:1`,
      1,
      "InvalidParameterValueException",
      400,
      "This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN.",
    ],
    [
      "missing function",
      "nofn",
      1,
      "ResourceNotFoundException",
      404,
      "Function not found: arn:aws:lambda:us-east-1:000000000000:function:nofn:$LATEST",
    ],
    [
      "negative",
      FN,
      -1,
      "ValidationException",
      400,
      "1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0",
    ],
  ])("error: %s", async (_l, name, n, code, status, message) => {
    const err = await rejectionOf(
      t.lambda.send(
        new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: n }),
      ),
    );
    expect(err).toMatchObject({ name: code, message, $metadata: { httpStatusCode: status } });
  });
});
