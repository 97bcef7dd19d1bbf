// A private copy of the console's production build for the benchmark to serve and read.
// .next is shared: any `npm start`, e2e run or `next build` in this tree replaces it, and a build
// started mid-run deletes the chunks a running `next start` serves. The copy lives in
// bench/.work/console-app/.next, beside links to the sources and node_modules, so `next start`
// runs there with the same process.cwd()-relative files (lib/templates, @types) as in the tree.
import fs from "node:fs";
import path from "node:path";
import { sleep } from "./lib/stats.mjs";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, ".next");
export const APP_DIR = path.join(import.meta.dirname, ".work/console-app");
const LINKS = [
  "app",
  "components",
  "lib",
  "public",
  "node_modules",
  "package.json",
  "next.config.ts",
  "tsconfig.json",
];
/** Build-time only (caches, the dev server's output) or written while a build runs. */
const SKIP = new Set(["cache", "dev", "lock", "trace", "trace-build"]);
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts"];

const building = () => fs.existsSync(path.join(source, "lock"));
const buildId = () => {
  try {
    return fs.readFileSync(path.join(source, "BUILD_ID"), "utf8").trim();
  } catch {
    return undefined;
  }
};

/** Waits while a `next build` runs (it holds .next/lock and writes BUILD_ID last). */
async function waitForBuild(log, timeoutMs = 15 * 60_000) {
  if (!building()) return;
  log("  console part: a `next build` is running; waiting for it");
  const until = Date.now() + timeoutMs;
  while ((building() || !buildId()) && Date.now() < until) await sleep(2000);
  if (building() || !buildId()) throw new Error("the running `next build` did not finish in time");
}

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return p.endsWith(".test.ts") ? 0 : stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newest(path.join(p, e))), stat.mtimeMs);
}

function copyBuild() {
  const target = path.join(APP_DIR, ".next");
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(APP_DIR, { recursive: true });
  fs.cpSync(source, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !SKIP.has(path.relative(source, src)),
  });
  for (const name of LINKS) {
    const link = path.join(APP_DIR, name);
    // lstat, not exists: a link to a folder the tree lacks (public/) dangles but is there.
    if (!fs.lstatSync(link, { throwIfNoEntry: false })) fs.symlinkSync(path.join(root, name), link);
  }
}

/**
 * Copies the current build (again only when its BUILD_ID changed) and says how fresh it is.
 * Undefined when there is no build at all.
 */
export async function snapshotBuild(log) {
  await waitForBuild(log);
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = buildId();
    if (!id) return undefined;
    const info = path.join(APP_DIR, "build.json");
    const copied = fs.existsSync(info) ? JSON.parse(fs.readFileSync(info, "utf8")) : undefined;
    if (copied?.id !== id) {
      log(`  console part: copying the build ${id} to ${path.relative(root, APP_DIR)}`);
      const builtMs = fs.statSync(path.join(source, "BUILD_ID")).mtimeMs;
      fs.rmSync(info, { force: true });
      try {
        copyBuild();
      } catch (err) {
        if (!building() && buildId() === id) throw err;
      }
      // A build that started during the copy leaves a mix of two builds: take it again.
      if (building() || buildId() !== id) {
        await waitForBuild(log);
        continue;
      }
      fs.writeFileSync(info, JSON.stringify({ id, builtMs }));
    }
    const { builtMs } = JSON.parse(fs.readFileSync(info, "utf8"));
    return {
      dir: APP_DIR,
      id,
      date: new Date(builtMs).toISOString().slice(0, 16).replace("T", " "),
      stale: SOURCES.some((s) => newest(path.join(root, s)) > builtMs),
    };
  }
  throw new Error("the build kept changing while it was copied");
}
