import path from "node:path";

/** Everything the engine can be told; `main.ts` fills it from flags and the environment. */
export interface EngineConfig {
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  /** One directory holds the whole store: SQLite metadata, code blobs, unpacked code, scratch. */
  dataDir: string;
  /** Used when a request is unsigned; signed requests use their credential scope's region. */
  region: string;
  accountId: string;
  /** Idle execution environments are stopped after this long (AWS reaps after minutes too). */
  idleTimeoutMs: number;
  /** Account concurrency limit, as GetAccountSettings reports it (AWS default 1000). */
  accountConcurrency: number;
  /** Run environments inside bubblewrap when `bwrap` is installed. */
  sandbox: boolean;
  /** Keep one Python sandbox started ahead, claimed by the next cold start (spare-sandbox.ts). */
  spareSandbox: boolean;
  /** Log events and invocation records older than this are deleted. */
  logRetentionDays: number;
  /** Public base URL for links the engine hands out (Code.Location); defaults to the listen address. */
  publicUrl?: string;
  /** Delay of the Pending → Active and InProgress → Successful transitions (default 100 ms). */
  stateTransitionMs?: number;
  /** Delays before the two retries of a failed Event invoke (AWS: about 1 and 2 minutes). */
  eventRetryDelaysMs?: number[];
  /** Event invocations older than this are dropped (AWS default 6 hours). */
  eventMaxAgeMs?: number;
}

export function defaultConfig(overrides: Partial<EngineConfig> = {}): EngineConfig {
  return {
    port: 9001,
    host: "127.0.0.1",
    dataDir: path.resolve(".data/engine"),
    region: "us-east-1",
    accountId: "000000000000",
    idleTimeoutMs: 5 * 60_000,
    accountConcurrency: 1000,
    sandbox: true,
    spareSandbox: true,
    logRetentionDays: 7,
    ...overrides,
  };
}
