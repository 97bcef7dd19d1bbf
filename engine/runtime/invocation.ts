import { randomFillSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { InvocationLog } from "./invocation-log.js";
import { endLine, reportLine, startLine } from "./log-format.js";
import * as errors from "./platform-errors.js";
import type {
  FunctionSnapshot,
  InvocationReport,
  InvokeRequest,
  InvokeResponse,
  InvokeResult,
} from "./types.js";

/** How an invocation ended, as the environment saw it. */
export type Outcome =
  | { kind: "ok"; payload: Buffer }
  | { kind: "handlerError" | "initError"; errorType: string; payload: Buffer | null }
  | { kind: "tooLarge" | "timeout" | "oom" | "exit" };

const MiB = 1024 * 1024;
const EMPTY_EVENT = Buffer.from("{}");

/** Random bytes for trace ids, drawn in bulk: one native call per 200 invocations. */
const traceBytes = Buffer.alloc(4000);
let traceOffset = traceBytes.length;

/** `Root=1-<8 hex epoch s>-<24 hex>;Parent=<16 hex>;Sampled=0`, X-Ray's header shape. */
function traceId(nowMs: number): string {
  if (traceOffset === traceBytes.length) {
    randomFillSync(traceBytes);
    traceOffset = 0;
  }
  const root = traceBytes.toString("hex", traceOffset, traceOffset + 12);
  const parent = traceBytes.toString("hex", traceOffset + 12, traceOffset + 20);
  traceOffset += 20;
  const epoch = Math.floor(nowMs / 1000)
    .toString(16)
    .padStart(8, "0");
  return `Root=1-${epoch}-${root};Parent=${parent};Sampled=0`;
}

/** Client context arrives base64 (Invoke header); the runtime gets it as JSON text. */
function clientContextHeader(b64: string | undefined): string | undefined {
  if (!b64) return undefined;
  const text = Buffer.from(b64, "base64").toString("utf8");
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  try {
    return JSON.stringify(JSON.parse(text)).replace(
      /[\u007f-\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
    );
  } catch {
    return undefined;
  }
}

/** One invocation's state and log, and the InvokeResult it turns into. */
export class Invocation {
  readonly log = new InvocationLog();
  delivered = false;
  finished = false;
  /** No more output is attributed to it (END and REPORT are written). */
  sealed = false;
  /** Set by the environment: gives the invocation back when the runtime died before taking it. */
  vanished?: () => void;
  /** performance.now() when the runtime was handed the event. */
  deliveredAt = 0;
  private startedAt = Date.now();
  private deadline = 0;
  private peak = 0;
  private started = false;
  private durationMs = 0;
  private errorType?: string;
  private status: InvocationReport["status"];
  private response?: InvokeResponse;
  /** The platform's own error text, logged when the log is sealed. */
  private platformLine?: string;

  constructor(
    private readonly fn: FunctionSnapshot,
    readonly request: InvokeRequest,
    private readonly streamName: string,
    readonly resolve: (r: InvokeResult) => void,
  ) {}

  markDelivered(timeoutSeconds: number): void {
    this.delivered = true;
    this.startedAt = Date.now();
    this.deadline = this.startedAt + timeoutSeconds * 1000;
    this.deliveredAt = performance.now();
    this.logStart();
  }

  private logStart(): void {
    if (this.started) return;
    this.started = true;
    this.log.add(startLine(this.request.requestId, this.fn.version));
  }

  nextHeaders(): Record<string, string | number> {
    const r = this.request;
    const headers: Record<string, string | number> = {
      "Content-Type": "application/json",
      "Lambda-Runtime-Aws-Request-Id": r.requestId,
      "Lambda-Runtime-Deadline-Ms": String(this.deadline),
      "Lambda-Runtime-Invoked-Function-Arn": r.invokedFunctionArn,
      "Lambda-Runtime-Trace-Id": traceId(this.startedAt),
    };
    const cc = clientContextHeader(r.clientContext);
    if (cc) headers["Lambda-Runtime-Client-Context"] = cc;
    if (r.payload.length === 0) r.payload = EMPTY_EVENT;
    headers["Content-Length"] = r.payload.length;
    return headers;
  }

  notePeak(rss: number): void {
    if (rss > this.peak) this.peak = rss;
  }

  /** Node prints this before aborting when V8's heap limit is hit. */
  sawOutOfMemory(): boolean {
    return this.log.lines.some((l) => l.message.includes("JavaScript heap out of memory"));
  }

  /**
   * Settles the function's response as AWS returns it (the payload, or the platform's error
   * body): called as soon as the outcome is known, before the log is sealed, so a caller that
   * needs no log tail is answered without waiting for END, REPORT and the memory figures.
   */
  respond(outcome: Outcome, exitReason: string): InvokeResponse {
    this.durationMs = this.delivered ? performance.now() - this.deliveredAt : 0;
    const id = this.request.requestId;
    let payload: Buffer;
    let errorType: string | undefined;
    let platform: errors.PlatformError | undefined;
    switch (outcome.kind) {
      case "ok":
        payload = outcome.payload;
        break;
      case "handlerError":
      case "initError":
        errorType = outcome.errorType;
        payload = outcome.payload ?? errors.json({ errorType, errorMessage: "" });
        if (outcome.kind === "initError") this.status = "error";
        break;
      case "tooLarge":
        errorType = errors.responseTooLarge.errorType;
        payload = errors.responseTooLargeBody();
        break;
      case "timeout":
        platform = errors.timedOut(id, this.fn.timeout);
        this.status = "timeout";
        break;
      case "oom":
        platform = errors.outOfMemory(id);
        this.status = "error";
        break;
      case "exit":
        platform = errors.exited(id, exitReason);
        this.status = "error";
        break;
    }
    if (platform) {
      errorType = platform.errorType;
      payload = errors.json(platform);
      if (outcome.kind !== "timeout")
        this.platformLine = `${platform.errorMessage}\n${platform.errorType}\n`;
    }
    this.errorType = errorType;
    return (this.response = {
      payload: payload!,
      functionError: errorType ? "Unhandled" : undefined,
      executedVersion: this.fn.version,
    });
  }

  /** Writes END and REPORT after the response (`respond` first) and returns the full result. */
  seal(ctx: { initDurationMs?: number; peakBytes: number }): InvokeResult {
    const id = this.request.requestId;
    const durationMs = this.durationMs;
    const measured = Math.max(ctx.peakBytes, this.peak);
    const report: InvocationReport = {
      requestId: id,
      functionName: this.fn.functionName,
      version: this.fn.version,
      region: this.fn.region,
      logGroupName: this.fn.logGroup ?? `/aws/lambda/${this.fn.functionName}`,
      logStreamName: this.streamName,
      startedAt: this.startedAt,
      durationMs,
      // INIT is billed for on-demand ZIP functions since 2025-08-01 (facts §4.4).
      billedDurationMs: Math.max(1, Math.ceil(durationMs + (ctx.initDurationMs ?? 0))),
      memorySizeMB: this.fn.memorySize,
      // The sandbox cannot exceed its size on AWS; a kill between two samples may overshoot here.
      maxMemoryUsedMB: Math.min(this.fn.memorySize, Math.ceil(measured / MiB)),
      initDurationMs: ctx.initDurationMs,
      errorType: this.errorType,
      status: this.status,
    };
    if (this.status === "timeout") {
      this.log.add(
        `${new Date().toISOString()} ${id} Task timed out after ${this.fn.timeout.toFixed(2)} seconds\n`,
      );
    } else if (this.platformLine) this.log.add(this.platformLine);
    this.logStart();
    this.log.sealOverflow();
    this.log.add(endLine(id));
    this.log.add(reportLine(report));
    return {
      ...this.response!,
      logResult: this.request.tail ? this.log.tail() : undefined,
      report,
    };
  }
}
