import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  DeleteFunctionCommand,
  GetFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { afterEach, describe, expect, it } from "vitest";
import { createReadyFunction, startTestEngine, zip, type TestEngine } from "../testing/index.js";

const pkg = (n: number) => zip({ "index.js": `exports.handler = async () => ${n};` });
const blobs = (dataDir: string) =>
  fs
    .readdirSync(path.join(dataDir, "code"))
    .filter((f) => f.endsWith(".zip"))
    .sort();
const unpacked = (dataDir: string) =>
  fs
    .readdirSync(path.join(dataDir, "unpacked"))
    .filter((f) => f !== "package.json")
    .sort();
const hex = (codeSha256: string) => Buffer.from(codeSha256, "base64").toString("hex");

let engines: TestEngine[] = [];
afterEach(async () => {
  for (const e of engines.reverse()) await e.close().catch(() => undefined);
  engines = [];
});

describe("code packages no version references", () => {
  it("are removed at the next start; every referenced package stays and still runs", async () => {
    const first = await startTestEngine();
    engines.push(first);
    await createReadyFunction(first, "kept", pkg(1));
    // Version 1 keeps package 1 alive after $LATEST moves on to package 2; package 3 replaces 2.
    await first.lambda.send(new PublishVersionCommand({ FunctionName: "kept" }));
    for (const n of [2, 3]) {
      await first.lambda.send(
        new UpdateFunctionCodeCommand({ FunctionName: "kept", ZipFile: pkg(n) }),
      );
      await first.waitReady("kept");
    }
    await createReadyFunction(first, "gone", pkg(4));
    await first.lambda.send(new DeleteFunctionCommand({ FunctionName: "gone" }));
    expect(blobs(first.dataDir)).toHaveLength(4);
    await first.close({ keepData: true });

    const again = await startTestEngine({ dataDir: first.dataDir });
    engines.push(again);
    const latest = await again.lambda.send(new GetFunctionCommand({ FunctionName: "kept" }));
    const v1 = await again.lambda.send(
      new GetFunctionCommand({ FunctionName: "kept", Qualifier: "1" }),
    );
    const expected = [latest, v1].map((f) => hex(f.Configuration!.CodeSha256!)).sort();
    expect(blobs(again.dataDir)).toEqual(expected.map((h) => `${h}.zip`));
    expect(unpacked(again.dataDir).filter((d) => !expected.includes(d))).toEqual([]);
    // Code.Location still serves the exact package.
    const res = await fetch(latest.Code!.Location!);
    const served = createHash("sha256").update(Buffer.from(await res.arrayBuffer()));
    expect(served.digest("base64")).toBe(latest.Configuration!.CodeSha256);
  });
});
