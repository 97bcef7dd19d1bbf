import type { Db } from "../store/db.js";

/** Reads for the CloudWatch Logs/Metrics operations to come; each hits one index. */

export interface StoredLogEvent {
  streamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
}

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
  const where = ["region = ?", "group_name = ?", "timestamp >= ?", "timestamp < ?"];
  const args: unknown[] = [
    q.region,
    q.groupName,
    q.startTime ?? 0,
    q.endTime ?? Number.MAX_SAFE_INTEGER,
  ];
  if (q.streamName !== undefined) {
    where.push("stream_name = ?");
    args.push(q.streamName);
  }
  return db
    .prepare(
      `SELECT stream_name AS streamName, timestamp, ingested_at AS ingestionTime, message FROM log_events
       WHERE ${where.join(" AND ")} ORDER BY timestamp, id LIMIT ?`,
    )
    .all(...args, q.limit ?? 10_000) as StoredLogEvent[];
}

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
