// The console under test for the browser timings: the engine and `next start` (the production
// build in .next, as `npm start` runs it) on free ports with a throwaway DATA_DIR, an admin made
// with `npm run users -- add`, and the functions the timings open, created through the SDK.
import { CreateFunctionCommand, GetFunctionConfigurationCommand } from "@aws-sdk/client-lambda";
import { strToU8, zipSync } from "fflate";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createFunctions, ROLE, startEngine } from "./lib/engine.mjs";
import { sdkClient } from "./lib/sdk-client.mjs";
import { freePort, spawnServer } from "./lib/spawn-server.mjs";
import { sleep } from "./lib/stats.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
export const ADMIN = { email: "bench@example.com", password: "bench-console-password-1" };
/** A realistic handler for the editor timing: the CRUD API template (about 150 lines). */
const EDITOR_TEMPLATE = path.join(root, "lib/templates/crud-api-nodejs");

function addAdmin(dataDir) {
  const r = spawnSync(
    process.execPath,
    [
      "scripts/users.mjs",
      "add",
      "--email",
      ADMIN.email,
      "--password",
      ADMIN.password,
      "--role",
      "admin",
    ],
    { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`users add failed: ${r.stderr || r.stdout}`);
}

/** Creates the editor's function from the template's own files; returns what the editor shows. */
async function createEditorFunction(endpoint, name) {
  const manifest = JSON.parse(fs.readFileSync(path.join(EDITOR_TEMPLATE, "template.json"), "utf8"));
  const src = path.join(EDITOR_TEMPLATE, "src");
  const files = Object.fromEntries(
    fs.readdirSync(src).map((f) => [f, strToU8(fs.readFileSync(path.join(src, f), "utf8"))]),
  );
  const handlerPath = `${manifest.handler.slice(0, manifest.handler.lastIndexOf("."))}.mjs`;
  const client = sdkClient(endpoint);
  try {
    await client.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: manifest.runtime,
        Handler: manifest.handler,
        Role: ROLE,
        MemorySize: manifest.memorySize,
        Timeout: manifest.timeout,
        Code: { ZipFile: Buffer.from(zipSync(files)) },
      }),
    );
    for (let i = 0; ; i++) {
      const c = await client.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
      if (c.State === "Active") break;
      if (i > 400) throw new Error(`${name} stayed ${c.State}`);
      await sleep(25);
    }
  } finally {
    client.destroy();
  }
  // A line near the top that only the handler's text contains: the editor shows it once loaded.
  const text = fs.readFileSync(path.join(src, handlerPath), "utf8");
  const lines = text.split("\n").slice(0, 12);
  const marker = lines.map((l) => l.replace(/^[\s/*#]+/, "").trim()).find((l) => l.length >= 24);
  if (!marker) throw new Error(`no marker line at the top of ${handlerPath}`);
  return { name, handlerPath, text, marker };
}

/**
 * Starts the stack and seeds `count` functions, the editor's among them. `appDir` holds the
 * build to serve (console-snapshot.mjs), never the shared .next a concurrent build may replace.
 */
export async function startConsoleStack({ appDir, count, log }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-bench-console-"));
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    addAdmin(dataDir);
    const engineDir = path.join(dataDir, "engine");
    fs.mkdirSync(engineDir, { recursive: true });
    const engine = await startEngine({ dataDir: engineDir });
    stops.push(() => engine.stop());
    log(`  creating ${count} functions on the engine`);
    // `count` in all: the editor's function is one of them.
    const names = Array.from(
      { length: count - 1 },
      (_, i) => `bench-fn-${String(i).padStart(4, "0")}`,
    );
    await createFunctions(engine.endpoint, names, "node", 4);
    const editor = await createEditorFunction(engine.endpoint, "bench-editor");
    const port = await freePort();
    const web = await spawnServer(process.execPath, [nextBin, "start", "-p", String(port)], {
      ready: /Ready in/,
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        ENGINE_PORT: String(engine.port),
        DATA_DIR: dataDir,
        FUNCTIONARY_ENGINE_URL: engine.endpoint,
      },
      timeoutMs: 120_000,
      label: "next start",
    });
    stops.push(() => web.stop());
    return {
      url: `http://127.0.0.1:${port}`,
      functions: count,
      editor,
      stop,
      /** What `next start` printed (server errors included), for diagnosis. */
      consoleOutput: () => web.output(),
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
