// The three servers measured side by side: the floor, our engine, serverless-offline. Each
// answers POST /2015-03-31/functions/<name>/invocations with the same trivial result.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFunctions, startEngine } from "./lib/engine.mjs";
import { startSls } from "./lib/sls.mjs";
import { spawnServer } from "./lib/spawn-server.mjs";

export async function startFloor() {
  const server = await spawnServer(
    process.execPath,
    [path.join(import.meta.dirname, "floor-server.mjs"), "0"],
    {
      ready: /floor listening on (http:\/\/\S+)/,
      label: "floor",
    },
  );
  const endpoint = server.match(/floor listening on (http:\/\/\S+)/)[1];
  return { ...server, key: "floor", name: "floor", endpoint, functionName: "bench-fn" };
}

/** The engine on a fresh data directory with one warm-able Node function. */
export async function startEngineTarget({ args = [] } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-bench-"));
  const engine = await startEngine({ dataDir, args });
  await createFunctions(engine.endpoint, ["bench-fn"]);
  return {
    ...engine,
    key: "engine",
    name: "engine",
    functionName: "bench-fn",
    async stop() {
      await engine.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startSlsTarget(options) {
  const sls = await startSls(options);
  return { ...sls, key: "sls", name: "serverless-offline" };
}
