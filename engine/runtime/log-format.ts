import { createHash } from "node:crypto";
import type { InvocationReport } from "./types.js";

/** Lines the platform writes around each invocation, exactly as facts §4.4 gives them. */

export function initStartLine(runtime: string, region: string): string {
  const family = runtime.replace(/^(nodejs|python|provided)\.?/, "$1:").replace(/\.x$/, "");
  const version = `${family}.v1`;
  const hash = createHash("sha256").update(`functionary:${runtime}`).digest("hex");
  return `INIT_START Runtime Version: ${version}\tRuntime Version ARN: arn:aws:lambda:${region}::runtime:${hash}\n`;
}

export const startLine = (requestId: string, version: string) =>
  `START RequestId: ${requestId} Version: ${version}\n`;

export const endLine = (requestId: string) => `END RequestId: ${requestId}\n`;

/** Tab-separated with a trailing tab; Init Duration only on cold starts; Status on failures. */
export function reportLine(r: InvocationReport): string {
  let line =
    `REPORT RequestId: ${r.requestId}\tDuration: ${r.durationMs.toFixed(2)} ms\t` +
    `Billed Duration: ${r.billedDurationMs} ms\tMemory Size: ${r.memorySizeMB} MB\t` +
    `Max Memory Used: ${r.maxMemoryUsedMB} MB\t`;
  if (r.initDurationMs !== undefined) line += `Init Duration: ${r.initDurationMs.toFixed(2)} ms\t`;
  if (r.status) line += `Status: ${r.status}\t`;
  if (r.status === "error" && r.errorType) line += `Error Type: ${r.errorType}\t`;
  return line + "\n";
}

/** `RequestId: <id> Error: Task timed out after 3.00 seconds` (facts §2.1). */
export const timeoutMessage = (requestId: string, timeout: number) =>
  `RequestId: ${requestId} Error: Task timed out after ${timeout.toFixed(2)} seconds`;

/** `YYYY/MM/DD/[$LATEST]<32 hex>`: one stream per environment. */
export function logStreamName(version: string, id: string, now = new Date()): string {
  const d = now.toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/[${version}]${id}`;
}
