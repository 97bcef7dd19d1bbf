// Engine start to ready with 1,000 stored functions: create them, stop the engine, then time
// restarts from spawn until ListFunctions answers.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { buildEngine } from "../scripts/build-engine.mjs";
import { createFunctions, startEngine } from "./lib/engine.mjs";
import { rssMb } from "./lib/proc.mjs";
import { killGroup } from "./lib/spawn-server.mjs";
import { median, msSince, sleep } from "./lib/stats.mjs";

function answers(port) {
  return new Promise((resolve) => {
    const req = http.get(
      { host: "127.0.0.1", port, path: "/2015-03-31/functions?MaxItems=50", agent: false },
      (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(res.statusCode === 200 ? body : undefined));
      },
    );
    req.on("error", () => resolve(undefined));
  });
}

async function timedStart(entry, dataDir, port) {
  const t = process.hrtime.bigint();
  const child = spawn(process.execPath, [entry, "--port", String(port), "--data-dir", dataDir], {
    stdio: "ignore",
    detached: true,
  });
  let body;
  while (!(body = await answers(port))) {
    if (msSince(t) > 30_000 || child.exitCode !== null) throw new Error("engine did not answer");
    await sleep(2);
  }
  const ms = msSince(t);
  const listed = JSON.parse(body).Functions?.length;
  await sleep(1000);
  const rss = rssMb(child.pid);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  killGroup(child.pid);
  return { ms, listed, rss };
}

function bareNode() {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    spawn(process.execPath, ["-e", "0"], { stdio: "ignore" }).on("exit", () => resolve(msSince(t)));
  });
}

export async function measureStartup({ quick, log }) {
  const count = quick ? 100 : 1000;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-bench-start-"));
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-bench-empty-"));
  try {
    const engine = await startEngine({ dataDir });
    log(`  creating ${count} functions`);
    const names = Array.from({ length: count }, (_, i) => `start-${String(i).padStart(4, "0")}`);
    await createFunctions(engine.endpoint, names, "node", 4);
    await engine.stop();
    const entry = await buildEngine();
    const runs = [];
    const empty = [];
    const bare = [];
    // Alternate with an empty data directory and a bare `node -e 0`, so the figure can be split
    // into Node's own start, the engine's fixed start and the cost of the stored functions.
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      runs.push(await timedStart(entry, dataDir, engine.port));
      empty.push((await timedStart(entry, emptyDir, engine.port)).ms);
      bare.push(await bareNode());
    }
    if (runs.some((r) => r.listed !== 50))
      throw new Error(`ListFunctions after restart: ${runs.map((r) => r.listed)}`);
    return {
      functions: count,
      ms: median(runs.map((r) => r.ms)),
      emptyMs: median(empty),
      bareNodeMs: median(bare),
      rss: median(runs.map((r) => r.rss)),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }
}
