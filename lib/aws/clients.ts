import "server-only";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { serverEnv } from "@/lib/env";
import { currentConnection, type Connection } from "./connection";

/**
 * The single place SDK clients are built. Two attempts at most: the console is interactive, a
 * user would rather see "unreachable, retry" than wait through the SDK's default backoff.
 */
function clientConfig(connection: Connection) {
  const timeout = serverEnv().FUNCTIONARY_REQUEST_TIMEOUT_MS;
  return {
    region: connection.region,
    endpoint: connection.endpoint,
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: Math.min(timeout, 3_000),
      requestTimeout: timeout,
      // Without it the handler only logs a warning and waits for ever on a backend that accepts
      // the connection but never answers (a stopped engine process), and so does every page.
      throwOnRequestTimeout: true,
    },
    // The engine does not check signatures, but the SDK insists on signing with something.
    ...(connection.kind === "engine"
      ? { credentials: { accessKeyId: "functionary", secretAccessKey: "functionary" } }
      : {}),
  };
}

let lambda: { key: string; client: LambdaClient } | undefined;
let cloudwatch: { key: string; client: CloudWatchClient } | undefined;

const keyOf = (c: Connection) => `${c.kind}|${c.endpoint ?? ""}|${c.region}`;

export function lambdaClient(connection: Connection = currentConnection()): LambdaClient {
  const key = keyOf(connection);
  if (lambda?.key !== key) lambda = { key, client: new LambdaClient(clientConfig(connection)) };
  return lambda.client;
}

export function cloudWatchClient(connection: Connection = currentConnection()): CloudWatchClient {
  const key = keyOf(connection);
  if (cloudwatch?.key !== key) {
    cloudwatch = { key, client: new CloudWatchClient(clientConfig(connection)) };
  }
  return cloudwatch.client;
}
