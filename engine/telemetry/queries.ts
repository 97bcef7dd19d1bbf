import type { Db } from "../store/db.js";
import { MAX_CHUNK_SPAN_MS } from "./schema.js";

/** Reads for the CloudWatch Logs/Metrics operations to come; each hits one index. */

export interface StoredLogEvent {
  streamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
}

/** Log events of a group (or one of its streams) in [startTime, endTime), oldest first. */
export function listLogEvents(
  db: Db,
  q: {
    region: string;
    groupName: string;
    streamName?: string;
    startTime?: number;
    endTime?: number;
    limit?: number;
  },
): StoredLogEvent[] {
  const start = q.startTime ?? 0;
  const end = q.endTime ?? Number.MAX_SAFE_INTEGER;
  const limit = q.limit ?? 10_000;
  const where = ["region = ?", "group_name = ?", "first_at >= ?", "first_at < ?", "last_at >= ?"];
  const args: unknown[] = [q.region, q.groupName, start - MAX_CHUNK_SPAN_MS, end, start];
  if (q.streamName !== undefined) {
    where.push("stream_name = ?");
    args.push(q.streamName);
  }
  const chunks = db
    .prepare(
      `SELECT stream_name AS streamName, first_at AS firstAt, ingested_at AS ingestionTime, events
       FROM log_chunks WHERE ${where.join(" AND ")} ORDER BY first_at, id`,
    )
    .iterate(...args) as IterableIterator<{
    streamName: string;
    firstAt: number;
    ingestionTime: number;
    events: string;
  }>;
  const found: StoredLogEvent[] = [];
  /** The limit-th oldest line kept so far (only ever decreases as more are read). */
  let newestKept = Infinity;
  for (const c of chunks) {
    // Chunks come by first line: once `limit` lines are older than this chunk's first, no later
    // chunk can displace them.
    if (newestKept < c.firstAt) break;
    for (const [offset, message] of JSON.parse(c.events) as Array<[number, string]>) {
      const timestamp = c.firstAt + offset;
      if (timestamp < start || timestamp >= end) continue;
      found.push({ streamName: c.streamName, timestamp, ingestionTime: c.ingestionTime, message });
    }
    // Trimmed now and then, not per chunk, so a large limit costs one sort per `limit` lines.
    if (found.length >= 2 * limit) {
      found.sort(byTime);
      found.length = limit;
      newestKept = found[limit - 1]!.timestamp;
    }
  }
  found.sort(byTime);
  if (found.length > limit) found.length = limit;
  return found;
}

/** Stable: lines of one instant keep the order they were written in. */
const byTime = (a: StoredLogEvent, b: StoredLogEvent) => a.timestamp - b.timestamp;

export interface StoredInvocation {
  requestId: string;
  version: string;
  startedAt: number;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMB: number;
  maxMemoryUsedMB: number;
  initDurationMs: number | null;
  errorType: string | null;
  status: string | null;
}

export function listInvocations(
  db: Db,
  q: { region: string; functionName: string; startTime?: number; endTime?: number },
): StoredInvocation[] {
  return db
    .prepare(
      `SELECT request_id AS requestId, version, started_at AS startedAt, duration_ms AS durationMs,
         billed_duration_ms AS billedDurationMs, memory_size_mb AS memorySizeMB,
         max_memory_used_mb AS maxMemoryUsedMB, init_duration_ms AS initDurationMs,
         error_type AS errorType, status
       FROM invocations WHERE region = ? AND function_name = ? AND started_at >= ? AND started_at < ?
       ORDER BY started_at, id`,
    )
    .all(
      q.region,
      q.functionName,
      q.startTime ?? 0,
      q.endTime ?? Number.MAX_SAFE_INTEGER,
    ) as StoredInvocation[];
}
