// Starts a server as a child process in its own process group and waits until it is ready.
import { spawn } from "node:child_process";
import net from "node:net";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * `ready` is a RegExp matched against stdout+stderr. Resolves with the handle and the ms from
 * spawn to ready (the start time the benchmark reports).
 */
export async function spawnServer(cmd, args, { ready, cwd, env, timeoutMs = 60_000, label = cmd }) {
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, {
    cwd,
    env: env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  const onData = (d) => {
    log += d.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const readyMs = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`${label} not ready after ${timeoutMs} ms:\n${log.slice(-4000)}`));
    }, timeoutMs);
    const check = () => {
      if (!ready.test(log)) return;
      clearTimeout(timer);
      child.stdout.off("data", check);
      child.stderr.off("data", check);
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    };
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`${label} exited (${code ?? signal}) before it was ready:\n${log.slice(-4000)}`),
      );
    });
  });
  const exited = new Promise((r) => child.once("exit", r));
  return {
    pid: child.pid,
    readyMs,
    output: () => log,
    match: (re) => re.exec(log),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => killGroup(child.pid), 15_000);
      await exited;
      clearTimeout(t);
      killGroup(child.pid);
    },
  };
}

export function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
