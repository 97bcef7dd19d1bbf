import { CreateFunctionCommand, InvokeCommand } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip } from "./testing/index.js";

describe("engine lifecycle", () => {
  it("closes gracefully: an in-flight invocation finishes, then nothing is accepted", async () => {
    const t = await startTestEngine();
    try {
      await t.lambda.send(
        new CreateFunctionCommand({
          FunctionName: "slow",
          Role: TEST_ROLE,
          Runtime: "nodejs20.x",
          Handler: "index.handler",
          Code: {
            ZipFile: zip({
              "index.mjs":
                "export const handler = async () => { await new Promise((r) => setTimeout(r, 700)); return 'done'; };",
            }),
          },
        }),
      );
      await t.waitReady("slow");
      const pending = t.lambda.send(new InvokeCommand({ FunctionName: "slow" }));
      await new Promise((r) => setTimeout(r, 200));
      const closed = t.engine.close();
      const res = await pending;
      expect(res.StatusCode).toBe(200);
      expect(Buffer.from(res.Payload!).toString()).toBe('"done"');
      await closed;
      await expect(fetch(`${t.url}/2016-08-19/account-settings`)).rejects.toThrow();
    } finally {
      await t.close();
    }
  });
});
