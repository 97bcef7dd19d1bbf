// `npm test`: the whole gate, in the order that fails fastest. Each step is a real command a
// developer can run alone (see README). Exits non-zero on the first failing step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const steps = [
  ["format", "npx", ["prettier", "--check", "--log-level", "warn", "."]],
  ["lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["unit + integration", "npx", ["vitest", "run"]],
];
if (fs.existsSync("e2e") && fs.readdirSync("e2e").some((f) => f.endsWith(".spec.ts"))) {
  steps.push(["end-to-end", "npx", ["playwright", "test"]]);
}

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name.split(" ")[0])) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  console.log(
    `  ${name} ${r.status === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
