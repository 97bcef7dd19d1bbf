// Bundles engine/main.ts into dist/engine/main.mjs so the engine starts without a TypeScript
// loader (start-up time is measured in the benchmark). Skips the work when nothing changed.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "dist/engine/main.mjs");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

export async function buildEngine({ force = false } = {}) {
  const fresh =
    fs.existsSync(out) && fs.statSync(out).mtimeMs >= newestMtime(path.join(root, "engine"));
  if (fresh && !force) return out;
  await build({
    entryPoints: [path.join(root, "engine/main.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Bundling the pure-JS dependencies saves module resolution at start-up (measured: a quarter
    // of the engine's start time); the native addon must stay external.
    external: ["better-sqlite3"],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: "warning",
  });
  // The runtime bootstraps are plain JS/Python files run by each environment, not bundled.
  const bootstrapSrc = path.join(root, "engine/runtime/bootstrap");
  if (fs.existsSync(bootstrapSrc)) {
    fs.cpSync(bootstrapSrc, path.join(root, "dist/engine/bootstrap"), { recursive: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildEngine({ force: process.argv.includes("--force") });
}
