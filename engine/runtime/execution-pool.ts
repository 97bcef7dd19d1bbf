import { mkdirSync } from "node:fs";
import { TooManyRequestsError } from "../errors.js";
import { Environment } from "./environment.js";
import { hostTools, type HostTools } from "./host-tools.js";
import { RuntimeApiServer } from "./runtime-api-server.js";
import type {
  ExecutionPool,
  ExecutionPoolOptions,
  FunctionSnapshot,
  InvokeRequest,
  InvokeResult,
} from "./types.js";

/** How often busy environments' memory is sampled (RSS from /proc). */
const MEMORY_POLL_MS = 10;

/**
 * Warm environments per function version (`FunctionSnapshot.key`): one invocation at a time
 * each, a new one per extra concurrent request up to the reserved or account limit (then 429),
 * retirement on a new revision, reaping when idle (DESIGN rule 3).
 */
export function createExecutionPool(options: ExecutionPoolOptions): ExecutionPool {
  mkdirSync(options.scratchDir, { recursive: true });
  const server = new RuntimeApiServer();
  const tools = hostTools();
  const byKey = new Map<string, Environment[]>();
  const idle = new Map<string, Environment[]>();
  const inFlightByFunction = new Map<string, number>();
  const running = new Set<Promise<unknown>>();
  let inFlight = 0;
  let closed = false;
  let memoryTimer: NodeJS.Timeout | undefined;
  let runtimeApi = "";
  let host: HostTools | undefined;

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

  function monitorMemory(): void {
    if (memoryTimer) return;
    memoryTimer = setInterval(() => {
      let busy = 0;
      for (const list of byKey.values()) {
        for (const env of list) {
          if (env.state !== "busy") continue;
          busy++;
          env.checkMemory();
        }
      }
      if (busy === 0) {
        clearInterval(memoryTimer);
        memoryTimer = undefined;
      }
    }, MEMORY_POLL_MS);
    memoryTimer.unref();
  }

  async function acquire(fn: FunctionSnapshot): Promise<Environment> {
    const list = idle.get(fn.key);
    while (list && list.length > 0) {
      const env = list.pop() as Environment;
      if (env.revision === fn.revision && env.state === "idle") return env;
      void env.stop();
    }
    if (!host) {
      [runtimeApi, host] = await Promise.all([server.ready, tools]);
    }
    const env = new Environment(fn, {
      server,
      runtimeApi,
      tools: host,
      sandbox: options.sandbox,
      scratchDir: options.scratchDir,
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
      const env = await acquire(fn);
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
      await Promise.allSettled([...running]);
      const all = [...byKey.values()].flat();
      await Promise.all(all.map((env) => env.stop()));
      clearInterval(memoryTimer);
      await server.close();
    },
  };
}
