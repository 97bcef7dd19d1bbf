// `npm run engine -- [flags]`: build the engine bundle when stale, then run it in the foreground.
import { spawn } from "node:child_process";
import { buildEngine } from "./build-engine.mjs";

const entry = await buildEngine();
const child = spawn(process.execPath, ["--enable-source-maps", entry, ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
