import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../testing/index.js";

/** Issue 2, Checks: the AWS CLI v2 and boto3 drive the engine unchanged. */
const run = promisify(execFile);
let t: TestEngine;
let zipPath: string;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_PAGER: "",
};

beforeAll(async () => {
  t = await startTestEngine();
  zipPath = path.join(t.dataDir, "smoke.zip");
  fs.writeFileSync(
    zipPath,
    zip({ "index.mjs": "export const handler = async (e) => ({ got: e });" }),
  );
});
afterAll(async () => {
  await t?.close();
});

const cliAvailable = fs.existsSync("/usr/bin/aws");

describe("clients other than the JS SDK", () => {
  it.skipIf(!cliAvailable)(
    "AWS CLI v2: create from a zip, invoke, list",
    { timeout: 60_000 },
    async () => {
      const aws = (...args: string[]) =>
        run("/usr/bin/aws", ["--endpoint-url", t.url, "--output", "json", "lambda", ...args], {
          env,
        });
      const created = JSON.parse(
        (
          await aws(
            "create-function",
            "--function-name",
            "cli-fn",
            "--runtime",
            "nodejs20.x",
            "--handler",
            "index.handler",
            "--role",
            TEST_ROLE,
            "--zip-file",
            `fileb://${zipPath}`,
          )
        ).stdout,
      );
      expect(created).toMatchObject({ FunctionName: "cli-fn", State: "Pending" });
      await t.waitReady("cli-fn");
      const out = path.join(t.dataDir, "cli-out.json");
      const invoked = JSON.parse(
        (
          await aws(
            "invoke",
            "--function-name",
            "cli-fn",
            "--cli-binary-format",
            "raw-in-base64-out",
            "--payload",
            '{"x":1}',
            out,
          )
        ).stdout,
      );
      expect(invoked).toMatchObject({ StatusCode: 200, ExecutedVersion: "$LATEST" });
      expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual({ got: { x: 1 } });
      const listed = JSON.parse((await aws("list-functions")).stdout);
      expect(listed.Functions.map((f: { FunctionName: string }) => f.FunctionName)).toContain(
        "cli-fn",
      );
      const missing = await aws("get-function", "--function-name", "nope").catch(
        (e: { stderr: string }) => e,
      );
      expect((missing as { stderr: string }).stderr).toContain("ResourceNotFoundException");
    },
  );

  it("boto3: create from a zip, invoke, list", { timeout: 60_000 }, async () => {
    const script = `
import boto3, json, sys, time
c = boto3.client("lambda", endpoint_url=sys.argv[1], region_name="us-east-1",
                 aws_access_key_id="test", aws_secret_access_key="test")
c.create_function(FunctionName="py-fn", Runtime="python3.12", Handler="h.handler", Role=sys.argv[3],
                  Code={"ZipFile": open(sys.argv[2], "rb").read()})
c.get_waiter("function_active_v2").wait(FunctionName="py-fn", WaiterConfig={"Delay": 1})
r = c.invoke(FunctionName="py-fn", Payload=b'{"y": 2}')
names = [f["FunctionName"] for f in c.list_functions()["Functions"]]
try:
    c.get_function(FunctionName="nope")
    err = None
except c.exceptions.ResourceNotFoundException as e:
    err = e.response["Error"]["Code"]
print(json.dumps({"status": r["StatusCode"], "payload": json.loads(r["Payload"].read()), "names": names, "err": err}))
`;
    const pyZip = path.join(t.dataDir, "py.zip");
    fs.writeFileSync(
      pyZip,
      zip({ "h.py": "def handler(event, context):\n    return {'got': event}\n" }),
    );
    const { stdout } = await run("python3", ["-c", script, t.url, pyZip, TEST_ROLE], { env });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      status: 200,
      payload: { got: { y: 2 } },
      err: "ResourceNotFoundException",
    });
    expect(result.names).toContain("py-fn");
  });
});
