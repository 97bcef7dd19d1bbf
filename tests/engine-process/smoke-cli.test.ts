import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invokeCommand } from "../../lib/functions/cli-command";
import { AWS_CLI, awsEnv, awsLambda, awsLambdaOk, requireAwsCli, ROLE } from "./aws-cli.js";
import { startEngineProcess, tempDir, type EngineProcess } from "./engine-process.js";
import { nodeEchoHandler, pythonEchoHandler, zipPackage, type ZipPackage } from "./zip-package.js";

/**
 * Issue 2, Checks: the engine, started as its own process, driven by the AWS CLI v2 and by boto3:
 * create from a zip, invoke, list — clients that cannot be told apart from real AWS's users.
 */
const nodeZip = zipPackage({ "index.mjs": nodeEchoHandler });
const pythonZip = zipPackage({ "handler.py": pythonEchoHandler });

let engine: EngineProcess;
let work: string;

beforeAll(async () => {
  work = tempDir("smoke");
  engine = await startEngineProcess({ dataDir: path.join(work, "data") });
  fs.writeFileSync(path.join(work, "node.zip"), nodeZip.bytes);
  fs.writeFileSync(path.join(work, "python.zip"), pythonZip.bytes);
}, 90_000);

afterAll(async () => {
  await engine?.stop();
  engine?.killGroup();
  fs.rmSync(work, { recursive: true, force: true });
});

interface CliCase {
  name: string;
  runtime: string;
  handler: string;
  zip: ZipPackage;
  file: string;
  label: string;
}

const cliCases: CliCase[] = [
  {
    name: "cli-node",
    runtime: "nodejs20.x",
    handler: "index.handler",
    zip: nodeZip,
    file: "node.zip",
    label: "node",
  },
  {
    name: "cli-python",
    runtime: "python3.12",
    handler: "handler.handler",
    zip: pythonZip,
    file: "python.zip",
    label: "python",
  },
];

describe("AWS CLI v2 against the engine process", () => {
  it.each(cliCases)(
    "creates, invokes, gets and deletes $name",
    async (c) => {
      requireAwsCli();
      const created = (await awsLambdaOk(engine.url, [
        "create-function",
        "--function-name",
        c.name,
        "--runtime",
        c.runtime,
        "--handler",
        c.handler,
        "--role",
        ROLE,
        "--zip-file",
        `fileb://${path.join(work, c.file)}`,
      ])) as Record<string, unknown>;
      expect(created).toMatchObject({
        FunctionName: c.name,
        CodeSha256: c.zip.sha256,
        CodeSize: c.zip.bytes.length,
      });

      await awsLambdaOk(engine.url, ["wait", "function-active-v2", "--function-name", c.name]);

      const out = path.join(work, `${c.name}.out.json`);
      const invoked = (await awsLambdaOk(engine.url, [
        "invoke",
        "--function-name",
        c.name,
        "--payload",
        JSON.stringify({ hello: c.label }),
        "--log-type",
        "Tail",
        out,
      ])) as {
        StatusCode: number;
        ExecutedVersion: string;
        LogResult: string;
        FunctionError?: string;
      };
      expect(invoked.StatusCode).toBe(200);
      expect(invoked.FunctionError).toBeUndefined();
      expect(invoked.ExecutedVersion).toBe("$LATEST");
      expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual({
        runtime: c.label,
        echo: { hello: c.label },
        functionName: c.name,
      });
      const tail = Buffer.from(invoked.LogResult, "base64").toString();
      expect(tail).toMatch(/START RequestId: \S+ Version: \$LATEST/);
      expect(tail).toMatch(/REPORT RequestId: \S+\tDuration: [\d.]+ ms\t/);

      const got = (await awsLambdaOk(engine.url, ["get-function", "--function-name", c.name])) as {
        Configuration: { CodeSha256: string; State: string };
        Code: { Location: string };
      };
      expect(got.Configuration).toMatchObject({ CodeSha256: c.zip.sha256, State: "Active" });
      const zip = Buffer.from(await (await fetch(got.Code.Location)).arrayBuffer());
      expect(zip.equals(c.zip.bytes)).toBe(true);
    },
    60_000,
  );

  it("runs the console's copyable invoke command as shown, without any credentials", async () => {
    requireAwsCli();
    const { argv } = invokeCommand(
      { kind: "engine", endpoint: engine.url, region: "us-east-1" },
      "cli-node",
    );
    const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...noCredentials } = awsEnv;
    const cwd = fs.mkdtempSync(path.join(work, "copied-"));
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(AWS_CLI, argv, { env: noCredentials, cwd, timeout: 60_000 }, (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${errOut}${out}`)) : resolve(out),
      );
    });
    expect(JSON.parse(stdout)).toMatchObject({ StatusCode: 200, ExecutedVersion: "$LATEST" });
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "out.json"), "utf8"))).toMatchObject({
      runtime: "node",
      echo: {},
    });
  }, 60_000);

  it("lists both functions, then deletes them and reports 404s the AWS way", async () => {
    requireAwsCli();
    const listed = (await awsLambdaOk(engine.url, ["list-functions"])) as {
      Functions: Array<{ FunctionName: string; Runtime: string }>;
    };
    const byName = Object.fromEntries(listed.Functions.map((f) => [f.FunctionName, f.Runtime]));
    expect(byName).toMatchObject({ "cli-node": "nodejs20.x", "cli-python": "python3.12" });

    for (const c of cliCases)
      await awsLambdaOk(engine.url, ["delete-function", "--function-name", c.name]);
    const missing = await awsLambda(engine.url, ["get-function", "--function-name", "cli-node"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("ResourceNotFoundException");
    expect(missing.stderr).toContain("Function not found: arn:aws:lambda:us-east-1:");
  }, 60_000);
});

describe("boto3 against the engine process", () => {
  it("creates from a zip, invokes, lists, gets and deletes (Node and Python)", async () => {
    const script = path.join(import.meta.dirname, "smoke-boto3.py");
    const args = [script, engine.url, path.join(work, "node.zip"), path.join(work, "python.zip")];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        "python3",
        args,
        { env: { ...awsEnv, PYENV_VERSION: process.env.PYENV_VERSION }, timeout: 60_000 },
        (err, out, errOut) =>
          err
            ? reject(new Error(`smoke-boto3.py failed: ${err.message}\n${errOut}${out}`))
            : resolve(out),
      );
    });
    const report = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    for (const label of ["node", "python"]) {
      expect(report[label]).toEqual({
        createSha: label === "node" ? nodeZip.sha256 : pythonZip.sha256,
        state: "Active",
        statusCode: 200,
        functionError: null,
        executedVersion: "$LATEST",
        payload: { runtime: label, echo: { hello: "boto3" }, functionName: `boto3-${label}` },
        codeMatches: true,
        listed: true,
        afterDelete: "ResourceNotFoundException",
      });
    }
  }, 60_000);
});
