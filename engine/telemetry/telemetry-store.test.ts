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
const closers: Array<() => void> = [];
afterEach(() => {
  closers.splice(0).forEach((close) => close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "telemetry-"));
  dirs.push(dir);
  return dir;
}

/** A telemetry store on a fresh (or the given) data directory, closed after the test. */
function openStore(retentionDays = 7, dir = tempDir()) {
  const db = openDatabase(dir, [telemetrySchema]);
  const store = createTelemetryStore(db, { retentionDays });
  closers.push(() => {});
  return { db, store };
}

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
    const { db, store } = openStore();
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
  });

  it("drops what is older than the retention", () => {
    const { db, store } = openStore(1);
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
  });

  it("reads an invocation's lines inside a range even when it began before it, and honours the limit across streams", () => {
    const { db, store } = openStore();
    const t = Date.now() - 60_000;
    // A long invocation in stream A: starts at t, prints at t+35 s, ends at t+40 s.
    store.record(report("long", t, { logStreamName: "A" }), [
      { timestamp: t, message: "START long\n" },
      { timestamp: t + 35_000, message: "late\n" },
      { timestamp: t + 40_000, message: "END long\n" },
    ]);
    // Short ones in stream B in between.
    for (let i = 1; i <= 3; i++) {
      store.record(report(`s${i}`, t + i * 10_000, { logStreamName: "B" }), [
        { timestamp: t + i * 10_000, message: `START s${i}\n` },
        { timestamp: t + i * 10_000 + 1, message: `END s${i}\n` },
      ]);
    }
    store.flush();
    const q = { region: "us-east-1", groupName: "/aws/lambda/fn" };
    expect(listLogEvents(db, { ...q, startTime: t + 25_000 }).map((e) => e.message)).toEqual([
      "START s3\n",
      "END s3\n",
      "late\n",
      "END long\n",
    ]);
    expect(
      listLogEvents(db, { ...q, streamName: "A", startTime: t + 1 }).map((e) => e.streamName),
    ).toEqual(["A", "A"]);
    expect(listLogEvents(db, { ...q, limit: 4 }).map((e) => e.message)).toEqual([
      "START long\n",
      "START s1\n",
      "END s1\n",
      "START s2\n",
    ]);
  });

  it("turns the line rows of an older data directory into chunks, keeping every line", () => {
    const dir = tempDir();
    const legacy = openDatabase(dir, []);
    legacy.exec(`CREATE TABLE log_events (id INTEGER PRIMARY KEY, region TEXT NOT NULL,
      group_name TEXT NOT NULL, stream_name TEXT NOT NULL, timestamp INTEGER NOT NULL,
      ingested_at INTEGER NOT NULL, message TEXT NOT NULL)`);
    const now = Date.now();
    const add = legacy.prepare(
      "INSERT INTO log_events (region, group_name, stream_name, timestamp, ingested_at, message) VALUES ('us-east-1', '/aws/lambda/fn', 's', ?, ?, ?)",
    );
    add.run(now, now, "one\n");
    add.run(now + 1, now, "two\n");
    legacy.close();

    const { db } = openStore(7, dir);
    expect(
      listLogEvents(db, { region: "us-east-1", groupName: "/aws/lambda/fn" }).map((e) => [
        e.timestamp - now,
        e.message,
      ]),
    ).toEqual([
      [0, "one\n"],
      [1, "two\n"],
    ]);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'log_events'").get(),
    ).toBeUndefined();
  });

  it("finds lines printed long before an invocation (while its environment idled) and the invocation's own", () => {
    const { db, store } = openStore();
    const t = Date.now() - 60_000;
    const hour = 60 * 60_000;
    store.record(report("late", t), [
      { timestamp: t - hour, message: "tick while idle\n" },
      { timestamp: t, message: "START late\n" },
      { timestamp: t + 5, message: "END late\n" },
    ]);
    store.flush();
    const q = { region: "us-east-1", groupName: "/aws/lambda/fn" };
    expect(listLogEvents(db, { ...q, startTime: t - 60_000 }).map((e) => e.message)).toEqual([
      "START late\n",
      "END late\n",
    ]);
    expect(listLogEvents(db, { ...q, endTime: t - 60_000 }).map((e) => e.message)).toEqual([
      "tick while idle\n",
    ]);
  });
});
