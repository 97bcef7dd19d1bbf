import { CreateFunctionCommand, InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { lambdaClient, ROLE, waitUntilReady } from "./lambda-client.js";
import { zipPackage } from "./zip-package.js";

/**
 * Functions may run sandboxed (private /tmp, read-only code), so they report each execution by
 * calling back an HTTP server the test runs on 127.0.0.1 — the loopback the Runtime API needs too.
 * A failed callback throws, so the engine's retry policy covers it (at-least-once).
 */
const reporterHandler = `import http from "node:http";
export const handler = async (event) => {
  await new Promise((r) => setTimeout(r, 20));
  await new Promise((resolve, reject) => {
    const req = http.request(process.env.CALLBACK_URL + "?id=" + event.id, { method: "POST" }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    req.end();
  });
  return { ok: true };
};
`;

export interface CallbackServer {
  url: string;
  /** Event ids executed so far, with how many times each ran. */
  seen(): Map<string, number>;
  /** Resolves with the ids still not executed when all ran or the time is up. */
  waitFor(ids: string[], timeoutMs: number): Promise<string[]>;
  close(): Promise<void>;
}

export async function startCallbackServer(): Promise<CallbackServer> {
  const seen = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const id = new URL(req.url ?? "/", "http://x").searchParams.get("id") ?? "";
    seen.set(id, (seen.get(id) ?? 0) + 1);
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hit`,
    seen: () => new Map(seen),
    async waitFor(ids, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const missing = ids.filter((id) => !seen.has(id));
        if (missing.length === 0 || Date.now() > deadline) return missing;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface BurstResult {
  /** Ids whose Invoke answered 202 before the kill. */
  accepted: string[];
}

/**
 * Creates the reporter function, sends `total` Event invokes 8 at a time and calls `kill` once
 * `killAfterAccepted` were accepted, while the rest are still being sent.
 */
export async function runEventBurst(opts: {
  endpoint: string;
  callbackUrl: string;
  total: number;
  killAfterAccepted: number;
  kill: () => Promise<void>;
}): Promise<BurstResult> {
  const client: LambdaClient = lambdaClient(opts.endpoint);
  const name = "event-burst";
  await client.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Role: ROLE,
      Code: { ZipFile: zipPackage({ "index.mjs": reporterHandler }).bytes },
      Environment: { Variables: { CALLBACK_URL: opts.callbackUrl } },
    }),
  );
  await waitUntilReady(client, name);

  const accepted: string[] = [];
  let next = 0;
  let killing: Promise<void> | undefined;
  const sender = async () => {
    while (next < opts.total && !killing) {
      const id = `e${next++}`;
      try {
        const out = await client.send(
          new InvokeCommand({
            FunctionName: name,
            InvocationType: "Event",
            Payload: JSON.stringify({ id }),
          }),
        );
        if (out.StatusCode === 202) accepted.push(id);
      } catch {
        return; // the engine is gone
      }
      if (accepted.length >= opts.killAfterAccepted && !killing) killing = opts.kill();
    }
  };
  await Promise.all(Array.from({ length: 8 }, sender));
  await killing;
  return { accepted };
}
