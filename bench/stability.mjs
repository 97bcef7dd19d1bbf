// Stability over a long run: sequential p50 after `early` invokes against after `total`, and
// memory growth per 1,000 invokes as the least-squares slope of the server's resident memory
// sampled every 1,000 invokes from `early` on (the process tree, and the server process alone).
//
// The p50 after `total` is compared with a fresh twin of the server, brought to `early` invokes
// the same way and measured at the same time, in alternating chunks. Windows minutes apart
// measured the machine instead: other work on it changes the latency more than any server drifts
// (runs read -73 % to +14 % with nothing changed, and a ratio to the floor server did not cancel
// it, since load slows a server with more process hops more). The in-time p50 after `early` is
// kept as the raw drift, for reference.
import { rssMb, treeRssMb } from "./lib/proc.mjs";
import { bulk, rawInvoker, sequential } from "./lib/raw-client.mjs";
import { median, msSince, sleep } from "./lib/stats.mjs";

const SLICE = 1000;
/** Bulk work runs 4 in flight: enough to stress the server, few enough environments to settle. */
const IN_FLIGHT = 4;
/** Sequential invokes per turn when the aged server and its fresh twin alternate. */
const CHUNK = 100;
/** Each p50 window starts after the bulk work's deferred work (telemetry, GC) has settled. */
const SETTLE_MS = 500;

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

/**
 * `fresh()` starts another instance of the target (the twin); `timeLimitMs` cuts the long run of
 * a server that degrades.
 */
export async function measureStability(target, { quick, log }, { timeLimitMs = 240_000, fresh }) {
  const earlyCount = quick ? 1000 : 4000;
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
    log(`  ${target.name}: ${total} invokes (p50 windows at ${earlyCount} and ${total})`);
    await bulk(invoker, { inFlight: IN_FLIGHT, count: earlyCount - window });
    await sleep(SETTLE_MS);
    const p50EarlyInTime = median(await sequential(invoker, window));
    let done = earlyCount;
    await sample(done);
    // Bulk in slices so a server that degrades is stopped at the time limit, not awaited.
    while (done < total - window && msSince(started) < timeLimitMs) {
      const slice = Math.min(SLICE, total - window - done);
      const { failed } = await bulk(invoker, { inFlight: IN_FLIGHT, count: slice });
      if (failed) throw new Error(`${target.name}: ${failed} invokes failed during the long run`);
      done += slice;
      await sample(done);
    }
    const { aged, young } = await againstFreshTwin(invoker, fresh, { earlyCount, window });
    done += window;
    await sample(done);
    return {
      early: earlyCount,
      late: done,
      p50Early: young,
      p50Late: aged,
      p50EarlyInTime,
      drift: aged / young - 1,
      rawDrift: aged / p50EarlyInTime - 1,
      growthPer1000: slopePer1000(samples.map((s) => ({ x: s.x, y: s.tree }))),
      ownGrowthPer1000: slopePer1000(samples.map((s) => ({ x: s.x, y: s.own }))),
      // Heaps grow to a working size first; a leak keeps growing in the second half too.
      lateGrowthPer1000: slopePer1000(
        samples.filter((s) => s.x >= (earlyCount + done) / 2).map((s) => ({ x: s.x, y: s.tree })),
      ),
      rss: samples.map((s) => [s.x, Math.round(s.tree), Math.round(s.own)]),
      seconds: msSince(started) / 1000,
      truncated: done < total,
    };
  } finally {
    invoker.close();
  }
}

/** p50 of the aged server and of a fresh twin after `earlyCount` invokes, measured side by side. */
async function againstFreshTwin(invoker, fresh, { earlyCount, window }) {
  const twin = await fresh();
  const twinInvoker = rawInvoker(twin.endpoint, twin.functionName, IN_FLIGHT);
  try {
    await bulk(twinInvoker, { inFlight: IN_FLIGHT, count: earlyCount - window });
    await sleep(SETTLE_MS);
    const aged = [];
    const young = [];
    for (let n = 0; n < window; n += CHUNK) {
      aged.push(...(await sequential(invoker, CHUNK)));
      young.push(...(await sequential(twinInvoker, CHUNK)));
    }
    return { aged: median(aged), young: median(young) };
  } finally {
    twinInvoker.close();
    await twin.stop();
  }
}
