// Bundles engine/main.ts into dist/engine/main.mjs so the engine starts without a TypeScript
// loader (start-up time is measured in the benchmark). Skips the work when nothing changed.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
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
  const bootstrapOut = path.join(root, "dist/engine/bootstrap");
  if (fs.existsSync(bootstrapSrc)) {
    fs.rmSync(bootstrapOut, { recursive: true, force: true });
    fs.cpSync(bootstrapSrc, bootstrapOut, {
      recursive: true,
      filter: (src) => path.basename(src) !== "__pycache__",
    });
    compilePythonBootstrap(path.join(bootstrapOut, "python"));
  }
  return out;
}

/**
 * Writes the Python client's bytecode for the interpreters the engine may pick (the candidates
 * of engine/runtime/host-tools.ts). A sandboxed runtime (uid 993, /var/runtime read-only) cannot
 * write __pycache__ itself, so without this every cold start would compile the client again.
 * Hash-checked pycs stay valid when the folder is copied (mtimes change) and are ignored, not
 * trusted, when the source changes.
 */
function compilePythonBootstrap(dir) {
  const candidates = new Set(["/usr/bin/python3", "python3"]);
  for (const python of candidates) {
    try {
      execFileSync(
        python,
        ["-m", "compileall", "-q", "-f", "--invalidation-mode", "checked-hash", dir],
        { stdio: "ignore", timeout: 30_000 },
      );
    } catch {
      /* no such interpreter here: that runtime compiles the client at each start instead */
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildEngine({ force: process.argv.includes("--force") });
}
