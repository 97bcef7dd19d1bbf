import type { Statement } from "better-sqlite3";
import type { Db } from "../store/db.js";

export const eventSchema = `
CREATE TABLE IF NOT EXISTS event_invocations (
  id TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  qualifier TEXT,
  payload BLOB NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  leased INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS event_invocations_due ON event_invocations (leased, next_attempt_at);
`;

export interface StoredEvent {
  id: string;
  region: string;
  name: string;
  qualifier: string | null;
  payload: Buffer;
  /** Function errors so far (AWS retries a function error twice). */
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
}

interface Row {
  id: string;
  region: string;
  name: string;
  qualifier: string | null;
  payload: Buffer;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
}

const toEvent = (r: Row): StoredEvent => ({
  id: r.id,
  region: r.region,
  name: r.name,
  qualifier: r.qualifier,
  payload: r.payload,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
});

/**
 * Durable Event invocations. A row exists from before the 202 until the event has run or been
 * given up; `leased` marks rows being run now and is cleared on start, so an event interrupted
 * by a crash runs again (at-least-once, as Lambda's own queue).
 */
export class EventStore {
  private readonly s: Record<string, Statement>;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      insert: p(`INSERT INTO event_invocations (id, region, name, qualifier, payload, attempts,
        next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)`),
      due: p(
        "SELECT * FROM event_invocations WHERE leased = 0 AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
      ),
      lease: p("UPDATE event_invocations SET leased = 1 WHERE id = ?"),
      retry: p(
        "UPDATE event_invocations SET leased = 0, attempts = ?, next_attempt_at = ? WHERE id = ?",
      ),
      remove: p("DELETE FROM event_invocations WHERE id = ?"),
      nextDue: p("SELECT MIN(next_attempt_at) AS t FROM event_invocations WHERE leased = 0"),
      unlease: p("UPDATE event_invocations SET leased = 0 WHERE leased = 1"),
      count: p("SELECT COUNT(*) AS n FROM event_invocations"),
    };
  }

  insert(e: Omit<StoredEvent, "attempts">): void {
    this.s.insert!.run(
      e.id,
      e.region,
      e.name,
      e.qualifier,
      e.payload,
      e.nextAttemptAt,
      e.createdAt,
    );
  }

  /** Due rows, leased in the same call. */
  takeDue(now: number, limit: number): StoredEvent[] {
    const rows = (this.s.due!.all(now, limit) as Row[]).map(toEvent);
    for (const r of rows) this.s.lease!.run(r.id);
    return rows;
  }

  retry(id: string, attempts: number, at: number): void {
    this.s.retry!.run(attempts, at, id);
  }

  remove(id: string): void {
    this.s.remove!.run(id);
  }

  nextDue(): number | null {
    return (this.s.nextDue!.get() as { t: number | null }).t;
  }

  releaseLeases(): void {
    this.s.unlease!.run();
  }

  count(): number {
    return (this.s.count!.get() as { n: number }).n;
  }
}
