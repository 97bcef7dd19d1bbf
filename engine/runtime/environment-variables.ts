import type { FunctionSnapshot } from "./types.js";

export interface EnvironmentPaths {
  taskRoot: string;
  runtimeDir: string;
  /** Directory of the interpreter binary, first on PATH like AWS's /var/lang/bin. */
  interpreterBin?: string;
  /** Set without a sandbox, where /tmp cannot be private. */
  tmpDir?: string;
}

/**
 * The variables AWS sets in an execution environment (facts §4.2), adapted to this machine, plus
 * the function's own. Nothing comes from the engine's process.env. Role credentials are fake
 * but present: SDKs inside the function then fail fast against real AWS instead of probing an
 * instance-metadata endpoint, and calls to this engine (which accepts any signature) work.
 */
export function environmentVariables(
  fn: FunctionSnapshot,
  runtimeApi: string,
  logStreamName: string,
  paths: EnvironmentPaths,
): Record<string, string> {
  const { taskRoot, runtimeDir } = paths;
  const pathDirs = [paths.interpreterBin, "/usr/local/bin", "/usr/bin/", "/bin", "/opt/bin"];
  const env: Record<string, string> = {
    AWS_ACCESS_KEY_ID: "ASIAFUNCTIONARYLOCAL",
    AWS_SECRET_ACCESS_KEY: "functionary/local/not/a/real/secret/key00",
    AWS_SESSION_TOKEN: "functionary-local-session-token",
    AWS_DEFAULT_REGION: fn.region,
    AWS_REGION: fn.region,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: fn.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: fn.logGroup ?? `/aws/lambda/${fn.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    AWS_LAMBDA_RUNTIME_API: runtimeApi,
    AWS_XRAY_CONTEXT_MISSING: "LOG_ERROR",
    // Where AWS has its X-Ray daemon (facts §4.2). There is none here; the loopback address
    // keeps an X-Ray SDK's UDP segments on this machine, where nothing listens for them.
    AWS_XRAY_DAEMON_ADDRESS: "127.0.0.1:2000",
    _AWS_XRAY_DAEMON_ADDRESS: "127.0.0.1",
    _AWS_XRAY_DAEMON_PORT: "2000",
    _HANDLER: fn.handler,
    LAMBDA_RUNTIME_DIR: runtimeDir,
    LAMBDA_TASK_ROOT: taskRoot,
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    PWD: taskRoot,
    SHLVL: "0",
    PATH: [...new Set(pathDirs.filter((d): d is string => !!d))].join(":"),
    LD_LIBRARY_PATH: `/lib64:/usr/lib64:${runtimeDir}:${runtimeDir}/lib:${taskRoot}:${taskRoot}/lib:/opt/lib`,
  };
  // Custom runtimes get no AWS_EXECUTION_ENV on AWS.
  if (!fn.runtime.startsWith("provided")) env.AWS_EXECUTION_ENV = `AWS_Lambda_${fn.runtime}`;
  if (fn.runtime.startsWith("nodejs")) {
    const major = /\d+/.exec(fn.runtime)?.[0] ?? "";
    env.NODE_PATH = `/opt/nodejs/node${major}/node_modules:/opt/nodejs/node_modules:${runtimeDir}/node_modules:${runtimeDir}:${taskRoot}`;
  }
  if (fn.runtime.startsWith("python")) {
    env.PYTHONPATH = `${runtimeDir}/python`;
    env.LC_CTYPE = "C.UTF-8";
  }
  if (fn.logFormat === "JSON") env.AWS_LAMBDA_LOG_FORMAT = "JSON";
  if (paths.tmpDir) env.TMPDIR = paths.tmpDir;
  return { ...env, ...fn.environment };
}
