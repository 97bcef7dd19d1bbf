import path from "node:path";
import type { EngineConfig } from "./config.js";
import { createExecutionPool } from "./runtime/execution-pool.js";
import type { ExecutionPool } from "./runtime/types.js";
import type { Db } from "./store/db.js";
import { telemetrySchema } from "./telemetry/schema.js";
import { createTelemetryStore, type TelemetryStore } from "./telemetry/telemetry-store.js";

/** Tables of the execution layer's telemetry store (log events, invocation figures). */
export const executionSchemas: string[] = [telemetrySchema];

/**
 * Wires the execution layer into the engine: the pool that runs functions and the telemetry
 * store it reports every invocation's log lines and figures to.
 */
export function buildExecution(
  db: Db,
  config: EngineConfig,
): { pool: ExecutionPool; telemetry: TelemetryStore } {
  const telemetry = createTelemetryStore(db, { retentionDays: config.logRetentionDays });
  const pool = createExecutionPool({
    scratchDir: path.join(config.dataDir, "scratch"),
    idleTimeoutMs: config.idleTimeoutMs,
    accountConcurrency: config.accountConcurrency,
    sandbox: config.sandbox,
    spareSandbox: config.spareSandbox,
    sink: telemetry,
  });
  return { pool, telemetry };
}
