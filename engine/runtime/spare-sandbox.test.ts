import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { hostTools } from "./host-tools.js";
import { body, createPoolFixture, type PoolFixture } from "./testing/pool-fixture.js";
import type { FunctionSnapshot } from "./types.js";

/** Everything a handler can see of how its interpreter was started. */
const probe = `import os, sys, time
def handler(event, context):
    def can_read(p):
        try:
            open(p, "rb").read()
            return True
        except OSError:
            return False
    open("/tmp/" + event["mark"], "w").write("x")
    env = dict(os.environ)
    for k in ("AWS_LAMBDA_RUNTIME_API", "AWS_LAMBDA_LOG_STREAM_NAME", "_X_AMZN_TRACE_ID"):
        env.pop(k, None)
    return {"env": env, "order": [k for k in os.environ if k != "_X_AMZN_TRACE_ID"], "path": sys.path, "cwd": os.getcwd(),
            "flags": list(sys.flags), "modules": sorted(sys.modules), "tz": list(time.tzname),
            "task": sorted(os.listdir("/var/task")), "tmp": os.listdir("/tmp"),
            "uid": os.getuid(), "secret": can_read(event["secretFile"]),
            "other": can_read(event["otherCode"])}
`;

/** The spare directory whose /tmp holds the file an invocation wrote, if it ran in a spare. */
function spareOf(f: PoolFixture, mark: string): string | undefined {
  const scratch = path.join(f.root, "scratch");
  return readdirSync(scratch).find(
    (d) => d.startsWith("spare-") && existsSync(path.join(scratch, d, "tmp", mark)),
  );
}

describe("spare sandbox (Python)", async () => {
  const tools = await hostTools();
  const sandboxed = !!tools.bwrap && !!tools.python;
  const spares = createPoolFixture({ sandbox: true });
  const normal = createPoolFixture({ sandbox: true, spareSandbox: false });
  afterAll(() => Promise.all([spares.close(), normal.close()]));

  const secretFile = path.join(spares.root, "data", "engine.sqlite");
  mkdirSync(path.dirname(secretFile), { recursive: true });
  writeFileSync(secretFile, "secret");

  const probeFn = (
    f: PoolFixture,
    name: string,
    environment: Record<string, string> = {},
  ): FunctionSnapshot =>
    f.fn(
      name,
      "python3.12",
      "handler.handler",
      { "handler.py": probe, "pkg/data.txt": "d" },
      {
        environment: { USER_VAR: "mine", ...environment },
      },
    );
  const warmUp = async (f: PoolFixture) => {
    const first = f.fn("first", "python3.12", "index.handler", {
      "index.py": "def handler(e, c):\n    return 1\n",
    });
    await f.invoke(first);
    await sleep(1500); // the spare started after this first cold start is ready by now
    return first;
  };

  it.runIf(sandboxed)(
    "a claimed spare looks exactly like a normal start, with only its own code and /tmp",
    async () => {
      const first = await warmUp(spares);
      const event = { secretFile, otherCode: path.join(first.codeDir, "index.py"), mark: "a" };
      const viaSpare = await spares.invoke(probeFn(spares, "probe"), event);
      expect(spareOf(spares, "a")).toBeDefined();
      const viaSpawn = await normal.invoke(probeFn(normal, "probe"), event);
      const a = body(viaSpare) as Record<string, unknown>;
      const b = body(viaSpawn) as Record<string, unknown>;
      expect(a).toEqual(b);
      expect(a).toMatchObject({
        cwd: "/var/task",
        task: ["handler.py", "pkg"],
        tmp: ["a"],
        secret: false,
        other: false,
      });
      expect((a.env as Record<string, string>).USER_VAR).toBe("mine");
      expect(a.env).not.toHaveProperty("_FUNCTIONARY_SPARE");
      expect(viaSpare.report.initDurationMs).toBeGreaterThan(0);
    },
  );

  it.runIf(sandboxed)(
    "a function setting a variable Python reads at start-up gets a normal start",
    async () => {
      await warmUp(spares);
      const fn = probeFn(spares, "probe2", { PYTHONPATH: "/var/task/pkg" });
      const event = { secretFile, otherCode: secretFile, mark: "b" };
      const r = body(await spares.invoke(fn, event)) as { path: string[]; tmp: string[] };
      expect(spareOf(spares, "b")).toBeUndefined();
      expect(r.path).toContain("/var/task/pkg");
      expect(r.tmp).toEqual(["b"]);
    },
  );
});
