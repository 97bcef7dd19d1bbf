// Cold first invoke for Node and Python against the bare spawn of the same interpreter, measured
// in the same run; and, from the same environments, idle and per-environment memory.
import { spawn } from "node:child_process";
import path from "node:path";
import { createFunctions } from "./lib/engine.mjs";
import { processExe, processTree, rssMb, treeRssMb } from "./lib/proc.mjs";
import { rawInvoker } from "./lib/raw-client.mjs";
import { median, msSince, sleep } from "./lib/stats.mjs";
import { startEngineTarget } from "./targets.mjs";

function bareSpawn(exe, args) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(exe, args, { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", () => resolve(msSince(t)));
  });
}

/** The interpreter the engine's runtime processes actually run (e.g. a pyenv build, not its shim). */
function interpreterOf(enginePid, pattern) {
  for (const pid of processTree(enginePid).slice(1)) {
    const p = processExe(pid);
    if (p && pattern.test(path.basename(p.exe))) return p.exe;
  }
  return undefined;
}

async function firstInvokes(endpoint, names) {
  const times = [];
  for (const name of names) {
    const invoker = rawInvoker(endpoint, name, 1);
    const t = process.hrtime.bigint();
    const r = await invoker.invoke();
    times.push(msSince(t));
    invoker.close();
    if (r.status !== 200 || !/"ok":\s*true/.test(r.body.toString())) {
      throw new Error(`cold invoke of ${name}: ${r.status} ${r.body}`);
    }
  }
  return times;
}

export async function measureCold({ quick, log }) {
  const n = quick ? 2 : 5;
  const engine = await startEngineTarget();
  try {
    await sleep(500);
    const idleRss = rssMb(engine.pid);
    const node = Array.from({ length: n }, (_, i) => `cold-node-${i}`);
    const python = Array.from({ length: n }, (_, i) => `cold-python-${i}`);
    await createFunctions(engine.endpoint, node, "node");
    await createFunctions(engine.endpoint, python, "python");
    await sleep(300);
    const rss0 = treeRssMb(engine.pid);

    log(`  ${n} cold Node invokes, ${n} cold Python invokes`);
    const nodeCold = await firstInvokes(engine.endpoint, node);
    await sleep(300);
    const rss1 = treeRssMb(engine.pid);
    const pythonCold = await firstInvokes(engine.endpoint, python);
    await sleep(300);
    const rss2 = treeRssMb(engine.pid);

    const nodeExe = interpreterOf(engine.pid, /^node/) ?? process.execPath;
    const pythonExe = interpreterOf(engine.pid, /^python/) ?? "python3";
    const bareNode = [];
    const barePython = [];
    for (let i = 0; i < n + 2; i++) {
      bareNode.push(await bareSpawn(nodeExe, ["-e", "0"]));
      barePython.push(await bareSpawn(pythonExe, ["-c", "pass"]));
    }
    return {
      node: { cold: median(nodeCold), bare: median(bareNode), exe: nodeExe },
      python: { cold: median(pythonCold), bare: median(barePython), exe: pythonExe },
      memory: { idleRss, perEnvNode: (rss1 - rss0) / n, perEnvPython: (rss2 - rss1) / n },
    };
  } finally {
    await engine.stop();
  }
}
