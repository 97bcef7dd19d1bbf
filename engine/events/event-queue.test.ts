import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../store/db.js";
import { EventQueue, type AttemptOutcome, type EventQueueOptions } from "./event-queue.js";
import { EventStore, eventSchema, type StoredEvent } from "./event-store.js";

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function open(dir?: string): { dir: string; store: EventStore } {
  const d = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "events-"));
  if (!dir) dirs.push(d);
  const db = openDatabase(d, [eventSchema]);
  dbs.push(db);
  return { dir: d, store: new EventStore(db) };
}

const fast: EventQueueOptions = {
  retryDelaysMs: [30, 60],
  maxEventAgeMs: 60_000,
  throttleDelayMs: 20,
  maxInFlight: 4,
};
const event = (id: string) => ({
  id,
  region: "us-east-1",
  name: "fn",
  qualifier: null,
  payload: Buffer.from("{}"),
});

async function until(cond: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("EventQueue", () => {
  it("runs an event once and forgets it on success", async () => {
    const { store } = open();
    const seen: StoredEvent[] = [];
    const q = new EventQueue(store, async (e) => (seen.push(e), "success"), fast);
    q.start();
    q.enqueue(event("a"));
    expect(store.count()).toBe(1);
    await until(() => store.count() === 0);
    expect(seen.map((e) => e.id)).toEqual(["a"]);
    await q.stop();
  });

  it("retries a function error twice with the configured delays, then gives up", async () => {
    const { store } = open();
    const times: number[] = [];
    const q = new EventQueue(store, async () => (times.push(Date.now()), "function-error"), fast);
    q.start();
    q.enqueue(event("b"));
    await until(() => store.count() === 0);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(25);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(55);
    await q.stop();
  });

  it("keeps retrying throttled events instead of dropping them", async () => {
    const { store } = open();
    let calls = 0;
    const q = new EventQueue(
      store,
      async (): Promise<AttemptOutcome> => (++calls < 4 ? "throttled" : "success"),
      fast,
    );
    q.start();
    q.enqueue(event("c"));
    await until(() => store.count() === 0);
    expect(calls).toBe(4);
    await q.stop();
  });

  it("resumes events accepted before a restart, including one that was running", async () => {
    const first = open();
    const q1 = new EventQueue(
      first.store,
      () => new Promise<AttemptOutcome>(() => undefined),
      fast,
    );
    q1.start();
    q1.enqueue(event("d"));
    q1.enqueue(event("e"));
    await until(() => first.store.takeDue(Date.now(), 10).length === 0);
    dbs.splice(0).forEach((db) => db.close()); // the "crash": q1 never finishes
    const second = open(first.dir);
    const ran: string[] = [];
    const q2 = new EventQueue(second.store, async (e) => (ran.push(e.id), "success"), fast);
    q2.start();
    await until(() => second.store.count() === 0);
    expect(ran.sort()).toEqual(["d", "e"]);
    await q2.stop();
  });

  it("drops events older than the maximum age", async () => {
    const { store } = open();
    let calls = 0;
    const q = new EventQueue(store, async () => (calls++, "throttled"), {
      ...fast,
      maxEventAgeMs: 50,
    });
    q.start();
    q.enqueue(event("f"));
    await until(() => store.count() === 0);
    expect(calls).toBeGreaterThanOrEqual(1);
    await q.stop();
  });
});
