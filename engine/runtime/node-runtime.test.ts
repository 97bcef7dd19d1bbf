import { afterAll, describe, expect, it } from "vitest";
import { body, createPoolFixture } from "./testing/pool-fixture.js";

const f = createPoolFixture();
afterAll(() => f.close());

describe("Node.js runtime", () => {
  it("runs an ESM async handler warm, with module state, context and AWS console lines", async () => {
    const fn = f.fn("esm", "nodejs20.x", "index.handler", {
      "index.mjs": `let n = 0;
        export const handler = async (event, context) => {
          n++; console.log("hello", event.x);
          return { n, event, name: context.functionName, mem: context.memoryLimitInMB, arn: context.invokedFunctionArn,
                   id: context.awsRequestId, left: context.getRemainingTimeInMillis(), cc: context.clientContext,
                   group: context.logGroupName, stream: context.logStreamName, root: process.env.LAMBDA_TASK_ROOT, cwd: process.cwd(),
                   xray: process.env.AWS_XRAY_DAEMON_ADDRESS };
        };`,
    });
    const cc = Buffer.from(JSON.stringify({ custom: { a: 1 } })).toString("base64");
    const first = await f.invoke(fn, { x: 1 }, { tail: true, clientContext: cc });
    const second = await f.invoke(fn, { x: 2 });
    const a = body(first) as Record<string, unknown>;
    expect(first.functionError).toBeUndefined();
    expect(a).toMatchObject({
      n: 1,
      event: { x: 1 },
      name: "esm",
      mem: "128",
      arn: fn.functionArn,
      cc: { custom: { a: 1 } },
    });
    expect(a.id).toBe(first.report.requestId);
    expect(a.left).toBeGreaterThan(2000);
    expect(a.group).toBe("/aws/lambda/esm");
    expect(a.stream).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(a.cwd).toBe(a.root);
    expect(a.xray).toBe("127.0.0.1:2000");
    expect((body(second) as { n: number }).n).toBe(2);
    expect(first.report.initDurationMs).toBeGreaterThan(0);
    expect(second.report.initDurationMs).toBeUndefined();
    const tail = Buffer.from(first.logResult ?? "", "base64").toString();
    expect(tail).toMatch(
      /^INIT_START Runtime Version: nodejs:20\.v1\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}\n/,
    );
    expect(tail).toContain(`START RequestId: ${first.report.requestId} Version: $LATEST\n`);
    expect(tail).toMatch(
      new RegExp(
        `\\n\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${first.report.requestId}\\tINFO\\thello 1\\n`,
      ),
    );
    expect(tail).toContain(`END RequestId: ${first.report.requestId}\n`);
    expect(tail).toMatch(
      /REPORT RequestId: \S+\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: \d+\.\d\d ms\t\n$/,
    );
  });

  it("runs CommonJS handlers, callback style, and returns null for undefined", async () => {
    const fn = f.fn("cjs", "nodejs18.x", "lib/app.main", {
      "lib/app.js": `exports.main = (event, context, callback) => { setTimeout(() => callback(null, { ok: event.v }), 5); };`,
    });
    expect(body(await f.invoke(fn, { v: 7 }))).toEqual({ ok: 7 });
    const cjs = f.fn("cjs2", "nodejs22.x", "h.handler", {
      "h.cjs": `module.exports.handler = async () => undefined;`,
    });
    const r = await f.invoke(cjs);
    expect(r.payload.toString()).toBe("null");
  });

  it("loads .js as ESM under type=module", async () => {
    const fn = f.fn("typemod", "nodejs20.x", "index.handler", {
      "package.json": `{"type":"module"}`,
      "index.js": `export async function handler() { return import.meta.url.startsWith("file:"); }`,
    });
    expect(body(await f.invoke(fn))).toBe(true);
  });

  it("refuses callback handlers on nodejs24.x", async () => {
    const fn = f.fn("cb24", "nodejs24.x", "index.handler", {
      "index.js": `exports.handler = (e, c, cb) => cb(null, 1);`,
    });
    const r = await f.invoke(fn);
    expect(r.functionError).toBe("Unhandled");
    expect(r.report.errorType).toBe("Runtime.CallbackHandlerDeprecated");
  });

  it("reports handler errors in the RIC's shape", async () => {
    const fn = f.fn("throws", "nodejs20.x", "index.handler", {
      "index.js": `exports.handler = async () => { throw new TypeError("bad thing"); };`,
    });
    const r = await f.invoke(fn, {}, { tail: true });
    expect(r.functionError).toBe("Unhandled");
    const e = body(r) as { errorType: string; errorMessage: string; trace: string[] };
    expect(Object.keys(e)).toEqual(["errorType", "errorMessage", "trace"]);
    expect(e).toMatchObject({ errorType: "TypeError", errorMessage: "bad thing" });
    expect(e.trace[0]).toBe("TypeError: bad thing");
    expect(Buffer.from(r.logResult ?? "", "base64").toString()).toMatch(
      /\tERROR\tInvoke Error \t\{"errorType":"TypeError","errorMessage":"bad thing","stack":\[/,
    );
    const thrown = f.fn("throwsstr", "nodejs20.x", "index.handler", {
      "index.js": `exports.handler = async () => { throw "plain"; };`,
    });
    expect(body(await f.invoke(thrown))).toEqual({
      errorType: "string",
      errorMessage: "plain",
      trace: [],
    });
  });

  it.each([
    [
      "missing module",
      { "other.js": "" },
      "index.handler",
      "Runtime.ImportModuleError",
      /^Error: Cannot find module 'index'/,
    ],
    [
      "missing export",
      { "index.js": "exports.x = 1;" },
      "index.handler",
      "Runtime.HandlerNotFound",
      /^index\.handler is undefined or not exported$/,
    ],
    [
      "syntax error",
      { "index.js": "exports.handler = async () => {" },
      "index.handler",
      "Runtime.UserCodeSyntaxError",
      /^SyntaxError: /,
    ],
    [
      "malformed handler",
      { "index.js": "" },
      "index",
      "Runtime.MalformedHandlerName",
      /^Bad handler$/,
    ],
  ])("reports init failure: %s", async (_name, files, handler, type, message) => {
    const fn = f.fn(`init-${type}`, "nodejs20.x", handler, files);
    const r = await f.invoke(fn);
    expect(r.functionError).toBe("Unhandled");
    const e = body(r) as { errorType: string; errorMessage: string };
    expect(e.errorType).toBe(type);
    expect(e.errorMessage).toMatch(message);
    expect(r.report.status).toBe("error");
  });

  it("reports an unhandled rejection, then starts a fresh environment", async () => {
    const fn = f.fn("reject", "nodejs20.x", "index.handler", {
      "index.js": `exports.handler = async (e) => { if (e.fail) { Promise.reject(new Error("yikes")); await new Promise((r) => setTimeout(r, 200)); } return "ok"; };`,
    });
    const r = await f.invoke(fn, { fail: true });
    const e = body(r) as { errorType: string; errorMessage: string; trace: string[] };
    expect(e.errorType).toBe("Runtime.UnhandledPromiseRejection");
    expect(e.errorMessage).toBe("Error: yikes");
    expect(e.trace[0]).toBe("Runtime.UnhandledPromiseRejection: Error: yikes");
    expect(body(await f.invoke(fn))).toBe("ok");
  });
});
