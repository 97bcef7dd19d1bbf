import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../store/db.js";
import type { InvocationReport } from "../runtime/types.js";
import { listInvocations, listLogEvents } from "./queries.js";
import { telemetrySchema } from "./schema.js";
import { createTelemetryStore } from "./telemetry-store.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function report(
  requestId: string,
  startedAt: number,
  extra: Partial<InvocationReport> = {},
): InvocationReport {
  return {
    requestId,
    functionName: "fn",
    version: "$LATEST",
    region: "us-east-1",
    logGroupName: "/aws/lambda/fn",
    logStreamName: "2026/01/01/[$LATEST]abc",
    startedAt,
    durationMs: 1.5,
    billedDurationMs: 2,
    memorySizeMB: 128,
    maxMemoryUsedMB: 40,
    ...extra,
  };
}

describe("telemetry store", () => {
  it("records log events and invocation figures in batches, queryable by function and time", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "telemetry-"));
    dirs.push(dir);
    const db = openDatabase(dir, [telemetrySchema]);
    const store = createTelemetryStore(db, { retentionDays: 7 });
    const now = Date.now();
    store.record(report("a", now, { initDurationMs: 100 }), [
      { timestamp: now, message: "START RequestId: a Version: $LATEST\n" },
      { timestamp: now + 1, message: "hello\n" },
    ]);
    store.record(report("b", now + 10, { errorType: "Sandbox.Timedout", status: "timeout" }), [
      { timestamp: now + 10, message: "START RequestId: b Version: $LATEST\n" },
    ]);
    // Nothing is written until the batch is flushed.
    expect(listInvocations(db, { region: "us-east-1", functionName: "fn" })).toHaveLength(0);
    store.flush();
    const inv = listInvocations(db, { region: "us-east-1", functionName: "fn" });
    expect(inv.map((i) => [i.requestId, i.initDurationMs, i.errorType, i.status])).toEqual([
      ["a", 100, null, null],
      ["b", null, "Sandbox.Timedout", "timeout"],
    ]);
    const events = listLogEvents(db, {
      region: "us-east-1",
      groupName: "/aws/lambda/fn",
      startTime: now + 1,
    });
    expect(events.map((e) => e.message)).toEqual([
      "hello\n",
      "START RequestId: b Version: $LATEST\n",
    ]);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM invocations WHERE region = ? AND function_name = ? AND started_at >= ?",
      )
      .all("us-east-1", "fn", 0) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join()).toContain("invocations_by_function_time");
    store.close();
    db.close();
  });

  it("drops what is older than the retention", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "telemetry-"));
    dirs.push(dir);
    const db = openDatabase(dir, [telemetrySchema]);
    const store = createTelemetryStore(db, { retentionDays: 1 });
    const old = Date.now() - 3 * 86_400_000;
    store.record(report("old", old), [{ timestamp: old, message: "old\n" }]);
    store.record(report("new", Date.now()), [{ timestamp: Date.now(), message: "new\n" }]);
    store.flush();
    store.prune();
    expect(
      listInvocations(db, { region: "us-east-1", functionName: "fn" }).map((i) => i.requestId),
    ).toEqual(["new"]);
    expect(
      listLogEvents(db, { region: "us-east-1", groupName: "/aws/lambda/fn" }).map((e) => e.message),
    ).toEqual(["new\n"]);
    store.close();
    db.close();
  });
});
