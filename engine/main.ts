import { parseArgs } from "node:util";
import path from "node:path";
import { startEngine } from "./app.js";
import { defaultConfig } from "./config.js";

/**
 * `npm run engine -- --port 9001 --data-dir .data/engine`: the engine alone, in the foreground.
 * SIGINT/SIGTERM close it gracefully: no new work, in-flight invocations finish, environments
 * stop, the store is closed.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "data-dir": { type: "string" },
    region: { type: "string" },
    "account-id": { type: "string" },
    "idle-timeout": { type: "string" },
    "no-sandbox": { type: "boolean" },
    "no-spare-sandbox": { type: "boolean" },
  },
  allowPositionals: false,
});

const env = process.env;
const config = defaultConfig({
  port: Number(values.port ?? env.ENGINE_PORT ?? 9001),
  host: values.host ?? env.ENGINE_HOST ?? "127.0.0.1",
  dataDir: path.resolve(values["data-dir"] ?? env.ENGINE_DATA_DIR ?? ".data/engine"),
  region: values.region ?? env.ENGINE_REGION ?? "us-east-1",
  accountId: values["account-id"] ?? env.ENGINE_ACCOUNT_ID ?? "000000000000",
  idleTimeoutMs: Number(values["idle-timeout"] ?? env.ENGINE_IDLE_TIMEOUT_MS ?? 5 * 60_000),
  sandbox: !(values["no-sandbox"] ?? env.ENGINE_SANDBOX === "0"),
  spareSandbox: !(values["no-spare-sandbox"] ?? env.ENGINE_SPARE_SANDBOX === "0"),
});

const engine = await startEngine(config);
console.log(`Functionary engine listening on ${engine.url} (data: ${config.dataDir})`);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}, closing the engine…`);
    engine.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error("Engine did not close cleanly:", err);
        process.exit(1);
      },
    );
  });
}
