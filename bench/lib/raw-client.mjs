// A cheap raw HTTP client for the Invoke route: keep-alive sockets, no signing, no SDK, so the
// client costs as little CPU as possible on a machine it shares with the server.
import http from "node:http";
import { msSince } from "./stats.mjs";

const BODY = Buffer.from("{}");

export function invokePath(functionName) {
  return `/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`;
}

export function rawInvoker(endpoint, functionName, maxSockets = 16) {
  const url = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const options = {
    host: url.hostname,
    port: url.port,
    method: "POST",
    path: invokePath(functionName),
    agent,
    headers: { "content-type": "application/json", "content-length": BODY.length },
  };
  const invoke = () =>
    new Promise((resolve, reject) => {
      const req = http.request(options, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(BODY);
    });
  return { invoke, close: () => agent.destroy() };
}

/** Runs `inFlight` invokes at a time for `durationMs`; returns completions and errors. */
export async function throughput(invoker, { inFlight, durationMs }) {
  let ok = 0;
  let failed = 0;
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (msSince(start) < durationMs) {
      try {
        const r = await invoker.invoke();
        if (r.status === 200) ok++;
        else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = msSince(start) / 1000;
  return { ok, failed, seconds, perSecond: ok / seconds };
}

/** Runs `count` invokes with `inFlight` at a time (bulk work between measurement windows). */
export async function bulk(invoker, { inFlight, count }) {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const r = await invoker.invoke().catch(() => ({ status: 0 }));
      if (r.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { failed };
}

/** Sequential invokes, one latency (ms) each. */
export async function sequential(invoker, count) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    const r = await invoker.invoke();
    if (r.status !== 200) throw new Error(`invoke answered ${r.status}: ${r.body}`);
    latencies.push(msSince(t));
  }
  return latencies;
}
