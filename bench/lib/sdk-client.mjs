// Invokes through the official SDK, as the console and users' code do.
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { msSince } from "./stats.mjs";

export function sdkClient(endpoint) {
  return new LambdaClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
}

/** A reusable SDK invoker for one function; `timed(n)` returns n sequential latencies (ms). */
export function sdkInvoker(endpoint, functionName) {
  const client = sdkClient(endpoint);
  const payload = Buffer.from("{}");
  const once = async () => {
    const out = await client.send(
      new InvokeCommand({ FunctionName: functionName, Payload: payload }),
    );
    if (out.FunctionError)
      throw new Error(`${functionName}: ${Buffer.from(out.Payload ?? []).toString()}`);
  };
  return {
    async timed(count) {
      const latencies = [];
      for (let i = 0; i < count; i++) {
        const t = process.hrtime.bigint();
        await once();
        latencies.push(msSince(t));
      }
      return latencies;
    },
    destroy: () => client.destroy(),
  };
}
