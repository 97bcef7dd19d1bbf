// Warm invokes: SDK latency (sequential), raw-client throughput at 16 in flight, and the server's
// CPU per invoke (the server process plus its runtime children, from /proc). The targets run
// side by side and are measured in alternating rounds, so load from other work on this shared
// machine falls on all of them alike and the ratios stay fair.
import { cpuDelta, treeCpu } from "./lib/proc.mjs";
import { rawInvoker, throughput } from "./lib/raw-client.mjs";
import { sdkInvoker } from "./lib/sdk-client.mjs";
import { summarize } from "./lib/stats.mjs";

export async function measureWarm(targets, { quick, log }) {
  const rounds = quick ? 2 : 5;
  const count = quick ? 300 : 2000;
  const warmup = quick ? 30 : 200;
  const seconds = quick ? 2 : 10;
  const state = targets.map((t) => ({
    t,
    sdk: sdkInvoker(t.endpoint, t.functionName),
    raw: rawInvoker(t.endpoint, t.functionName, 16),
    latencies: [],
    ok: 0,
    failed: 0,
    elapsed: 0,
    cpuMs: 0,
  }));
  try {
    for (const s of state) {
      await s.sdk.timed(warmup);
      // Warm as many environments as the load below keeps busy.
      await throughput(s.raw, { inFlight: 16, durationMs: quick ? 300 : 1000 });
    }
    log(`  ${count} sequential SDK invokes each, in ${rounds} alternating rounds`);
    for (let r = 0; r < rounds; r++) {
      for (const s of rotate(state, r)) s.latencies.push(...(await s.sdk.timed(count / rounds)));
    }
    log(`  raw client, 16 in flight, ${seconds} s each, in ${rounds} alternating rounds`);
    for (let r = 0; r < rounds; r++) {
      for (const s of rotate(state, r)) {
        const before = treeCpu(s.t.pid);
        const tp = await throughput(s.raw, { inFlight: 16, durationMs: (seconds * 1000) / rounds });
        s.cpuMs += cpuDelta(before, treeCpu(s.t.pid));
        s.ok += tp.ok;
        s.failed += tp.failed;
        s.elapsed += tp.seconds;
      }
    }
  } finally {
    for (const s of state) {
      s.sdk.destroy();
      s.raw.close();
    }
  }
  return Object.fromEntries(
    state.map((s) => [
      s.t.key,
      {
        latency: summarize(s.latencies),
        throughput: s.ok / s.elapsed,
        failed: s.failed,
        cpuPerInvokeMs: s.ok ? s.cpuMs / s.ok : NaN,
      },
    ]),
  );
}

function rotate(list, by) {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
