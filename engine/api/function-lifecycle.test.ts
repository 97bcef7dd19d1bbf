import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListFunctionsCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  ListVersionsByFunctionCommand,
  paginateListFunctions,
} from "@aws-sdk/client-lambda";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

let t: TestEngine;
beforeAll(async () => {
  // Long enough for the 409-while-in-progress check to run inside the InProgress window.
  t = await startTestEngine({ stateTransitionMs: 400 });
});
afterAll(async () => {
  await t?.close();
});

const ACCOUNT = "000000000000";
const arn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const pkg = (body = "exports.handler = async (e) => e;") => zip({ "index.js": body });
const create = (name: string, extra: Record<string, unknown> = {}) =>
  t.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: TEST_ROLE,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: { ZipFile: pkg() },
      ...extra,
    }),
  );

describe("function lifecycle", () => {
  it("creates Pending, then Active with a new RevisionId", async () => {
    const zipBytes = pkg();
    const created = await create("life", {
      Code: { ZipFile: zipBytes },
      MemorySize: 256,
      Timeout: 5,
    });
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created).toMatchObject({
      FunctionName: "life",
      FunctionArn: arn("life"),
      State: "Pending",
      StateReason: "The function is being created.",
      StateReasonCode: "Creating",
      MemorySize: 256,
      Timeout: 5,
      Version: "$LATEST",
      PackageType: "Zip",
      Architectures: ["x86_64"],
      EphemeralStorage: { Size: 512 },
      TracingConfig: { Mode: "PassThrough" },
      LoggingConfig: { LogFormat: "Text", LogGroup: "/aws/lambda/life" },
      Description: "",
      CodeSize: zipBytes.length,
      CodeSha256: createHash("sha256").update(zipBytes).digest("base64"),
    });
    expect(created.LastUpdateStatus).toBeUndefined();
    expect(created.Environment).toBeUndefined();
    expect(created.LastModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    await t.waitReady("life");
    const active = await t.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: "life" }),
    );
    expect(active.State).toBe("Active");
    expect(active.LastUpdateStatus).toBe("Successful");
    expect(active.StateReason).toBeUndefined();
    expect(active.RevisionId).not.toBe(created.RevisionId);
  });

  it("GetFunction returns a Code.Location that serves the exact zip, Tags and Concurrency", async () => {
    const zipBytes = pkg("exports.handler = async () => 'location';");
    await create("located", { Code: { ZipFile: zipBytes }, Tags: { team: "core" } });
    const got = await t.lambda.send(new GetFunctionCommand({ FunctionName: "located" }));
    expect(got.Code?.RepositoryType).toBe("S3");
    expect(got.Tags).toEqual({ team: "core" });
    expect(got.Concurrency).toBeUndefined();
    const res = await fetch(got.Code!.Location!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(zipBytes))).toBe(true);
    // Flip the signature's first hex digit (replacing it with a fixed one is a no-op 1 time in 16).
    const tampered = await fetch(
      got.Code!.Location!.replace(
        /Signature=(.)/,
        (_, c: string) => `Signature=${c === "0" ? "1" : "0"}`,
      ),
    );
    expect(tampered.status).toBe(403);
  });

  it("updates code and configuration with InProgress → Successful, 409 while in progress, 412 on RevisionId", async () => {
    await create("upd");
    await t.waitReady("upd");
    const before = await t.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: "upd" }),
    );
    const newZip = pkg("exports.handler = async () => 2;");
    const updated = await t.lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: "upd",
        ZipFile: newZip,
        RevisionId: before.RevisionId,
      }),
    );
    expect(updated).toMatchObject({
      State: "Active",
      LastUpdateStatus: "InProgress",
      LastUpdateStatusReason: "The function is being created.",
      LastUpdateStatusReasonCode: "Creating",
      CodeSha256: createHash("sha256").update(newZip).digest("base64"),
    });
    await expect(
      t.lambda.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: "upd", MemorySize: 512 }),
      ),
    ).rejects.toMatchObject({
      name: "ResourceConflictException",
      message: `The operation cannot be performed at this time. An update is in progress for resource: ${arn("upd")}`,
      $metadata: { httpStatusCode: 409 },
    });
    await t.waitReady("upd");
    await expect(
      t.lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: "upd",
          MemorySize: 512,
          RevisionId: before.RevisionId,
        }),
      ),
    ).rejects.toMatchObject({
      name: "PreconditionFailedException",
      message:
        "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
      $metadata: { httpStatusCode: 412 },
    });
    const conf = await t.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: "upd",
        MemorySize: 512,
        Environment: { Variables: { AA: "1" } },
        Description: "d",
      }),
    );
    expect(conf).toMatchObject({
      MemorySize: 512,
      Environment: { Variables: { AA: "1" } },
      Description: "d",
    });
    await t.waitReady("upd");
    const after = await t.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: "upd" }));
    expect(after).toMatchObject({ LastUpdateStatus: "Successful", MemorySize: 512, Timeout: 3 });
  });

  it("publishes versions, returns the existing one when nothing changed, lists versions", async () => {
    await create("pub", { Publish: true });
    await t.waitReady("pub");
    const v1 = await t.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: "pub", Qualifier: "1" }),
    );
    expect(v1).toMatchObject({ Version: "1", FunctionArn: `${arn("pub")}:1` });
    const again = await t.lambda.send(new PublishVersionCommand({ FunctionName: "pub" }));
    expect(again.$metadata.httpStatusCode).toBe(201);
    expect(again).toMatchObject({ Version: "1", RevisionId: v1.RevisionId });
    await t.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: "pub", ZipFile: pkg("exports.handler=1") }),
    );
    await t.waitReady("pub");
    const v2 = await t.lambda.send(
      new PublishVersionCommand({ FunctionName: "pub", Description: "second" }),
    );
    expect(v2).toMatchObject({
      Version: "2",
      FunctionArn: `${arn("pub")}:2`,
      Description: "second",
      State: "Active",
    });
    const listed = await t.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: "pub" }));
    expect(listed.Versions?.map((v) => [v.Version, v.FunctionArn])).toEqual([
      ["$LATEST", `${arn("pub")}:$LATEST`],
      ["1", `${arn("pub")}:1`],
      ["2", `${arn("pub")}:2`],
    ]);
    const paged = await t.lambda.send(
      new ListVersionsByFunctionCommand({ FunctionName: "pub", MaxItems: 2 }),
    );
    expect(paged.Versions).toHaveLength(2);
    expect(paged.NextMarker).toBeTruthy();
    await t.lambda.send(new DeleteFunctionCommand({ FunctionName: "pub", Qualifier: "1" }));
    await expect(
      t.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: "pub", Qualifier: "1" })),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      message: `Function not found: ${arn("pub")}:1`,
    });
  });

  it("publish checks CodeSha256 and RevisionId", async () => {
    await create("pubchk");
    await t.waitReady("pubchk");
    const cur = await t.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: "pubchk" }),
    );
    await expect(
      t.lambda.send(new PublishVersionCommand({ FunctionName: "pubchk", CodeSha256: "wrong" })),
    ).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      message: `CodeSHA256 (wrong) is different from current CodeSHA256 in $LATEST (${cur.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
    });
    await expect(
      t.lambda.send(new PublishVersionCommand({ FunctionName: "pubchk", RevisionId: "nope" })),
    ).rejects.toMatchObject({
      name: "PreconditionFailedException",
      $metadata: { httpStatusCode: 412 },
    });
  });

  it("lists functions 50 a page, without state fields, and with FunctionVersion=ALL", async () => {
    for (let i = 0; i < 55; i++) await create(`list-${String(i).padStart(2, "0")}`);
    const first = await t.lambda.send(new ListFunctionsCommand({ MaxItems: 1000 }));
    expect(first.Functions).toHaveLength(50);
    expect(first.NextMarker).toBeTruthy();
    expect(first.Functions![0]!.State).toBeUndefined();
    expect(first.Functions![0]!.LastUpdateStatus).toBeUndefined();
    const names: string[] = [];
    for await (const page of paginateListFunctions({ client: t.lambda }, {})) {
      names.push(...(page.Functions ?? []).map((f) => f.FunctionName!));
    }
    expect(names.filter((n) => n.startsWith("list-"))).toHaveLength(55);
    expect(new Set(names).size).toBe(names.length);
    const arns: string[] = [];
    for await (const page of paginateListFunctions(
      { client: t.lambda },
      { FunctionVersion: "ALL" },
    )) {
      arns.push(...(page.Functions ?? []).map((f) => f.FunctionArn!));
    }
    expect(arns).toContain(`${arn("located")}:$LATEST`);
    expect(arns).toContain(`${arn("pub")}:2`);
  });

  it("deletes a function with 204 and then 404s", async () => {
    await create("gone");
    const del = await t.lambda.send(new DeleteFunctionCommand({ FunctionName: "gone" }));
    expect(del.$metadata.httpStatusCode).toBe(204);
    await expect(
      t.lambda.send(new GetFunctionCommand({ FunctionName: "gone" })),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      message: `Function not found: ${arn("gone")}`,
      $metadata: { httpStatusCode: 404 },
    });
  });

  it("keeps functions per region, taken from the SigV4 scope", async () => {
    const eu = t.client({ region: "eu-west-1" });
    await eu.send(
      new CreateFunctionCommand({
        FunctionName: "regional",
        Role: TEST_ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: pkg() },
      }),
    );
    const got = await eu.send(new GetFunctionConfigurationCommand({ FunctionName: "regional" }));
    expect(got.FunctionArn).toBe("arn:aws:lambda:eu-west-1:000000000000:function:regional");
    await expect(
      t.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: "regional" })),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  it("survives a restart with everything in place", async () => {
    const other = await startTestEngine();
    try {
      await other.lambda.send(
        new CreateFunctionCommand({
          FunctionName: "persist",
          Role: TEST_ROLE,
          Runtime: "python3.12",
          Handler: "h.handler",
          Code: { ZipFile: zip({ "h.py": "def handler(e, c):\n  return e\n" }) },
          Tags: { team: "a" },
          Publish: true,
        }),
      );
      await other.close({ keepData: true });
      const again = await startTestEngine({ dataDir: other.dataDir });
      try {
        const got = await again.lambda.send(new GetFunctionCommand({ FunctionName: "persist" }));
        expect(got.Configuration).toMatchObject({ State: "Active", Runtime: "python3.12" });
        expect(got.Tags).toEqual({ team: "a" });
        const v = await again.lambda.send(
          new ListVersionsByFunctionCommand({ FunctionName: "persist" }),
        );
        expect(v.Versions).toHaveLength(2);
      } finally {
        await again.close();
      }
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});
