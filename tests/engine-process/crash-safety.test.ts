import {
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  ListFunctionsCommand,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runEventBurst, startCallbackServer } from "./event-burst.js";
import { startEngineProcess, tempDir, type EngineProcess } from "./engine-process.js";
import { lambdaClient, ROLE, waitUntilReady } from "./lambda-client.js";
import { zipPackage, type ZipPackage } from "./zip-package.js";

/**
 * Issue 2, Storage and Checks: "A kill -9 at any moment leaves every function at its old or its
 * new state" and "an accepted event is never lost". The engine runs as its own process and is
 * killed with SIGKILL in the middle of the work, then restarted on the same data directory.
 */
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function engineIn(dataDir: string, port?: number): Promise<EngineProcess> {
  const engine = await startEngineProcess({ dataDir, port });
  cleanups.push(() => engine.killGroup());
  return engine;
}

function workDir(): string {
  const dir = tempDir("crash");
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Version i answers {version: i}; incompressible padding makes each code write take real time. */
function versionZip(i: number): ZipPackage {
  const handler = `export const handler = async () => ({ version: ${i} });\n`;
  return zipPackage({ "index.mjs": handler, "pad.bin": randomBytes(384 * 1024) });
}

describe("kill -9 during UpdateFunctionCode", () => {
  it("leaves every function at its acknowledged or its in-flight code", async () => {
    const dir = workDir();
    let engine = await engineIn(path.join(dir, "data"));
    let client = lambdaClient(engine.url);
    const zips = Array.from({ length: 40 }, (_, i) => versionZip(i));
    const names = ["crash-a", "crash-b", "crash-c"];
    for (const name of names) {
      await client.send(
        new CreateFunctionCommand({
          FunctionName: name,
          Runtime: "nodejs20.x",
          Handler: "index.handler",
          Role: ROLE,
          Code: { ZipFile: zips[0]!.bytes },
        }),
      );
    }
    for (const name of names) await waitUntilReady(client, name);

    // Per function: the last update answered 200, and the one sent but unanswered at the kill.
    const acked = new Map(names.map((n) => [n, 0]));
    const inFlight = new Map<string, number>();
    let killed = false;
    const stream = async (name: string) => {
      for (let i = 1; i < zips.length && !killed;) {
        inFlight.set(name, i);
        try {
          await client.send(
            new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zips[i]!.bytes }),
          );
          acked.set(name, i);
          inFlight.delete(name);
          i++;
        } catch (err) {
          // 409 while the previous update is still InProgress is AWS's answer too: try again.
          if ((err as Error).name !== "ResourceConflictException") return;
          inFlight.delete(name);
          await new Promise((r) => setTimeout(r, 10));
        }
      }
    };
    const streams = Promise.all(names.map(stream));
    while ([...acked.values()].reduce((a, b) => a + b) < 6)
      await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, Math.random() * 100));
    await engine.kill9();
    killed = true;
    await streams;
    engine.killGroup();

    engine = await engineIn(engine.dataDir, engine.port);
    client = lambdaClient(engine.url);
    const listed = await client.send(new ListFunctionsCommand({}));
    expect(listed.Functions?.map((f) => f.FunctionName).sort()).toEqual(names);
    for (const name of names) {
      const allowed = [acked.get(name)!, inFlight.get(name)].filter((v) => v !== undefined);
      const got = await client.send(new GetFunctionCommand({ FunctionName: name }));
      const version = zips.findIndex((z) => z.sha256 === got.Configuration?.CodeSha256);
      expect(allowed, `${name} is at code version ${version}`).toContain(version);
      const downloaded = Buffer.from(await (await fetch(got.Code!.Location!)).arrayBuffer());
      expect(downloaded.equals(zips[version]!.bytes)).toBe(true);

      await waitUntilReady(client, name);
      const out = await client.send(new InvokeCommand({ FunctionName: name }));
      expect(out.FunctionError).toBeUndefined();
      expect(JSON.parse(Buffer.from(out.Payload!).toString())).toEqual({ version });
      // Not stuck InProgress: the function takes new code after the restart.
      const next = zips[(version + 1) % zips.length]!;
      const updated = await client.send(
        new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: next.bytes }),
      );
      expect(updated.CodeSha256).toBe(next.sha256);
    }
    await engine.stop();
  }, 60_000);
});

describe("kill -9 during an Event burst", () => {
  it("runs every event accepted with 202 before the kill, after the restart", async () => {
    const dir = workDir();
    const callback = await startCallbackServer();
    cleanups.push(() => callback.close());
    let engine = await engineIn(path.join(dir, "data"));
    const burst = await runEventBurst({
      endpoint: engine.url,
      callbackUrl: callback.url,
      total: 150,
      killAfterAccepted: 60,
      kill: () => engine.kill9(),
    });
    const executedBeforeKill = callback.seen().size;
    engine.killGroup();
    // The kill must have caught accepted events still queued, or this test proves nothing.
    expect(executedBeforeKill).toBeLessThan(burst.accepted.length);

    engine = await engineIn(engine.dataDir, engine.port);
    const missing = await callback.waitFor(burst.accepted, 40_000);
    expect(
      missing,
      `accepted events never executed (${executedBeforeKill} ran before the kill)`,
    ).toEqual([]);
    await engine.stop();
  }, 60_000);
});
