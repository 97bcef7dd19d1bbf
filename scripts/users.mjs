// `npm run users -- add|list|remove …`: manage console accounts without the browser (tests,
// automation, a lost admin password). Runs lib/auth/cli/users-cli.ts with tsx under the
// react-server condition, so it uses the same server modules as the console itself.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const r = spawnSync(
  process.execPath,
  [
    "--conditions=react-server",
    "--import",
    "tsx",
    path.join(root, "lib/auth/cli/users-cli.ts"),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { ...process.env, NODE_NO_WARNINGS: "1" } },
);
process.exit(r.status ?? 1);
