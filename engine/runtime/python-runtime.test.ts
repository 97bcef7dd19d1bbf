import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { body, createPoolFixture } from "./testing/pool-fixture.js";

const f = createPoolFixture();
afterAll(() => f.close());

describe("Python runtime", () => {
  it("runs a handler warm, with context, AWS JSON spacing and logging format", async () => {
    const fn = f.fn("py", "python3.12", "app/main.handler", {
      "app/__init__.py": "",
      "app/main.py": `import logging, os, sys
logger = logging.getLogger()
logger.setLevel(logging.INFO)
count = 0
def handler(event, context):
    global count
    count += 1
    print("printed", event["x"])
    logger.info("logged %s", event["x"])
    return {"count": count, "name": context.function_name, "mem": context.memory_limit_in_mb,
            "id": context.aws_request_id, "left": context.get_remaining_time_in_millis(),
            "arn": context.invoked_function_arn, "cc": context.client_context.custom if context.client_context else None,
            "identity": context.identity.cognito_identity_id, "exe": sys.version_info[:2] >= (3, 10), "cwd": os.getcwd(),
            "root": os.environ["LAMBDA_TASK_ROOT"], "tz": os.environ["TZ"]}
`,
    });
    const cc = Buffer.from(JSON.stringify({ custom: { k: "v" } })).toString("base64");
    const r = await f.invoke(fn, { x: 1 }, { tail: true, clientContext: cc });
    expect(r.functionError).toBeUndefined();
    expect(r.payload.toString()).toMatch(/^\{"count": 1, "name": "py", /);
    const b = body(r) as Record<string, unknown>;
    expect(b).toMatchObject({
      count: 1,
      mem: "128",
      id: r.report.requestId,
      arn: fn.functionArn,
      cc: { k: "v" },
      identity: null,
      exe: true,
      tz: ":UTC",
    });
    expect(b.cwd).toBe(b.root);
    expect(b.left).toBeGreaterThan(2000);
    expect((body(await f.invoke(fn, { x: 2 })) as { count: number }).count).toBe(2);
    const tail = Buffer.from(r.logResult ?? "", "base64").toString();
    expect(tail).toContain("\nprinted 1\n");
    expect(tail).toMatch(
      new RegExp(
        `\\n\\[INFO\\]\\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\t${r.report.requestId}\\tlogged 1\\n`,
      ),
    );
  });

  it("returns None as null and reports exceptions with keys in AWS's order", async () => {
    const fn = f.fn("pyerr", "python3.13", "handler.handler", {
      "handler.py": `def handler(event, context):
    if event.get("none"):
        return None
    raise Exception("Failed: " + event["msg"])
`,
    });
    expect((await f.invoke(fn, { none: true })).payload.toString()).toBe("null");
    const r = await f.invoke(fn, { msg: "some_error_msg" }, { tail: true });
    expect(r.functionError).toBe("Unhandled");
    const e = body(r) as Record<string, unknown>;
    expect(Object.keys(e)).toEqual(["errorMessage", "errorType", "requestId", "stackTrace"]);
    expect(e).toMatchObject({
      errorMessage: "Failed: some_error_msg",
      errorType: "Exception",
      requestId: r.report.requestId,
    });
    expect((e.stackTrace as string[])[0]).toMatch(
      /^ {2}File "\/.*handler\.py", line 4, in handler\n {4}raise Exception/,
    );
    expect((e.stackTrace as string[]).join("")).not.toMatch(/bootstrap\.py|functionary_runtime/);
    const tail = Buffer.from(r.logResult ?? "", "base64").toString();
    expect(tail).toContain(
      "[ERROR] Exception: Failed: some_error_msg\nTraceback (most recent call last):\n\u00a0\u00a0File",
    );
  });

  it.each([
    [
      "missing module",
      { "other.py": "" },
      "nothere.handler",
      "Runtime.ImportModuleError",
      "Unable to import module 'nothere': No module named 'nothere'",
    ],
    [
      "missing function",
      { "m.py": "x = 1\n" },
      "m.handler",
      "Runtime.HandlerNotFound",
      "Handler 'handler' missing on module 'm'",
    ],
    [
      "syntax error",
      { "s.py": "def handler(:\n" },
      "s.handler",
      "Runtime.UserCodeSyntaxError",
      "Syntax error in module 's': ",
    ],
    [
      "malformed",
      { "other.py": "" },
      "nodot",
      "Runtime.MalformedHandlerName",
      "Bad handler 'nodot': not enough values to unpack (expected 2, got 1)",
    ],
    [
      "import-time exception",
      { "boom.py": "raise ValueError('at import')\n" },
      "boom.handler",
      "ValueError",
      "at import",
    ],
  ])("reports init failure: %s", async (_n, files, handler, type, message) => {
    const fn = f.fn(`pyinit-${type}`, "python3.12", handler, files as Record<string, string>);
    const r = await f.invoke(fn);
    const e = body(r) as Record<string, unknown>;
    expect(r.functionError).toBe("Unhandled");
    expect(e.errorType).toBe(type);
    expect(String(e.errorMessage).startsWith(message)).toBe(true);
    expect(e.requestId).toBe("");
  });
});

describe("Python runtime without bubblewrap", () => {
  const bare = createPoolFixture({ sandbox: false });
  afterAll(() => bare.close());

  it("leaves the unpacked package as deployed: no __pycache__ next to the handler", async () => {
    const fn = bare.fn("pycache", "python3.12", "lib.handler.run", {
      "lib/__init__.py": "",
      "lib/handler.py": "def run(event, context):\n    return 'ok'\n",
    });
    expect(body(await bare.invoke(fn, {}))).toBe("ok");
    const files = fs.readdirSync(fn.codeDir, { recursive: true }).map(String).sort();
    expect(files).toEqual(["lib", "lib/__init__.py", "lib/handler.py"]);
  });
});
