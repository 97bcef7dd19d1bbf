import { execFile } from "node:child_process";
import fs from "node:fs";

export const AWS_CLI = "/usr/bin/aws";
export const ROLE = "arn:aws:iam::000000000000:role/lambda-role";

/** Dummy credentials only: the engine accepts any signature, and nothing may reach real AWS. */
export const awsEnv: NodeJS.ProcessEnv = {
  NODE_ENV: "test",
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_PAGER: "",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_CONFIG_FILE: "/dev/null",
  AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
};

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI is a requirement of the smoke test, never a reason to skip it. */
export function requireAwsCli(): void {
  if (!fs.existsSync(AWS_CLI)) {
    throw new Error(
      `${AWS_CLI} (AWS CLI v2) is missing: install Debian's "awscli" package (.ci/run does) to run the smoke test`,
    );
  }
}

/** Runs `aws lambda <args> --endpoint-url <endpoint>` with JSON output. */
export function awsLambda(endpoint: string, args: string[]): Promise<CliResult> {
  const argv = ["lambda", ...args, "--endpoint-url", endpoint, "--output", "json"];
  argv.push("--cli-binary-format", "raw-in-base64-out", "--cli-read-timeout", "30");
  return new Promise((resolve) => {
    execFile(AWS_CLI, argv, { env: awsEnv, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like awsLambda, but fails with the CLI's own words unless it exited 0; returns parsed JSON. */
export async function awsLambdaOk(endpoint: string, args: string[]): Promise<unknown> {
  const r = await awsLambda(endpoint, args);
  if (r.code !== 0) {
    throw new Error(`aws lambda ${args.join(" ")} exited ${r.code}:\n${r.stderr}${r.stdout}`);
  }
  return r.stdout.trim() ? JSON.parse(r.stdout) : null;
}
