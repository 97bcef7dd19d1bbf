import { afterAll, describe, expect, it } from "vitest";
import { body, createPoolFixture } from "./testing/pool-fixture.js";

const f = createPoolFixture();
afterAll(() => f.close());

/** A Node function whose behaviour the event picks; `{}` answers "ok". */
const node = f.fn(
  "faulty",
  "nodejs20.x",
  "index.handler",
  {
    "index.js": `
exports.handler = async (event) => {
  switch (event.fault) {
    case "exit0": process.exit(0);
    case "exit3": process.exit(3);
    case "loop": for (;;) {}
    case "alloc": { const keep = []; for (;;) keep.push(Buffer.alloc(1 << 20, 1)); }
    case "heap": { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
    case "spam": { const line = "x".repeat(1023); for (let i = 0; i < 8192; i++) process.stdout.write(line + "\\n"); return "spammed"; }
    case "nolines": { process.stdout.write("y".repeat(3 << 20)); return "long"; }
    case "garbage": { const b = Buffer.alloc(1 << 20); for (let i = 0; i < b.length; i++) b[i] = (i * 7919) & 255; process.stdout.write(b); return "garbage"; }
    case "crash": setTimeout(() => process.kill(process.pid, "SIGSEGV"), 10); await new Promise((r) => setTimeout(r, 1000)); return "unreachable";
    case "big": return "z".repeat(6291556);
  }
  return "ok";
};`,
  },
  { timeout: 15, memorySize: 128 },
);
/** The same code with a 1 s timeout. */
const short = {
  ...node,
  key: "us-east-1/faulty-short/$LATEST",
  functionName: "faulty-short",
  timeout: 1,
};

async function expectRecovers(): Promise<void> {
  const r = await f.invoke(node, {});
  expect(r.functionError).toBeUndefined();
  expect(body(r)).toBe("ok");
}

describe("faults in the function never hurt the pool", () => {
  it("warms up", expectRecovers);

  it("times out: Sandbox.Timedout, Status: timeout, fresh environment next", async () => {
    const r = await f.invoke(short, { fault: "loop" }, { tail: true });
    expect(body(r)).toEqual({
      errorType: "Sandbox.Timedout",
      errorMessage: `RequestId: ${r.report.requestId} Error: Task timed out after 1.00 seconds`,
    });
    const tail = Buffer.from(r.logResult ?? "", "base64").toString();
    expect(tail).toMatch(/Z \S+ Task timed out after 1\.00 seconds\n/);
    expect(tail).toMatch(/\tStatus: timeout\t\n$/);
    const next = await f.invoke(short, {});
    expect(body(next)).toBe("ok");
    expect(next.report.initDurationMs).toBeGreaterThan(0);
  });

  it.each([
    ["exit0", "Runtime exited without providing a reason"],
    ["exit3", "Runtime exited with error: exit status 3"],
    ["crash", "Runtime exited with error: signal: segmentation fault"],
  ])("process exit (%s): Runtime.ExitError", async (fault, reason) => {
    const r = await f.invoke(node, { fault }, { tail: true });
    expect(body(r)).toEqual({
      errorType: "Runtime.ExitError",
      errorMessage: `RequestId: ${r.report.requestId} Error: ${reason}`,
    });
    expect(Buffer.from(r.logResult ?? "", "base64").toString()).toMatch(
      /\tStatus: error\tError Type: Runtime\.ExitError\t\n$/,
    );
    await expectRecovers();
  });

  it.each(["alloc", "heap"])("out of memory (%s): Runtime.OutOfMemory", async (fault) => {
    const r = await f.invoke(node, { fault }, { tail: true });
    expect(body(r)).toEqual({
      errorType: "Runtime.OutOfMemory",
      errorMessage: `RequestId: ${r.report.requestId} Error: Runtime exited with error: signal: killed`,
    });
    expect(r.report.maxMemoryUsedMB).toBeGreaterThan(100);
    expect(Buffer.from(r.logResult ?? "", "base64").toString()).toMatch(
      /\tStatus: error\tError Type: Runtime\.OutOfMemory\t\n$/,
    );
    await expectRecovers();
  });

  it("megabytes of output, endless lines and binary garbage stay bounded", async () => {
    const spam = await f.invoke(node, { fault: "spam" }, { tail: true });
    expect(body(spam)).toBe("spammed");
    const lines = f.records.at(-1)?.lines ?? [];
    const stored = lines.reduce((n, l) => n + l.message.length, 0);
    expect(stored).toBeLessThan(1.2 * 1024 * 1024);
    expect(lines.at(-1)?.message).toMatch(/^REPORT /);
    expect(Buffer.from(spam.logResult ?? "", "base64").length).toBeLessThanOrEqual(4096);
    expect(body(await f.invoke(node, { fault: "nolines" }))).toBe("long");
    expect(body(await f.invoke(node, { fault: "garbage" }))).toBe("garbage");
    await expectRecovers();
  });

  it("an oversized response becomes Function.ResponseSizeTooLarge and the environment stays warm", async () => {
    const r = await f.invoke(node, { fault: "big" });
    expect(r.functionError).toBe("Unhandled");
    expect(r.payload.toString()).toBe(
      '{"errorMessage":"Response payload size exceeded maximum allowed payload size (6291556 bytes).","errorType":"Function.ResponseSizeTooLarge"}',
    );
    const next = await f.invoke(node, {});
    expect(body(next)).toBe("ok");
    expect(next.report.initDurationMs).toBeUndefined();
  });

  it("python sys.exit and a MemoryError are reported like AWS", async () => {
    const py = f.fn(
      "pyfaults",
      "python3.12",
      "h.handler",
      {
        "h.py": `import sys
def handler(event, context):
    if event.get("exit") is not None:
        sys.exit(event["exit"])
    if event.get("alloc"):
        keep = []
        while True:
            keep.append(bytearray(1 << 20))
    return "ok"
`,
      },
      { timeout: 5 },
    );
    const r = await f.invoke(py, { exit: 2 });
    expect(body(r)).toMatchObject({
      errorType: "Runtime.ExitError",
      errorMessage: `RequestId: ${r.report.requestId} Error: Runtime exited with error: exit status 2`,
    });
    const oom = await f.invoke(py, { alloc: true });
    expect(body(oom)).toMatchObject({ errorType: "Runtime.OutOfMemory" });
    expect(body(await f.invoke(py, {}))).toBe("ok");
  });
});
