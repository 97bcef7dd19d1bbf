/**
 * The contract between the control plane (which owns functions and their stored code) and the
 * execution layer (which runs them). The control plane hands over a snapshot of one function
 * version; the pool keeps warm environments per `FunctionSnapshot.key` and retires them when a
 * snapshot with the same key arrives with a different `revision`.
 */
export interface FunctionSnapshot {
  /** Identity of the environment pool: `<region>/<name>/<version>` ($LATEST or a number). */
  key: string;
  /** Changes whenever code or configuration changes; environments of an older revision retire. */
  revision: string;
  region: string;
  accountId: string;
  functionName: string;
  /** `$LATEST` or `"1"`, `"2"`, … */
  version: string;
  /** Unqualified ARN. */
  functionArn: string;
  runtime: string;
  handler: string;
  memorySize: number;
  /** Seconds. */
  timeout: number;
  /** The user's Environment.Variables only; the pool adds the AWS-defined ones (facts §4.2). */
  environment: Record<string, string>;
  /** Directory holding the unpacked package (read-only for the function). */
  codeDir: string;
  /** Reserved concurrency of the function, when set (0 throttles every invoke). */
  reservedConcurrency?: number;
  architectures?: string[];
  /** `Text` or `JSON` (LoggingConfig.LogFormat). */
  logFormat?: string;
  logGroup?: string;
}

export interface InvokeRequest {
  requestId: string;
  payload: Buffer;
  /** ARN as invoked: qualified when a qualifier (version or alias) was given. */
  invokedFunctionArn: string;
  /** Base64 client context exactly as the caller sent it (sync invokes only). */
  clientContext?: string;
  /** Return the last 4 KB of this invocation's log (LogType: Tail). */
  tail: boolean;
  /** Event invocations are not limited by the 6 MB response check the same way; informative. */
  invocationType: "RequestResponse" | "Event";
  /**
   * Called once with the function's response as soon as it is known, before the log is sealed
   * (END, REPORT, Max Memory Used) one event-loop turn later: a caller that needs no log tail
   * answers its client that much earlier. `invoke` still resolves with the full result.
   */
  onResponse?: (response: InvokeResponse) => void;
}

/** What the caller of Invoke gets back; the rest of InvokeResult is the log and its figures. */
export type InvokeResponse = Pick<InvokeResult, "payload" | "functionError" | "executedVersion">;

export interface InvokeResult {
  /** Raw response bytes (the result, or the error JSON when functionError is set). */
  payload: Buffer;
  functionError?: "Unhandled";
  /** The version that ran ($LATEST or a number). */
  executedVersion: string;
  /** Base64 of the last 4 KB of this invocation's log lines, when requested. */
  logResult?: string;
  /** Figures also written to the REPORT line and recorded for metrics. */
  report: InvocationReport;
}

export interface InvocationReport {
  requestId: string;
  functionName: string;
  version: string;
  region: string;
  logGroupName: string;
  logStreamName: string;
  /** Epoch ms when the invocation started. */
  startedAt: number;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMB: number;
  maxMemoryUsedMB: number;
  /** Present on a cold start. */
  initDurationMs?: number;
  /** e.g. `Runtime.ExitError`, `Sandbox.Timedout`, `Runtime.OutOfMemory`, or the handler's errorType. */
  errorType?: string;
  status?: "timeout" | "error";
}

export interface LogLine {
  /** Epoch ms. */
  timestamp: number;
  message: string;
}

/** Where the pool sends each invocation's log lines and figures (the store records them). */
export interface InvocationSink {
  record(report: InvocationReport, lines: LogLine[]): void;
}

export interface ExecutionPoolOptions {
  /** Directory for per-environment scratch space (each environment's private /tmp lives under it). */
  scratchDir: string;
  /** Idle environments are stopped after this long. Default 5 minutes. */
  idleTimeoutMs: number;
  /** Account-wide concurrency limit (GetAccountSettings ConcurrentExecutions). Default 1000. */
  accountConcurrency: number;
  /** Use bubblewrap when it is installed. Default true. */
  sandbox: boolean;
  /** Keep one Python sandbox started ahead for cold starts (spare-sandbox.ts). Default true. */
  spareSandbox?: boolean;
  sink: InvocationSink;
}

export interface ExecutionPool {
  /**
   * Runs one invocation. Throws TooManyRequestsError (engine/errors.ts) when the function's
   * reserved concurrency or the account's concurrency is exhausted. Function failures (handler
   * errors, timeouts, crashes, out of memory, oversized responses) are results, not exceptions.
   */
  invoke(fn: FunctionSnapshot, request: InvokeRequest): Promise<InvokeResult>;
  /** Stops the environments of a function (all versions when version is omitted). */
  retire(region: string, functionName: string, version?: string): Promise<void>;
  /** Number of invocations in flight right now (for graceful shutdown). */
  inFlight(): number;
  /** Stops accepting work, waits for in-flight invocations (up to their timeout), stops all environments. */
  close(): Promise<void>;
}
