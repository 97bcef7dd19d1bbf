// `npm start` / `npm run dev`: build what is stale, then run the engine and the console together.
// Honours PORT (console, 3000), ENGINE_PORT (9001) and DATA_DIR (.data). One Ctrl+C stops both.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildEngine } from "./build-engine.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const enginePort = Number(process.env.ENGINE_PORT ?? 9001);
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// NEXT_DIST_DIR (next.config.ts) lets an e2e run build and serve its own copy, untouched by
// another build in the same tree.
const distDir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
const stamp = path.join(distDir, "functionary-build-stamp");

// Console sources: a `next build` is needed only when one of these changed since the last one.
const sources = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const e of fs.readdirSync(p))
    if (!e.endsWith(".test.ts")) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

function consoleIsStale() {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID")) || !fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return sources.some((s) => newest(path.join(root, s)) > built);
}

const log = (msg) => console.log(`\x1b[2m[functionary]\x1b[0m ${msg}`);

const engineEntry = await buildEngine();
if (!dev && consoleIsStale()) {
  log("Building the console (next build)…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
  ENGINE_PORT: String(enginePort),
  DATA_DIR: dataDir,
  FUNCTIONARY_ENGINE_URL: process.env.FUNCTIONARY_ENGINE_URL ?? `http://127.0.0.1:${enginePort}`,
};
const children = [];
let stopping = false;

/** Restarts of a process that stops on its own, at most this many within RESTART_WINDOW_MS. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * Runs a child; if it stops on its own, `restart` ones are started again (the engine: open
 * console pages then say "unreachable" for a moment instead of the console going away with
 * it), the others stop everything.
 */
function run(name, args, { restart = false } = {}) {
  const restarts = [];
  const start = () => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    children.push(child);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restart && restarts.length < MAX_RESTARTS) {
        restarts.push(now);
        log(`${name} stopped (${signal ?? code}); starting it again in 1 s.`);
        setTimeout(() => stopping || start(), 1000);
        return;
      }
      log(`${name} stopped (${signal ?? code}); stopping the rest.`);
      stop(code ?? 1);
    });
  };
  start();
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of alive) c.kill("SIGTERM");
  const force = setTimeout(() => alive.forEach((c) => c.kill("SIGKILL")), 10_000);
  Promise.all(
    alive.map(
      (c) =>
        new Promise((r) =>
          c.exitCode !== null || c.signalCode !== null ? r() : c.once("exit", r),
        ),
    ),
  ).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => stop(0));

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

fs.mkdirSync(path.join(dataDir, "engine"), { recursive: true });
run(
  "engine",
  [
    "--enable-source-maps",
    engineEntry,
    "--port",
    String(enginePort),
    "--data-dir",
    path.join(dataDir, "engine"),
  ],
  { restart: true },
);
if (!(await waitFor(`http://127.0.0.1:${enginePort}/2015-03-31/functions`, 30))) {
  log(`The engine did not answer on port ${enginePort}.`);
  stop(1);
} else {
  run("console", [nextBin, dev ? "dev" : "start", "-p", String(port)]);
  if (await waitFor(`http://127.0.0.1:${port}/api/connection`, dev ? 120 : 60)) {
    log(
      `Engine on http://127.0.0.1:${enginePort} (data in ${dataDir.startsWith(root) ? path.relative(root, dataDir) || "." : dataDir})`,
    );
    log(
      `Functionary is running at \x1b[1mhttp://localhost:${port}\x1b[0m — Ctrl+C stops everything.`,
    );
    // First run (issue 4): /login sends to /setup while no user exists.
    const login = await fetch(`http://127.0.0.1:${port}/login`, { redirect: "manual" }).catch(
      () => undefined,
    );
    if (login?.headers.get("location")?.endsWith("/setup")) {
      log(
        `First run: create the administrator at \x1b[1mhttp://localhost:${port}/setup\x1b[0m (or \`npm run users -- add\`).`,
      );
    }
  }
}
