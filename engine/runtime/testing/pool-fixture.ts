import { randomUUID } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createExecutionPool } from "../execution-pool.js";
import type {
  ExecutionPool,
  FunctionSnapshot,
  InvocationReport,
  InvokeResult,
  LogLine,
} from "../types.js";

/** A real pool over temp code dirs, with a sink that keeps what it is given. */
export interface PoolFixture {
  pool: ExecutionPool;
  records: Array<{ report: InvocationReport; lines: LogLine[] }>;
  /** Writes files (path → content; a leading `!` in the content makes it executable) and returns a snapshot. */
  fn(
    name: string,
    runtime: string,
    handler: string,
    files: Record<string, string>,
    extra?: Partial<FunctionSnapshot>,
  ): FunctionSnapshot;
  invoke(
    fn: FunctionSnapshot,
    payload?: unknown,
    opts?: { tail?: boolean; clientContext?: string },
  ): Promise<InvokeResult>;
  close(): Promise<void>;
  root: string;
}

export function createPoolFixture(
  opts: {
    sandbox?: boolean;
    spareSandbox?: boolean;
    accountConcurrency?: number;
    idleTimeoutMs?: number;
  } = {},
): PoolFixture {
  const root = mkdtempSync(path.join(tmpdir(), "functionary-pool-"));
  const records: PoolFixture["records"] = [];
  const pool = createExecutionPool({
    scratchDir: path.join(root, "scratch"),
    idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
    accountConcurrency: opts.accountConcurrency ?? 1000,
    sandbox: opts.sandbox ?? true,
    spareSandbox: opts.spareSandbox,
    sink: { record: (report, lines) => records.push({ report, lines }) },
  });
  return {
    pool,
    records,
    root,
    fn(name, runtime, handler, files, extra = {}) {
      const codeDir = path.join(root, "code", name);
      for (const [rel, content] of Object.entries(files)) {
        const file = path.join(codeDir, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        const exec = content.startsWith("!");
        writeFileSync(file, exec ? content.slice(1) : content);
        if (exec) chmodSync(file, 0o755);
      }
      const arn = `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
      return {
        key: `us-east-1/${name}/$LATEST`,
        revision: "r1",
        region: "us-east-1",
        accountId: "000000000000",
        functionName: name,
        version: "$LATEST",
        functionArn: arn,
        runtime,
        handler,
        memorySize: 128,
        timeout: 3,
        environment: {},
        codeDir,
        ...extra,
      };
    },
    invoke(fn, payload = {}, o = {}) {
      return fixtureInvoke(pool, fn, payload, o);
    },
    async close() {
      await pool.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function fixtureInvoke(
  pool: ExecutionPool,
  fn: FunctionSnapshot,
  payload: unknown,
  o: { tail?: boolean; clientContext?: string } = {},
): Promise<InvokeResult> {
  return pool.invoke(fn, {
    requestId: randomUUID(),
    payload: Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload)),
    invokedFunctionArn: fn.functionArn,
    clientContext: o.clientContext,
    tail: o.tail ?? false,
    invocationType: "RequestResponse",
  });
}

export const body = (r: InvokeResult): unknown => JSON.parse(r.payload.toString("utf8"));
