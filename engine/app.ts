import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { registerAliasRoutes } from "./api/alias-routes.js";
import { CodeLinks, registerCodeRoutes } from "./api/code-routes.js";
import { registerConcurrencyRoutes } from "./api/concurrency-routes.js";
import { registerFunctionRoutes } from "./api/function-routes.js";
import { registerInvokeRoutes } from "./api/invoke-routes.js";
import { registerPolicyRoutes } from "./api/policy-routes.js";
import { registerTagRoutes } from "./api/tag-routes.js";
import type { Services } from "./api/services.js";
import type { EngineConfig } from "./config.js";
import { AliasService } from "./control/alias-service.js";
import { ConcurrencyService } from "./control/concurrency-service.js";
import type { ControlContext } from "./control/context.js";
import { FunctionQueries } from "./control/function-queries.js";
import { FunctionService } from "./control/function-service.js";
import { InvokeTargets } from "./control/invoke-targets.js";
import { PolicyService } from "./control/policy-service.js";
import { StateTransitions } from "./control/state-transitions.js";
import { TagService } from "./control/tag-service.js";
import { VersionService } from "./control/version-service.js";
import { defaultEventQueueOptions, EventQueue } from "./events/event-queue.js";
import { eventRunner } from "./events/event-runner.js";
import { EventStore, eventSchema } from "./events/event-store.js";
import { Router } from "./http/router.js";
import { buildExecution, executionSchemas } from "./execution.js";
import { CodeStore } from "./store/code-store.js";
import { openDatabase } from "./store/db.js";
import { FunctionStore } from "./store/function-store.js";
import { controlPlaneSchema } from "./store/schema.js";

/** The longest an invocation can run (Lambda's 900 s timeout) plus a margin. */
const MAX_DRAIN_MS = 905_000;

export interface Engine {
  url: string;
  port: number;
  config: EngineConfig;
  /** Graceful: stop accepting, let in-flight invocations finish, close the pool, close the store. */
  close(): Promise<void>;
}

/** Builds the whole engine from a config and starts listening (port 0 picks a free port). */
export async function startEngine(config: EngineConfig): Promise<Engine> {
  const db = openDatabase(config.dataDir, [controlPlaneSchema, eventSchema, ...executionSchemas]);
  const store = new FunctionStore(db);
  const code = new CodeStore(config.dataDir);
  // Replaced and deleted packages would otherwise fill the disk over months of deploys.
  code.collectGarbage(store.referencedCode());
  const { pool, telemetry } = buildExecution(db, config);
  let baseUrl = "";
  const links = new CodeLinks(() => config.publicUrl ?? baseUrl);
  const targets = new InvokeTargets(() => ctx);
  const changed = (region: string, name: string) => targets.invalidate(region, name);
  const transitions = new StateTransitions(store, config.stateTransitionMs ?? 100, changed);
  const ctx: ControlContext = {
    store,
    code,
    accountId: config.accountId,
    accountConcurrency: config.accountConcurrency,
    pool,
    transitions,
    changed,
    codeLocation: (sha) => links.location(sha),
  };
  const services: Services = {
    functions: new FunctionService(ctx),
    queries: new FunctionQueries(ctx),
    versions: new VersionService(ctx),
    aliases: new AliasService(ctx),
    tags: new TagService(ctx),
    policies: new PolicyService(ctx),
    concurrency: new ConcurrencyService(ctx),
  };
  const events = new EventQueue(new EventStore(db), eventRunner(targets, pool), {
    ...defaultEventQueueOptions,
    retryDelaysMs: config.eventRetryDelaysMs ?? defaultEventQueueOptions.retryDelaysMs,
    maxEventAgeMs: config.eventMaxAgeMs ?? defaultEventQueueOptions.maxEventAgeMs,
  });

  const router = new Router(config.region);
  registerFunctionRoutes(router, services);
  registerAliasRoutes(router, services);
  registerTagRoutes(router, services);
  registerPolicyRoutes(router, services);
  registerConcurrencyRoutes(router, services);
  registerInvokeRoutes(router, { accountId: config.accountId, targets, pool, events });
  registerCodeRoutes(router, links, code);

  let inFlight = 0;
  let drained: (() => void) | undefined;
  const listener = router.listener();
  const server = http.createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      if (--inFlight === 0) drained?.();
    });
    listener(req, res);
  });
  server.keepAliveTimeout = 65_000;

  transitions.resume();
  events.start();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  baseUrl = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await events.stop();
      // In-flight requests finish (an invoke lasts at most the 900 s Lambda timeout).
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, MAX_DRAIN_MS).unref();
        });
      }
      await pool.close();
      server.closeAllConnections();
      await stopped;
      transitions.close();
      telemetry.close();
      db.close();
    })());

  return {
    url: baseUrl,
    port,
    config: { ...config, dataDir: path.resolve(config.dataDir) },
    close,
  };
}
