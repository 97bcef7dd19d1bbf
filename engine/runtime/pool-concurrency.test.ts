import { afterAll, describe, expect, it } from "vitest";
import { TooManyRequestsError } from "../errors.js";
import { body, createPoolFixture } from "./testing/pool-fixture.js";

const f = createPoolFixture({ accountConcurrency: 3 });
afterAll(() => f.close());

const code = {
  "index.js": `const id = Math.random().toString(36).slice(2);
exports.handler = async (e) => { await new Promise((r) => setTimeout(r, e.wait ?? 0)); return id; };`,
};

describe("pool concurrency", () => {
  it("runs concurrent requests in separate environments and reuses them warm", async () => {
    const fn = f.fn("conc", "nodejs20.x", "index.handler", code);
    const ids = (await Promise.all([1, 2].map(() => f.invoke(fn, { wait: 300 })))).map(body);
    expect(new Set(ids).size).toBe(2);
    const again = body(await f.invoke(fn, {}));
    expect(ids).toContain(again);
  });

  it("throttles beyond reserved concurrency and the account limit with AWS's reasons", async () => {
    const reserved = f.fn("reserved", "nodejs20.x", "index.handler", code, {
      reservedConcurrency: 1,
    });
    const slow = f.invoke(reserved, { wait: 400 });
    await expect(f.invoke(reserved, {})).rejects.toMatchObject({
      code: "TooManyRequestsException",
      extra: { Reason: "ReservedFunctionConcurrentInvocationLimitExceeded" },
    });
    await slow;
    const zero = f.fn("zero", "nodejs20.x", "index.handler", code, { reservedConcurrency: 0 });
    await expect(f.invoke(zero, {})).rejects.toBeInstanceOf(TooManyRequestsError);

    const acct = f.fn("acct", "nodejs20.x", "index.handler", code);
    const busy = [1, 2, 3].map(() => f.invoke(acct, { wait: 400 }));
    await expect(f.invoke(acct, {})).rejects.toMatchObject({
      extra: { Reason: "ConcurrentInvocationLimitExceeded" },
    });
    await Promise.all(busy);
    expect(body(await f.invoke(acct, {}))).toBeTypeOf("string");
  });

  it("retires environments on a new revision and on retire()", async () => {
    const fn = f.fn("revs", "nodejs20.x", "index.handler", code);
    const first = body(await f.invoke(fn, {}));
    expect(body(await f.invoke(fn, {}))).toBe(first);
    const second = body(await f.invoke({ ...fn, revision: "r2" }, {}));
    expect(second).not.toBe(first);
    await f.pool.retire("us-east-1", "revs");
    expect(body(await f.invoke({ ...fn, revision: "r2" }, {}))).not.toBe(second);
  });

  it("reaps idle environments", async () => {
    const g = createPoolFixture({ idleTimeoutMs: 500 });
    try {
      const fn = g.fn("idle", "nodejs20.x", "index.handler", code);
      const first = body(await g.invoke(fn, {}));
      await new Promise((r) => setTimeout(r, 2200));
      expect(body(await g.invoke(fn, {}))).not.toBe(first);
    } finally {
      await g.close();
    }
  });
});
