import path from "node:path";
import type { EngineConfig } from "./config.js";
import { createExecutionPool } from "./runtime/execution-pool.js";
import type { ExecutionPool, InvocationSink } from "./runtime/types.js";
import type { Db } from "./store/db.js";

/** Tables of the execution layer's telemetry store (log events, invocation figures). */
export const executionSchemas: string[] = [];

/**
 * Wires the execution layer (engine/runtime, engine/telemetry) into the engine. Until the
 * telemetry store lands, invocation reports and log lines are not recorded.
 */
export function buildExecution(_db: Db, config: EngineConfig): { pool: ExecutionPool; sink: InvocationSink } {
  const sink: InvocationSink = { record: () => undefined };
  const pool = createExecutionPool({
    scratchDir: path.join(config.dataDir, "scratch"),
    idleTimeoutMs: config.idleTimeoutMs,
    accountConcurrency: config.accountConcurrency,
    sandbox: config.sandbox,
    sink,
  });
  return { pool, sink };
}
