// Starts the engine bundle as its own process (as `npm run engine` does, without the npm and
// wrapper processes) and deploys the benchmark's functions through the Lambda API.
import { CreateFunctionCommand, GetFunctionConfigurationCommand } from "@aws-sdk/client-lambda";
import { strToU8, zipSync } from "fflate";
import fs from "node:fs";
import path from "node:path";
import { buildEngine } from "../../scripts/build-engine.mjs";
import { sdkClient } from "./sdk-client.mjs";
import { freePort, spawnServer } from "./spawn-server.mjs";
import { sleep } from "./stats.mjs";

const fixtures = path.join(import.meta.dirname, "../fixtures");
export const ROLE = "arn:aws:iam::000000000000:role/lambda-role";

export async function startEngine({ dataDir, port, args = [] }) {
  const entry = await buildEngine();
  port ??= await freePort();
  const server = await spawnServer(
    process.execPath,
    [entry, "--port", String(port), "--data-dir", dataDir, ...args],
    {
      ready: /Functionary engine listening on http/,
      label: "engine",
    },
  );
  return { ...server, port, dataDir, endpoint: `http://127.0.0.1:${port}` };
}

export const zips = {
  node: Buffer.from(
    zipSync({ "handler.js": strToU8(fs.readFileSync(path.join(fixtures, "handler.js"), "utf8")) }),
  ),
  python: Buffer.from(
    zipSync({ "handler.py": strToU8(fs.readFileSync(path.join(fixtures, "handler.py"), "utf8")) }),
  ),
};
const runtimes = { node: "nodejs20.x", python: "python3.12" };

/** Creates functions (kind "node" or "python") and waits until all are Active. */
export async function createFunctions(endpoint, names, kind = "node", parallel = 4) {
  const client = sdkClient(endpoint);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      await client.send(
        new CreateFunctionCommand({
          FunctionName: name,
          Runtime: runtimes[kind],
          Handler: "handler.handler",
          Role: ROLE,
          Code: { ZipFile: zips[kind] },
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  for (const name of names) {
    for (let i = 0; ; i++) {
      const c = await client.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
      if (c.State === "Active") break;
      if (i > 400) throw new Error(`${name} stayed ${c.State}`);
      await sleep(25);
    }
  }
  client.destroy();
}
