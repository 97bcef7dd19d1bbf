// Stability over a long run: sequential p50 measured after `early` invokes and again after
// `total`, with the server's resident memory (process tree) at both points.
import { treeRssMb } from "./lib/proc.mjs";
import { bulk, rawInvoker, sequential } from "./lib/raw-client.mjs";
import { median, msSince, sleep } from "./lib/stats.mjs";

async function rssSettled(pid) {
  await sleep(500);
  const samples = [];
  for (let i = 0; i < 3; i++, await sleep(100)) samples.push(treeRssMb(pid));
  return median(samples);
}

export async function measureStability(target, { quick, log }, { timeLimitMs = 240_000 } = {}) {
  const early = quick ? 1000 : 4000;
  const total = quick ? 5000 : 30_000;
  const window = quick ? 300 : 1000;
  const invoker = rawInvoker(target.endpoint, target.functionName, 16);
  const started = process.hrtime.bigint();
  try {
    log(`  ${target.name}: ${total} invokes (p50 windows at ${early} and ${total})`);
    await bulk(invoker, { inFlight: 16, count: early - window });
    const p50Early = median(await sequential(invoker, window));
    const rssEarly = await rssSettled(target.pid);
    let done = early;
    // Bulk in slices so a server that degrades is stopped at the time limit, not awaited.
    while (done < total - window && msSince(started) < timeLimitMs) {
      const slice = Math.min(2000, total - window - done);
      const { failed } = await bulk(invoker, { inFlight: 16, count: slice });
      if (failed) throw new Error(`${target.name}: ${failed} invokes failed during the long run`);
      done += slice;
    }
    const p50Late = median(await sequential(invoker, window));
    done += window;
    const rssLate = await rssSettled(target.pid);
    return {
      early,
      late: done,
      p50Early,
      p50Late,
      drift: p50Late / p50Early - 1,
      growthPer1000: (rssLate - rssEarly) / ((done - early) / 1000),
      seconds: msSince(started) / 1000,
      truncated: done < total,
    };
  } finally {
    invoker.close();
  }
}
