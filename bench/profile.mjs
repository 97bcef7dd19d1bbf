// `node bench/profile.mjs [--no-sandbox] [--seconds 5] [--callers fn,fn]`: runs the engine under
// `node --cpu-prof`, warms 16 environments, drives 16 raw invokes in flight, and prints where the
// engine's time goes, plus CPU per invoke split between the engine and its runtime children.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildEngine } from "../scripts/build-engine.mjs";
import { callers, topSelf } from "./lib/cpu-profile.mjs";
import { createFunctions } from "./lib/engine.mjs";
import { cpuDelta, treeCpu } from "./lib/proc.mjs";
import { rawInvoker, sequential, throughput } from "./lib/raw-client.mjs";
import { freePort, spawnServer } from "./lib/spawn-server.mjs";
import { summarize } from "./lib/stats.mjs";

const { values } = parseArgs({
  options: {
    "no-sandbox": { type: "boolean" },
    seconds: { type: "string" },
    callers: { type: "string" },
  },
});
const outDir = path.join(import.meta.dirname, ".work/profile");
fs.rmSync(outDir, { recursive: true, force: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-profile-"));
const port = await freePort();
const args = [
  "--cpu-prof",
  `--cpu-prof-dir=${outDir}`,
  await buildEngine(),
  "--port",
  String(port),
  "--data-dir",
  dataDir,
];
if (values["no-sandbox"]) args.push("--no-sandbox");
const engine = await spawnServer(process.execPath, args, {
  ready: /listening on/,
  label: "engine",
});
const endpoint = `http://127.0.0.1:${port}`;
try {
  await createFunctions(endpoint, ["profiled"]);
  const invoker = rawInvoker(endpoint, "profiled", 16);
  await throughput(invoker, { inFlight: 16, durationMs: 1500 });
  const seq = summarize(await sequential(invoker, 1000));
  const before = treeCpu(engine.pid);
  const t = await throughput(invoker, {
    inFlight: 16,
    durationMs: Number(values.seconds ?? 5) * 1000,
  });
  const after = treeCpu(engine.pid);
  invoker.close();
  const own = (after.get(engine.pid) - before.get(engine.pid)) / t.ok;
  const all = cpuDelta(before, after) / t.ok;
  console.log(`sequential raw p50 ${seq.p50.toFixed(2)} ms, p99 ${seq.p99.toFixed(2)} ms`);
  console.log(
    `16 in flight: ${t.perSecond.toFixed(0)}/s; CPU per invoke ${all.toFixed(3)} ms = engine ${own.toFixed(3)} + runtimes ${(all - own).toFixed(3)}`,
  );
} finally {
  await engine.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const file = path.join(
  outDir,
  fs.readdirSync(outDir).find((f) => f.endsWith(".cpuprofile")),
);
console.log(
  `\nprofile: ${path.relative(process.cwd(), file)} (whole engine run: start, warm-up, load)`,
);
for (const r of topSelf(file))
  console.log(
    `${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`,
  );
for (const fname of (values.callers ?? "writev,readFileSync,spawn,sqliteTransaction").split(",")) {
  console.log(`\ncallers of ${fname}:`);
  for (const c of callers(file, fname))
    console.log(`  ${(c.share * 100).toFixed(1).padStart(5)}%  ${c.chain}`);
}
