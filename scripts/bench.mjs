// `npm run bench [-- --quick] [-- --no-sls]`: the engine against the floor (a plain HTTP server
// answering the Invoke route with fixed JSON) and against serverless-offline, in one run on this
// machine (issue 2, Checks). Prints a markdown table and writes bench/results.md (+ .json).
// A benchmark, not a test: it fails only when a measurement could not be taken.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import prettier from "prettier";
import { measureCold, measureColdWith } from "../bench/cold.mjs";
import { measureConsole } from "../bench/console.mjs";
import { ensureSlsInstalled } from "../bench/lib/sls.mjs";
import { freePort } from "../bench/lib/spawn-server.mjs";
import { msSince } from "../bench/lib/stats.mjs";
import { renderReport } from "../bench/report.mjs";
import { measureStability } from "../bench/stability.mjs";
import { measureStartup } from "../bench/startup.mjs";
import { startEngineTarget, startFloor, startSlsTarget } from "../bench/targets.mjs";
import { measureWarm } from "../bench/warm.mjs";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
// `--only warm,cold,start,stability,console`: a subset, for working on one figure; like
// --quick, its results go to the gitignored bench/.work/, never over the committed table.
const onlyArg = argv[argv.indexOf("--only") + 1];
const only = argv.includes("--only") ? new Set(onlyArg?.split(",")) : undefined;
const want = (name) => !only || only.has(name);
const withSls = !argv.includes("--no-sls") && (want("warm") || want("stability"));
const log = (msg) => console.error(msg);
const ctx = { quick, log };
const started = process.hrtime.bigint();
// A stray rejection inside one part (a browser page closing under load) must not end the run
// and lose every figure measured so far: it is logged, and the part it belongs to fails alone.
process.on("unhandledRejection", (err) => log(`  unhandled rejection: ${err?.stack ?? err}`));

const res = {
  meta: {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "?",
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
    quick,
  },
  stability: {},
  errors: {},
};

/** Runs one part; a failure is recorded and reported, the other parts still run. */
async function part(name, fn) {
  log(`▶ ${name}`);
  try {
    return await fn();
  } catch (err) {
    log(`  ${name} failed: ${err.stack ?? err}`);
    res.errors[name] = String(err.message ?? err).split("\n")[0];
    return undefined;
  }
}

async function withTarget(start, fn) {
  const target = await start();
  try {
    return await fn(target);
  } finally {
    await target.stop();
  }
}

if (withSls) {
  await part("serverless-offline install", () => {
    const v = ensureSlsInstalled(log);
    res.meta.sls = `serverless ${v.serverless}, serverless-offline ${v.offline}, default mode`;
  });
}
res.warm = !want("warm")
  ? undefined
  : await part("warm invokes: floor, engine, serverless-offline", async () => {
      const targets = [];
      try {
        targets.push(await startFloor(), await startEngineTarget());
        if (res.meta.sls) targets.push(await startSlsTarget());
        return await measureWarm(targets, ctx);
      } finally {
        for (const t of targets) await t.stop();
      }
    });
res.cold = !want("cold") ? undefined : await part("cold start and memory", () => measureCold(ctx));
// Diagnosis, not a target: how much of the cold start is the bubblewrap sandbox.
res.coldNoSandbox = !want("cold")
  ? undefined
  : await part("cold start without the sandbox", () => measureColdWith(["--no-sandbox"], ctx));
res.startup = !want("start")
  ? undefined
  : await part("start with stored functions", () => measureStartup(ctx));
res.stability.engine = !want("stability")
  ? undefined
  : await part("stability: engine", () =>
      withTarget(startEngineTarget, (t) => measureStability(t, ctx, { fresh: startEngineTarget })),
    );
if (res.meta.sls && want("stability")) {
  res.stability.sls = await part("stability: serverless-offline", () =>
    withTarget(startSlsTarget, (t) =>
      measureStability(t, ctx, {
        timeLimitMs: quick ? 30_000 : 150_000,
        // The twin runs beside the first instance, so its Invoke API needs another port.
        fresh: async () => startSlsTarget({ lambdaPort: await freePort() }),
      }),
    ),
  );
}
res.console = !want("console") ? undefined : await part("console", () => measureConsole(ctx));

res.meta.seconds = msSince(started) / 1000;
const report = renderReport(res);
// A quick run only checks the harness: its figures go to the gitignored work folder.
const dir = path.join(import.meta.dirname, quick || only ? "../bench/.work" : "../bench");
fs.mkdirSync(dir, { recursive: true });
// Written as Prettier would, so `npm test`'s format check passes on committed results.
for (const [name, text] of [
  ["results.md", report],
  ["results.json", JSON.stringify(res, null, 2)],
]) {
  const file = path.join(dir, name);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  fs.writeFileSync(file, await prettier.format(text, options));
}
console.log(report);
process.exit(Object.keys(res.errors).length ? 1 : 0);
