import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildEngine } from "../../scripts/build-engine.mjs";

/** The engine running as a separate OS process, as `npm run engine` runs it. */
export interface EngineProcess {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Everything the process printed so far (stdout and stderr interleaved). */
  output(): string;
  /** SIGTERM and wait for the exit (graceful close). */
  stop(): Promise<void>;
  /** SIGKILL: no cleanup runs in the engine, exactly like a power cut for the store. */
  kill9(): Promise<void>;
  /** Pids still alive in the engine's process group (runtime environments left behind). */
  survivors(): number[];
  /** SIGKILL to the whole process group; for teardown. */
  killGroup(): void;
}

const READY = /Functionary engine listening on (http:\/\/\S+)/;

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `functionary-${prefix}-`));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Pids whose process group is `pgid`, read from /proc/<pid>/stat (field 5). */
export function processGroupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is the state (field 3); a zombie is already dead.
      if (Number(fields[2]) === pgid && fields[0] !== "Z") pids.push(Number(name));
    } catch {
      // the process ended while we read
    }
  }
  return pids;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Builds the bundle when stale and starts `node dist/engine/main.mjs`; resolves once the engine
 * printed its endpoint. Fails with the engine's own output when it exits or stays silent.
 */
export async function startEngineProcess(opts: {
  dataDir: string;
  port?: number;
  args?: string[];
  readyTimeoutMs?: number;
}): Promise<EngineProcess> {
  const entry = await buildEngine();
  const port = opts.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [entry, "--port", String(port), "--data-dir", opts.dataDir, ...(opts.args ?? [])],
    // Its own process group, so a test can also reap the runtime processes an engine killed
    // with SIGKILL may leave behind.
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`engine not ready after ${opts.readyTimeoutMs ?? 20_000} ms:\n${log}`));
    }, opts.readyTimeoutMs ?? 20_000);
    const onData = () => {
      const m = READY.exec(log);
      if (!m?.[1]) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve(m[1].replace(/[.…,]+$/, ""));
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`engine exited (${code ?? signal}) before it was ready:\n${log}`));
    });
  });

  return {
    url,
    port,
    dataDir: opts.dataDir,
    pid: child.pid!,
    output: () => log,
    async stop() {
      const exited = waitForExit(child);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
    async kill9() {
      const exited = waitForExit(child);
      child.kill("SIGKILL");
      await exited;
    },
    survivors: () => processGroupMembers(child.pid!),
    killGroup() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // the group is already gone
      }
    },
  };
}
