import "server-only";
import { serverEnv } from "@/lib/env";

/** Where the SDK clients point. Credentials stay in the SDK's provider chain, never here. */
export type Connection =
  | { kind: "engine"; endpoint: string; region: string; role: string }
  | { kind: "aws"; endpoint: string | undefined; region: string; role: string | undefined };

/** The engine accepts any well-formed role; this one exists nowhere else. */
const ENGINE_ROLE = "arn:aws:iam::000000000000:role/functionary-execution";

export function currentConnection(): Connection {
  const env = serverEnv();
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  if (env.FUNCTIONARY_BACKEND === "aws") {
    return {
      kind: "aws",
      endpoint: env.FUNCTIONARY_AWS_ENDPOINT,
      region,
      role: env.FUNCTIONARY_LAMBDA_ROLE,
    };
  }
  return {
    kind: "engine",
    endpoint: env.FUNCTIONARY_ENGINE_URL ?? `http://127.0.0.1:${env.ENGINE_PORT}`,
    region,
    role: env.FUNCTIONARY_LAMBDA_ROLE ?? ENGINE_ROLE,
  };
}
