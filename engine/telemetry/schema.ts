/**
 * Telemetry tables: CloudWatch-Logs-shaped log groups and streams, log events stored one chunk
 * per invocation, and one row per invocation for AWS/Lambda metrics. Queries are by function (or
 * group) and time range, so every index leads with those. The control plane passes this to
 * openDatabase.
 *
 * A chunk holds all lines an invocation wrote (START … REPORT, with whatever the function
 * printed), as a JSON array of `[ms after first_at, message]`: one row and one entry per index
 * instead of one per line. Rows per line cost the engine 10–13 % of its throughput in
 * side-by-side runs of the warm benchmark. Reads expand the chunks (queries.ts).
 */
/**
 * No chunk spans more than this from its first line to its last: an invocation lasts at most
 * 900 s, and lines printed while an environment idled are split off when older. Reads of a time
 * range start this much earlier, so a chunk's late lines are always found.
 */
export const MAX_CHUNK_SPAN_MS = 15 * 60_000;

export const telemetrySchema = `
CREATE TABLE IF NOT EXISTS log_groups (
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (region, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS log_streams (
  region TEXT NOT NULL,
  group_name TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  first_event_at INTEGER NOT NULL,
  last_event_at INTEGER NOT NULL,
  PRIMARY KEY (region, group_name, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS log_streams_by_last_event ON log_streams (region, group_name, last_event_at);
CREATE TABLE IF NOT EXISTS log_chunks (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,
  group_name TEXT NOT NULL,
  stream_name TEXT NOT NULL,
  first_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  ingested_at INTEGER NOT NULL,
  events TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_chunks_by_group_time ON log_chunks (region, group_name, first_at);
CREATE INDEX IF NOT EXISTS log_chunks_by_stream_time ON log_chunks (region, group_name, stream_name, first_at);
CREATE TABLE IF NOT EXISTS invocations (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,
  function_name TEXT NOT NULL,
  version TEXT NOT NULL,
  request_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  duration_ms REAL NOT NULL,
  billed_duration_ms INTEGER NOT NULL,
  memory_size_mb INTEGER NOT NULL,
  max_memory_used_mb INTEGER NOT NULL,
  init_duration_ms REAL,
  error_type TEXT,
  status TEXT
);
CREATE INDEX IF NOT EXISTS invocations_by_function_time ON invocations (region, function_name, started_at);
CREATE INDEX IF NOT EXISTS invocations_by_time ON invocations (started_at);
`;
