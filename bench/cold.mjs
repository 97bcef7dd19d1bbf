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

async function firstInvoke(endpoint, name) {
  const invoker = rawInvoker(endpoint, name, 1);
  const t = process.hrtime.bigint();
  const r = await invoker.invoke();
  const ms = msSince(t);
  invoker.close();
  if (r.status !== 200 || !/"ok":\s*true/.test(r.body.toString())) {
    throw new Error(`cold invoke of ${name}: ${r.status} ${r.body}`);
  }
  return ms;
}

/** Cold first invokes only, with the engine started with extra flags (e.g. --no-sandbox). */
export async function measureColdWith(args, { quick }) {
  const n = quick ? 2 : 5;
  const engine = await startEngineTarget({ args });
  try {
    const out = {};
    for (const kind of ["node", "python"]) {
      const names = Array.from({ length: n }, (_, i) => `cold-${kind}-${i}`);
      await createFunctions(engine.endpoint, names, kind);
      const cold = [];
      for (const name of names) cold.push(await firstInvoke(engine.endpoint, name));
      out[kind] = median(cold);
    }
    return out;
  } finally {
    await engine.stop();
  }
}

export async function measureCold({ quick, log }) {
  const n = quick ? 2 : 5;
  const engine = await startEngineTarget();
  try {
    await sleep(500);
    const idleRss = rssMb(engine.pid);
    const names = (kind) => Array.from({ length: n }, (_, i) => `cold-${kind}-${i}`);
    await createFunctions(engine.endpoint, ["probe-python", ...names("python")], "python");
    await createFunctions(engine.endpoint, names("node"), "node");
    // One probe environment per runtime shows which interpreter the engine really runs (the
    // bench function "bench-fn" is Node); the bare spawns below use that same binary.
    await firstInvoke(engine.endpoint, "bench-fn");
    await firstInvoke(engine.endpoint, "probe-python");
    const exe = {
      node: interpreterOf(engine.pid, /^node/) ?? process.execPath,
      python: interpreterOf(engine.pid, /^python/) ?? "python3",
    };
    const bareArgs = { node: ["-e", "0"], python: ["-c", "pass"] };
    const out = { memory: { idleRss } };
    log(`  ${n} cold Node and ${n} cold Python invokes, each next to a bare spawn`);
    for (const kind of ["node", "python"]) {
      await sleep(300);
      const rssBefore = treeRssMb(engine.pid);
      const cold = [];
      const bare = [];
      // Alternate, so load from other work on the machine falls on both alike.
      for (const name of names(kind)) {
        bare.push(await bareSpawn(exe[kind], bareArgs[kind]));
        cold.push(await firstInvoke(engine.endpoint, name));
      }
      await sleep(300);
      out.memory[kind === "node" ? "perEnvNode" : "perEnvPython"] =
        (treeRssMb(engine.pid) - rssBefore) / n;
      out[kind] = { cold: median(cold), bare: median(bare), exe: exe[kind] };
    }
    return out;
  } finally {
    await engine.stop();
  }
}
