// serverless-offline, the peer users pick today: serverless@3.40 + serverless-offline@13.10,
// installed by the benchmark into bench/.work/sls (gitignored), never as project dependencies.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, spawnServer } from "./spawn-server.mjs";

const root = path.join(import.meta.dirname, "../.work/sls");
const project = path.join(root, "project");
const fixtures = path.join(import.meta.dirname, "../fixtures");
const VERSIONS = { serverless: "3.40", "serverless-offline": "13.10" };

function installedVersion(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8"))
      .version;
  } catch {
    return undefined;
  }
}

export function ensureSlsInstalled(log = console.log) {
  const missing = Object.entries(VERSIONS).filter(
    ([pkg, v]) => !installedVersion(pkg)?.startsWith(`${v}.`),
  );
  if (missing.length) {
    log(
      `installing ${missing.map(([p, v]) => `${p}@${v}`).join(", ")} into bench/.work/sls (first run only)…`,
    );
    fs.mkdirSync(root, { recursive: true });
    const pkgJson = path.join(root, "package.json");
    if (!fs.existsSync(pkgJson))
      fs.writeFileSync(pkgJson, '{"name":"functionary-bench-sls","private":true}\n');
    // Shared machine: every npm install takes the same lock (see the helpers' agreement).
    execFileSync(
      "flock",
      [
        "/tmp/npm.lock",
        "npm",
        "install",
        "--prefix",
        root,
        "--no-audit",
        "--no-fund",
        ...Object.entries(VERSIONS).map(([p, v]) => `${p}@${v}`),
      ],
      { stdio: "inherit" },
    );
  }
  fs.mkdirSync(project, { recursive: true });
  fs.copyFileSync(path.join(fixtures, "handler.js"), path.join(project, "handler.js"));
  fs.writeFileSync(
    path.join(project, "serverless.yml"),
    [
      "service: bench",
      "frameworkVersion: '3'",
      "provider:",
      "  name: aws",
      "  runtime: nodejs20.x",
      "  region: us-east-1",
      "plugins:",
      "  - serverless-offline",
      "functions:",
      "  hello:",
      "    handler: handler.handler",
      "",
    ].join("\n"),
  );
  return {
    serverless: installedVersion("serverless"),
    offline: installedVersion("serverless-offline"),
  };
}

/** `serverless offline` in its default mode; the Lambda Invoke API listens on `lambdaPort` (3002). */
export async function startSls({ lambdaPort = 3002 } = {}) {
  const bin = path.join(root, "node_modules/serverless/bin/serverless.js");
  const args = [bin, "offline", "--host", "127.0.0.1", "--lambdaPort", String(lambdaPort)];
  args.push("--httpPort", String(await freePort()), "--websocketPort", String(await freePort()));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    SLS_TELEMETRY_DISABLED: "1",
    SLS_NOTIFICATIONS_MODE: "off",
    SLS_DEPRECATION_DISABLE: "*",
    SLS_INTERACTIVE_SETUP_DISABLE: "1",
  };
  const server = await spawnServer(process.execPath, args, {
    cwd: project,
    env,
    ready: new RegExp(`http for lambda\\] listening on http://127\\.0\\.0\\.1:${lambdaPort}`),
    label: "serverless offline",
  });
  return { ...server, endpoint: `http://127.0.0.1:${lambdaPort}`, functionName: "bench-dev-hello" };
}
