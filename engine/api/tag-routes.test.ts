import { ListTagsCommand, TagResourceCommand, UntagResourceCommand } from "@aws-sdk/client-lambda";
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

describe("tags", () => {
  it("tags, lists and untags by ARN", async () => {
    const tagged = await t.lambda.send(
      new TagResourceCommand({ Resource: ARN, Tags: { team: "a", env: "dev" } }),
    );
    expect(tagged.$metadata.httpStatusCode).toBe(204);
    expect((await t.lambda.send(new ListTagsCommand({ Resource: ARN }))).Tags).toEqual({
      team: "a",
      env: "dev",
    });
    await t.lambda.send(new UntagResourceCommand({ Resource: ARN, TagKeys: ["env", "absent"] }));
    expect((await t.lambda.send(new ListTagsCommand({ Resource: ARN }))).Tags).toEqual({
      team: "a",
    });
  });

  it.each([
    [
      "version ARN",
      `${ARN}:1`,
      "InvalidParameterValueException",
      400,
      "Tags on function aliases and versions are not supported. Please specify a function ARN.",
    ],
    [
      "missing function",
      `${ARN}x`,
      "ResourceNotFoundException",
      404,
      `Function not found: ${ARN}x`,
    ],
    [
      "not an ARN",
      "res",
      "ValidationException",
      400,
      /^1 validation error detected: Value 'res' at 'resource' failed to satisfy constraint/,
    ],
  ])("error: %s", async (_l, resource, name, status, message) => {
    const err = await rejectionOf(t.lambda.send(new ListTagsCommand({ Resource: resource })));
    expect(err).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect((err as Error).message).toMatch(message);
  });

  it("enforces 50 tags per function", async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
    const err = await rejectionOf(
      t.lambda.send(new TagResourceCommand({ Resource: ARN, Tags: many })),
    );
    expect(err).toMatchObject({
      name: "InvalidParameterValueException",
      message: "Number of tags exceeds resource tag limit.",
    });
  });
});
