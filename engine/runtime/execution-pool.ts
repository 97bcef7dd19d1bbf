import { mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { TooManyRequestsError } from "../errors.js";
import { Environment } from "./environment.js";
import { hostTools, type HostTools } from "./host-tools.js";
import { RuntimeApiServer } from "./runtime-api-server.js";
import { SpareSandboxes } from "./spare-sandbox.js";
import type {
  ExecutionPool,
  ExecutionPoolOptions,
  FunctionSnapshot,
  InvokeRequest,
  InvokeResult,
} from "./types.js";

/** How often environments that have been busy past the grace below are sampled (RSS from /proc). */
const MEMORY_POLL_MS = 10;
/**
 * Invocations shorter than this are never sampled: the REPORT's Max Memory Used comes from the
 * kernel's peak (VmHWM) at the end, and a runaway allocation needs far longer than this to
 * matter, so the common short invoke costs no timer wake-ups and no /proc reads.
 */
const MEMORY_GRACE_MS = 50;
/** The host probes (Python, bubblewrap) start this long after the pool, off the start-up path. */
const HOST_PROBE_DELAY_MS = 500;

/**
 * Warm environments per function version (`FunctionSnapshot.key`): one invocation at a time
 * each, a new one per extra concurrent request up to the reserved or account limit (then 429),
 * retirement on a new revision, reaping when idle (DESIGN rule 3).
 */
export function createExecutionPool(options: ExecutionPoolOptions): ExecutionPool {
  mkdirSync(options.scratchDir, { recursive: true });
  const server = new RuntimeApiServer();
  // The host probes spawn processes: not during start-up, but well before a first invoke
  // would have to wait for them (an earlier invoke starts them itself).
  const probeLater = setTimeout(() => void hostTools(), HOST_PROBE_DELAY_MS);
  probeLater.unref();
  const byKey = new Map<string, Environment[]>();
  const idle = new Map<string, Environment[]>();
  const inFlightByFunction = new Map<string, number>();
  const running = new Set<Promise<unknown>>();
  let inFlight = 0;
  let closed = false;
  let memoryTimer: NodeJS.Timeout | undefined;
  let runtimeApi = "";
  let host: HostTools | undefined;
  let spares: SpareSandboxes | undefined;

  const functionKey = (fn: { region: string; functionName: string }) =>
    `${fn.region}/${fn.functionName}`;

  function forget(env: Environment): void {
    for (const map of [byKey, idle]) {
      const list = map.get(env.fn.key);
      if (!list) continue;
      const i = list.indexOf(env);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) map.delete(env.fn.key);
    }
  }

  /** Samples environments busy for longer than the grace; sleeps until the next one would be. */
  function sampleMemory(): void {
    memoryTimer = undefined;
    const now = performance.now();
    let nextDue = Infinity;
    for (const list of byKey.values()) {
      for (const env of list) {
        if (env.state !== "busy") continue;
        const since = env.busySince;
        if (now - since >= MEMORY_GRACE_MS) {
          env.checkMemory();
          nextDue = Math.min(nextDue, now + MEMORY_POLL_MS);
        } else nextDue = Math.min(nextDue, since + MEMORY_GRACE_MS);
      }
    }
    if (nextDue !== Infinity) armMemory(nextDue - now);
  }

  function armMemory(delayMs: number): void {
    memoryTimer = setTimeout(sampleMemory, Math.max(1, Math.ceil(delayMs)));
    memoryTimer.unref();
  }

  /** Called as an invocation starts; the first sample is due one grace period later. */
  function monitorMemory(): void {
    if (!memoryTimer) armMemory(MEMORY_GRACE_MS);
  }

  /** A warm environment of this revision, if one is idle (stale ones are stopped on the way). */
  function takeIdle(fn: FunctionSnapshot): Environment | undefined {
    const list = idle.get(fn.key);
    while (list && list.length > 0) {
      const env = list.pop() as Environment;
      if (env.revision === fn.revision && env.state === "idle") return env;
      void env.stop();
    }
    return undefined;
  }

  async function spawnEnvironment(fn: FunctionSnapshot): Promise<Environment> {
    if (!host) {
      [runtimeApi, host] = await Promise.all([server.ready, hostTools()]);
      if (options.spareSandbox !== false && !closed)
        spares = new SpareSandboxes(options.scratchDir, host);
    }
    const env = new Environment(fn, {
      server,
      runtimeApi,
      tools: host,
      sandbox: options.sandbox,
      scratchDir: options.scratchDir,
      spares,
      sink: options.sink,
      onExit: forget,
    });
    const all = byKey.get(fn.key);
    if (all) all.push(env);
    else byKey.set(fn.key, [env]);
    return env;
  }

  function release(env: Environment, fn: FunctionSnapshot): void {
    if (env.state !== "idle") return;
    if (closed || env.retiring || env.revision !== fn.revision) {
      void env.stop();
      return;
    }
    const list = idle.get(fn.key);
    if (list) list.push(env);
    else idle.set(fn.key, [env]);
  }

  async function run(fn: FunctionSnapshot, request: InvokeRequest): Promise<InvokeResult> {
    for (;;) {
      const env = takeIdle(fn) ?? (await spawnEnvironment(fn));
      monitorMemory();
      let result: InvokeResult | null;
      try {
        result = await env.invoke(request);
      } finally {
        release(env, fn);
      }
      if (result) return result;
    }
  }

  const reaper = setInterval(
    () => {
      const cutoff = Date.now() - options.idleTimeoutMs;
      for (const list of idle.values()) {
        for (const env of [...list]) if (env.lastUsed < cutoff) void env.stop();
      }
    },
    Math.max(1000, Math.min(options.idleTimeoutMs / 4, 30_000)),
  );
  reaper.unref();

  return {
    invoke(fn, request) {
      if (closed) return Promise.reject(new Error("The execution pool is closed"));
      const fk = functionKey(fn);
      const used = inFlightByFunction.get(fk) ?? 0;
      if (fn.reservedConcurrency !== undefined && used >= fn.reservedConcurrency) {
        return Promise.reject(
          new TooManyRequestsError("ReservedFunctionConcurrentInvocationLimitExceeded"),
        );
      }
      if (inFlight >= options.accountConcurrency) {
        return Promise.reject(new TooManyRequestsError("ConcurrentInvocationLimitExceeded"));
      }
      inFlight++;
      inFlightByFunction.set(fk, used + 1);
      const p = run(fn, request).finally(() => {
        inFlight--;
        const n = (inFlightByFunction.get(fk) ?? 1) - 1;
        if (n === 0) inFlightByFunction.delete(fk);
        else inFlightByFunction.set(fk, n);
        running.delete(p);
      });
      running.add(p);
      return p;
    },

    async retire(region, functionName, version) {
      const stops: Promise<void>[] = [];
      for (const list of byKey.values()) {
        for (const env of list) {
          const f = env.fn;
          if (f.region !== region || f.functionName !== functionName) continue;
          if (version !== undefined && f.version !== version) continue;
          env.retiring = true;
          if (env.state !== "busy") stops.push(env.stop());
        }
      }
      await Promise.all(stops);
    },

    inFlight: () => inFlight,

    async close() {
      closed = true;
      clearInterval(reaper);
      clearTimeout(probeLater);
      spares?.close();
      await Promise.allSettled([...running]);
      const all = [...byKey.values()].flat();
      await Promise.all(all.map((env) => env.stop()));
      clearTimeout(memoryTimer);
      await server.close();
    },
  };
}
