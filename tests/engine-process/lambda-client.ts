import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  type FunctionConfiguration,
} from "@aws-sdk/client-lambda";

export { ROLE } from "./aws-cli.js";

export function lambdaClient(endpoint: string): LambdaClient {
  return new LambdaClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 20_000 },
  });
}

/** Polls until the function is Active and no update is in progress (what the CLI waiters do). */
export async function waitUntilReady(
  client: LambdaClient,
  name: string,
  timeoutMs = 15_000,
): Promise<FunctionConfiguration> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await client.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
    if (c.State === "Active" && c.LastUpdateStatus !== "InProgress") return c;
    if (c.State === "Failed" || c.LastUpdateStatus === "Failed") {
      throw new Error(`${name} failed: ${c.StateReason ?? c.LastUpdateStatusReason}`);
    }
    if (Date.now() > deadline) throw new Error(`${name} still ${c.State}/${c.LastUpdateStatus}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
