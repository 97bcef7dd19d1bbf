// Warm invokes: SDK latency (sequential), raw-client throughput at 16 in flight, and the server's
// CPU per invoke (the server process plus its runtime children, from /proc).
import { rawInvoker, sequential, throughput } from "./lib/raw-client.mjs";
import { cpuDelta, treeCpu } from "./lib/proc.mjs";
import { sdkLatency } from "./lib/sdk-client.mjs";
import { summarize } from "./lib/stats.mjs";

export async function measureWarm(target, { quick, log }) {
  const latencyOpts = quick ? { warmup: 30, count: 300 } : { warmup: 200, count: 2000 };
  log(`  ${target.name}: ${latencyOpts.count} sequential SDK invokes`);
  const latency = summarize(await sdkLatency(target.endpoint, target.functionName, latencyOpts));

  const invoker = rawInvoker(target.endpoint, target.functionName, 16);
  await sequential(invoker, 20);
  await throughput(invoker, { inFlight: 16, durationMs: quick ? 300 : 1000 });
  const durationMs = quick ? 2000 : 10_000;
  log(`  ${target.name}: raw client, 16 in flight for ${durationMs / 1000} s`);
  const before = treeCpu(target.pid);
  const tput = await throughput(invoker, { inFlight: 16, durationMs });
  const cpuMs = cpuDelta(before, treeCpu(target.pid));
  invoker.close();
  return {
    latency,
    throughput: tput.perSecond,
    failed: tput.failed,
    cpuPerInvokeMs: tput.ok ? cpuMs / tput.ok : NaN,
  };
}
