/**
 * AWS CLI v2 commands the console offers to copy. They must run as shown against whatever the
 * console talks to: the engine needs its endpoint and takes unsigned requests (so no credentials
 * are needed), a custom endpoint needs its URL, and real AWS needs the console's region.
 */
export type CliTarget = {
  kind: "engine" | "aws";
  /** The Lambda endpoint when it is not AWS's own. */
  endpoint: string | null;
  region: string;
};

export type CliCommand = {
  /** Arguments after `aws`, exactly as the shell passes them. */
  argv: string[];
  /** The line to paste into a POSIX shell. */
  text: string;
};

/** Single-quotes an argument unless it is made of characters no shell treats specially. */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function command(target: CliTarget, args: string[]): CliCommand {
  const argv = ["lambda", ...args];
  if (target.endpoint) argv.push("--endpoint-url", target.endpoint);
  argv.push("--region", target.region);
  // The engine accepts unsigned requests; signing would only demand credentials it ignores.
  if (target.kind === "engine") argv.push("--no-sign-request");
  return { argv, text: ["aws", ...argv].map(shellQuote).join(" ") };
}

/** Invokes the function with `{}` and writes its response to out.json. */
export function invokeCommand(target: CliTarget, functionName: string): CliCommand {
  return command(target, [
    "invoke",
    "--function-name",
    functionName,
    "--payload",
    "{}",
    "--cli-binary-format",
    "raw-in-base64-out",
    "out.json",
  ]);
}

/** Gives the function a public function URL (AWS only: the engine has no function URLs yet). */
export function functionUrlCommand(target: CliTarget, functionName: string): CliCommand {
  return command(target, [
    "create-function-url-config",
    "--function-name",
    functionName,
    "--auth-type",
    "NONE",
  ]);
}
