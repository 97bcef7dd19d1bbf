import { accessSync, constants, openSync, readSync, closeSync } from "node:fs";
import path from "node:path";
import { bootstrapDir } from "./bootstrap-dir.js";
import { environmentVariables } from "./environment-variables.js";
import type { HostTools } from "./host-tools.js";
import { bwrapArgs, SANDBOX_RUNTIME_DIR, SANDBOX_TASK_ROOT } from "./sandbox.js";
import type { FunctionSnapshot } from "./types.js";

export interface RuntimeCommand {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  sandboxed: boolean;
  /** Our own bootstraps speak the Runtime API over an inherited socket at this fd (see below). */
  channelFd?: number;
}

/**
 * The Node and Python bootstraps reach the Runtime API through a socket pair the engine passes
 * as fd 3 (named in this variable, which they remove from their environment before user code
 * runs) instead of TCP loopback: same HTTP, same per-environment path, fewer and cheaper
 * syscalls on every invoke. AWS_LAMBDA_RUNTIME_API stays set and works for anything else.
 */
export const CHANNEL_FD_VARIABLE = "_FUNCTIONARY_RUNTIME_FD";
const CHANNEL_FD = 3;

/** A runtime that cannot even start: reported like AWS's init failures. */
export class EntrypointError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CommandInput {
  fn: FunctionSnapshot;
  tools: HostTools;
  sandbox: boolean;
  runtimeApi: string;
  logStreamName: string;
  tmpDir: string;
}

/** `#!/bin/sh` scripts run with bash, as on Amazon Linux where sh is bash (AWS's tutorial needs `source`). */
function shebangIsSh(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return /^#!\s*\/(usr\/)?bin\/sh\b/.test(head.toString("latin1", 0, n));
  } finally {
    closeSync(fd);
  }
}

function interpreter(
  fn: FunctionSnapshot,
  tools: HostTools,
  runtimeDir: string,
  taskRoot: string,
): string[] {
  if (fn.runtime.startsWith("nodejs")) {
    // V8's heap stops at the configured memory, like AWS's own --max-old-space-size tuning.
    // V8's default interrupt budget (tuned for browser pages) keeps a function in the
    // interpreter for thousands of calls; an environment sees only its share of the traffic, so
    // under 16 concurrent requests the runtime loop and Node's socket code ran unoptimized for
    // the first 10–20 s of load. A 33× smaller budget tiers them up within a second: +14–25 %
    // throughput in the bench's window, the same steady state (bench/README.md).
    return [
      process.execPath,
      `--max-old-space-size=${fn.memorySize}`,
      "--interrupt-budget=2048",
      `${runtimeDir}/node/index.cjs`,
    ];
  }
  if (fn.runtime.startsWith("python")) {
    if (!tools.python)
      throw new EntrypointError(
        "Runtime.InvalidEntrypoint",
        "No Python 3.10+ interpreter on this machine",
      );
    return [tools.python.executable, `${runtimeDir}/python/bootstrap.py`];
  }
  if (fn.runtime.startsWith("provided")) {
    const hostBootstrap = path.join(fn.codeDir, "bootstrap");
    try {
      accessSync(hostBootstrap, constants.X_OK);
    } catch {
      throw new EntrypointError(
        "Runtime.InvalidEntrypoint",
        `Couldn't find valid bootstrap(s): [${taskRoot}/bootstrap /opt/bootstrap]`,
      );
    }
    const inside = `${taskRoot}/bootstrap`;
    return shebangIsSh(hostBootstrap) ? ["/bin/bash", inside] : [inside];
  }
  throw new EntrypointError("Runtime.InvalidRuntime", `Unsupported runtime: ${fn.runtime}`);
}

/** Builds the process to spawn for one environment, inside bubblewrap when asked and possible. */
export function runtimeCommand(input: CommandInput): RuntimeCommand {
  const { fn, tools } = input;
  const sandboxed = input.sandbox && !!tools.bwrap;
  const taskRoot = sandboxed ? SANDBOX_TASK_ROOT : fn.codeDir;
  const runtimeDir = sandboxed ? SANDBOX_RUNTIME_DIR : bootstrapDir;
  const argv = interpreter(fn, tools, runtimeDir, taskRoot);
  const exe = argv[0] ?? "";
  const channelFd = fn.runtime.startsWith("provided") ? undefined : CHANNEL_FD;
  const env = environmentVariables(fn, input.runtimeApi, input.logStreamName, {
    taskRoot,
    runtimeDir,
    interpreterBin:
      exe.startsWith("/") && !exe.startsWith(taskRoot) ? path.dirname(exe) : undefined,
    tmpDir: sandboxed ? undefined : input.tmpDir,
  });
  if (channelFd !== undefined) env[CHANNEL_FD_VARIABLE] = String(channelFd);
  if (!sandboxed) {
    // Without namespaces, at least die with the engine (pdeathsig) instead of polling a dead port.
    const file = tools.setpriv ?? exe;
    const args = tools.setpriv ? ["--pdeathsig", "KILL", "--", ...argv] : argv.slice(1);
    return { file, args, env, cwd: fn.codeDir, sandboxed, channelFd };
  }
  const extraReadOnly: string[] = [];
  const installRoot = (p: string) => path.dirname(path.dirname(p));
  if (!process.execPath.startsWith("/usr/")) extraReadOnly.push(installRoot(process.execPath));
  if (tools.python && !tools.python.prefix.startsWith("/usr"))
    extraReadOnly.push(tools.python.prefix);
  const args = [
    ...bwrapArgs({
      codeDir: fn.codeDir,
      runtimeDir: bootstrapDir,
      tmpDir: input.tmpDir,
      extraReadOnly,
    }),
    ...argv,
  ];
  return { file: tools.bwrap ?? "bwrap", args, env, cwd: "/", sandboxed, channelFd };
}
