// Stability over a long run: sequential p50 measured after `early` invokes and again after
// `total`, and memory growth per 1,000 invokes as the least-squares slope of the server's
// resident memory sampled every 2,000 invokes from `early` on (the process tree, and the server
// process alone).
import { rssMb, treeRssMb } from "./lib/proc.mjs";
import { bulk, rawInvoker, sequential } from "./lib/raw-client.mjs";
import { median, msSince, sleep } from "./lib/stats.mjs";

const SLICE = 2000;
/** Bulk work runs 4 in flight: enough to stress the server, few enough environments to settle. */
const IN_FLIGHT = 4;

function slopePer1000(points) {
  if (points.length < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return (num / den) * 1000;
}

export async function measureStability(target, { quick, log }, { timeLimitMs = 240_000 } = {}) {
  const early = quick ? 1000 : 4000;
  const total = quick ? 7000 : 30_000;
  const window = quick ? 300 : 1000;
  const invoker = rawInvoker(target.endpoint, target.functionName, IN_FLIGHT);
  const started = process.hrtime.bigint();
  const samples = [];
  const sample = async (done) => {
    await sleep(100);
    samples.push({ x: done, tree: treeRssMb(target.pid), own: rssMb(target.pid) });
  };
  try {
    log(`  ${target.name}: ${total} invokes (p50 windows at ${early} and ${total})`);
    await bulk(invoker, { inFlight: IN_FLIGHT, count: early - window });
    const p50Early = median(await sequential(invoker, window));
    let done = early;
    await sample(done);
    // Bulk in slices so a server that degrades is stopped at the time limit, not awaited.
    while (done < total - window && msSince(started) < timeLimitMs) {
      const slice = Math.min(SLICE, total - window - done);
      const { failed } = await bulk(invoker, { inFlight: IN_FLIGHT, count: slice });
      if (failed) throw new Error(`${target.name}: ${failed} invokes failed during the long run`);
      done += slice;
      await sample(done);
    }
    const p50Late = median(await sequential(invoker, window));
    done += window;
    await sample(done);
    return {
      early,
      late: done,
      p50Early,
      p50Late,
      drift: p50Late / p50Early - 1,
      growthPer1000: slopePer1000(samples.map((s) => ({ x: s.x, y: s.tree }))),
      ownGrowthPer1000: slopePer1000(samples.map((s) => ({ x: s.x, y: s.own }))),
      // Heaps grow to a working size first; a leak keeps growing in the second half too.
      lateGrowthPer1000: slopePer1000(
        samples.filter((s) => s.x >= (early + done) / 2).map((s) => ({ x: s.x, y: s.tree })),
      ),
      rss: samples.map((s) => [s.x, Math.round(s.tree), Math.round(s.own)]),
      seconds: msSince(started) / 1000,
      truncated: done < total,
    };
  } finally {
    invoker.close();
  }
}
