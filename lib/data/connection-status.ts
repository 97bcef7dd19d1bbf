import "server-only";
import { GetAccountSettingsCommand, ListFunctionsCommand } from "@aws-sdk/client-lambda";
import { lambdaClient } from "@/lib/aws/clients";
import { currentConnection } from "@/lib/aws/connection";
import { toActionError } from "@/lib/aws/errors";
import type { ConnectionStatus } from "@/lib/functions/types";

/** The AWS account, from the credentials when the provider knows it, else from an ARN. */
async function accountOf(): Promise<string | null> {
  const client = lambdaClient();
  const creds = await client.config.credentials().catch(() => undefined);
  if (creds?.accountId) return creds.accountId;
  const page = await client.send(new ListFunctionsCommand({ MaxItems: 1 })).catch(() => undefined);
  return page?.Functions?.[0]?.FunctionArn?.split(":")[4] ?? null;
}

/** Which backend the console talks to and whether it answers (GetAccountSettings is cheap). */
export async function getConnectionStatus(): Promise<ConnectionStatus> {
  const connection = currentConnection();
  const label =
    connection.kind === "engine"
      ? `Engine ${new URL(connection.endpoint).host}`
      : connection.endpoint
        ? `Endpoint ${new URL(connection.endpoint).host}`
        : "AWS";
  const started = performance.now();
  try {
    await lambdaClient().send(new GetAccountSettingsCommand({}));
    return {
      kind: connection.kind,
      label,
      endpoint: connection.endpoint ?? null,
      region: connection.region,
      account: connection.kind === "aws" ? await accountOf() : null,
      ok: true,
      latencyMs: Math.round(performance.now() - started),
      message: null,
    };
  } catch (error) {
    let message: string;
    try {
      message = toActionError(error).message;
    } catch {
      message = "The backend answered with an unexpected error.";
    }
    return {
      kind: connection.kind,
      label,
      endpoint: connection.endpoint ?? null,
      region: connection.region,
      account: null,
      ok: false,
      latencyMs: null,
      message,
    };
  }
}
