import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  type LambdaClientConfig,
} from "@aws-sdk/client-lambda";
import { strToU8, zipSync, type Zippable } from "fflate";
import { startEngine, type Engine } from "../app.js";
import { defaultConfig, type EngineConfig } from "../config.js";

export const TEST_ROLE = "arn:aws:iam::000000000000:role/lambda-role";

export interface TestEngine {
  engine: Engine;
  url: string;
  dataDir: string;
  lambda: LambdaClient;
  /** A client for another region (the region comes from the SigV4 scope). */
  client(overrides?: Partial<LambdaClientConfig>): LambdaClient;
  /** Waits until a function is Active with no update in progress (polls every 20 ms). */
  waitReady(name: string, qualifier?: string): Promise<void>;
  /** Stops the engine (graceful) and removes its data directory unless `keepData`. */
  close(opts?: { keepData?: boolean }): Promise<void>;
}

export type ZipFiles = Record<
  string,
  string | Uint8Array | { content: string | Uint8Array; mode: number }
>;

/**
 * Builds a zip as a developer's tool would: Unix attributes, so `mode` (e.g. 0o755 for a
 * `bootstrap`) survives into the unpacked package.
 */
export function zip(files: ZipFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [name, value] of Object.entries(files)) {
    const spec =
      typeof value === "string" || value instanceof Uint8Array
        ? { content: value, mode: 0o644 }
        : value;
    const data = typeof spec.content === "string" ? strToU8(spec.content) : spec.content;
    entries[name] = [data, { os: 3, attrs: (0o100000 | spec.mode) << 16 }];
  }
  return zipSync(entries);
}

/**
 * Starts a real engine in-process on port 0 with a fresh data directory, plus an SDK client
 * configured as the project's tests require (one attempt, explicit timeouts, dummy credentials).
 */
export async function startTestEngine(overrides: Partial<EngineConfig> = {}): Promise<TestEngine> {
  const dataDir =
    overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "functionary-engine-"));
  const engine = await startEngine(
    defaultConfig({ port: 0, dataDir, stateTransitionMs: 20, ...overrides }),
  );
  const clients: LambdaClient[] = [];
  const client = (extra: Partial<LambdaClientConfig> = {}) => {
    const c = new LambdaClient({
      endpoint: engine.url,
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 30_000 },
      ...extra,
    });
    clients.push(c);
    return c;
  };
  const lambda = client();
  const waitReady = async (name: string, qualifier?: string) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const c = await lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
      );
      if (c.State === "Active" && c.LastUpdateStatus !== "InProgress") return;
      if (Date.now() > deadline)
        throw new Error(`${name} is still ${c.State}/${c.LastUpdateStatus}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    engine,
    url: engine.url,
    dataDir,
    lambda,
    client,
    waitReady,
    close: async ({ keepData = false } = {}) => {
      for (const c of clients) c.destroy();
      await engine.close();
      if (!keepData && !overrides.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
