import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hostTools } from "./host-tools.js";
import { body, createPoolFixture } from "./testing/pool-fixture.js";

const probe = `const fs = require("fs");
exports.handler = async (e) => {
  const canRead = (p) => { try { fs.readFileSync(p); return true; } catch { return false; } };
  fs.writeFileSync("/tmp/mine.txt", "x");
  let codeWritable = true; try { fs.writeFileSync(process.env.LAMBDA_TASK_ROOT + "/new.txt", "x"); } catch { codeWritable = false; }
  return { secret: process.env.ENGINE_SECRET ?? null, user: process.env.USER_VAR, keys: Object.keys(process.env).sort(),
           secretFile: canRead(e.secretFile), otherCode: canRead(e.otherCode), codeWritable, tmp: fs.readdirSync("/tmp") };
};`;

for (const sandbox of [true, false]) {
  describe(`isolation (${sandbox ? "bubblewrap" : "no sandbox"})`, async () => {
    const tools = await hostTools();
    const f = createPoolFixture({ sandbox });
    afterAll(() => f.close());

    it("sees only its own variables; with bwrap, nothing outside its code and /tmp", async () => {
      process.env.ENGINE_SECRET = "hunter2";
      const secretFile = path.join(f.root, "data", "engine.sqlite");
      mkdirSync(path.dirname(secretFile), { recursive: true });
      writeFileSync(secretFile, "secret");
      const other = f.fn("other", "nodejs20.x", "index.handler", {
        "index.js": "exports.handler = async () => 1;",
      });
      const fn = f.fn(
        "iso",
        "nodejs20.x",
        "index.handler",
        { "index.js": probe },
        { environment: { USER_VAR: "mine" } },
      );
      const a = body(
        await f.invoke(fn, { secretFile, otherCode: path.join(other.codeDir, "index.js") }),
      ) as Record<string, unknown>;
      delete process.env.ENGINE_SECRET;
      expect(a.secret).toBeNull();
      expect(a.user).toBe("mine");
      expect(a.keys).toContain("AWS_LAMBDA_RUNTIME_API");
      expect(a.keys).not.toContain("HOME");
      if (sandbox && tools.bwrap) {
        expect(a.secretFile).toBe(false);
        expect(a.otherCode).toBe(false);
        expect(a.codeWritable).toBe(false);
        expect(a.tmp).toEqual(["mine.txt"]);
      }
    });
  });
}
