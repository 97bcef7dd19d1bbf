"use strict";
/**
 * Functionary's Node.js runtime interface client: init once, then loop on the Lambda Runtime API
 * (`/invocation/next` → handler → `/response` or `/error`), with AWS's console format, context
 * object and error shapes (lambda-wire-facts §2.1, §4.3, §4.4).
 */
const { format } = require("node:util");
const { request, post, postThenNext, setRef } = require("./runtime-client.cjs");
const { toRapidResponse, toFormatted, runtimeError } = require("./errors.cjs");
const { loadHandler } = require("./load-handler.cjs");

const env = process.env;
// Node.js 24 removed callback-style handlers (facts §4.3).
const callbacksAllowed = !/nodejs(2[4-9]|[3-9]\d)/.test(env.AWS_EXECUTION_ENV || "");
const jsonLogs = env.AWS_LAMBDA_LOG_FORMAT === "JSON";
let requestId; // `undefined` in init logs, as on AWS

function write(level, args) {
  const message = format(...args);
  const line = jsonLogs
    ? JSON.stringify({ timestamp: new Date().toISOString(), level, requestId, message })
    : `${new Date().toISOString()}\t${requestId}\t${level}\t${message.replace(/\n/g, "\r")}`;
  process.stdout.write(line + "\n");
}
console.log = console.info = (...a) => write("INFO", a);
console.warn = (...a) => write("WARN", a);
console.error = (...a) => write("ERROR", a);
console.debug = (...a) => write("DEBUG", a);
console.trace = (...a) => write("TRACE", a);

/** Logs an error and returns the POST that reports it (`/error` or `/init/error`). */
function errorPost(path, err, logLabel) {
  console.error(logLabel, toFormatted(err));
  const body = toRapidResponse(err);
  const headers = {
    "Content-Type": "application/json",
    "Lambda-Runtime-Function-Error-Type": jsonHeaderSafe(body.errorType),
  };
  return { path, body: JSON.stringify(body), headers };
}

async function postError(path, err, logLabel) {
  const p = errorPost(path, err, logLabel);
  await post(p.path, p.body, p.headers);
}
function jsonHeaderSafe(s) {
  return String(s).replace(/[^\x20-\x7e]/g, "");
}

function parseJson(value) {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function makeContext(headers, deadline, settle) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers["lambda-runtime-invoked-function-arn"],
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: requestId,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: parseJson(headers["lambda-runtime-cognito-identity"]),
    clientContext: parseJson(headers["lambda-runtime-client-context"]),
    tenantId: headers["lambda-runtime-aws-tenant-id"],
    xRayTraceId: headers["lambda-runtime-trace-id"],
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: (err, result) => settle(err, result),
    succeed: (result) => settle(null, result),
    fail: (err) => settle(err ?? "handled"),
  };
}

/** Runs one invocation; resolves with `{ok, value}` once the response may be sent. */
function run(handler, event, headers) {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (err, result) => {
      if (settled) return;
      settled = true;
      resolve(
        err !== undefined && err !== null ? { ok: false, value: err } : { ok: true, value: result },
      );
    };
    // A callback result waits for the event loop to drain, unless the handler says otherwise.
    const settle = (err, result) => {
      if (settled) return;
      if (!context.callbackWaitsForEmptyEventLoop) return finish(err, result);
      setRef(false);
      process.once("beforeExit", () => finish(err, result));
    };
    const context = makeContext(headers, Number(headers["lambda-runtime-deadline-ms"]), settle);
    let ret;
    try {
      ret = callbacksAllowed ? handler(event, context, settle) : handler(event, context);
    } catch (e) {
      return finish(e);
    }
    if (ret && typeof ret.then === "function") {
      ret.then(
        (r) => finish(null, r),
        (e) => finish(e ?? new Error("Handler rejected with " + String(e))),
      );
    } else if (!callbacksAllowed) finish(null, ret);
    else {
      // Neither a promise nor a callback yet: AWS answers null once the event loop is empty.
      setRef(false);
      process.once("beforeExit", () => settle(null, undefined));
    }
  });
}

/** Runs one invocation; returns the POST that reports its outcome. */
async function invokeOnce(handler, next) {
  const h = next.headers;
  requestId = h["lambda-runtime-aws-request-id"];
  if (h["lambda-runtime-trace-id"]) env._X_AMZN_TRACE_ID = h["lambda-runtime-trace-id"];
  else delete env._X_AMZN_TRACE_ID;
  const path = `/invocation/${requestId}`;
  let event;
  try {
    event = next.body.length ? JSON.parse(next.body.toString("utf8")) : {};
  } catch (e) {
    return errorPost(
      path + "/error",
      runtimeError("Runtime.UnmarshalError", String(e.message), e),
      "Invoke Error",
    );
  }
  const outcome = await run(handler, event, h);
  setRef(true);
  if (!outcome.ok) return errorPost(path + "/error", outcome.value, "Invoke Error");
  let body;
  try {
    body = JSON.stringify(outcome.value === undefined ? null : outcome.value) ?? "null";
  } catch (e) {
    return errorPost(path + "/error", e, "Invoke Error");
  }
  return { path: path + "/response", body, headers: JSON_TYPE };
}

const JSON_TYPE = { "Content-Type": "application/json" };

function fatal(label, err, exitCode) {
  if (requestId === undefined) {
    console.error(label, toFormatted(err));
    process.exit(exitCode);
  }
  postError(`/invocation/${requestId}/error`, err, label).finally(() => process.exit(exitCode));
}

process.on("uncaughtException", (err) => fatal("Uncaught Exception", err, 129));
process.on("unhandledRejection", (reason) => {
  const message = reason instanceof Error ? String(reason) : format("%s", reason);
  fatal(
    "Unhandled Promise Rejection",
    runtimeError("Runtime.UnhandledPromiseRejection", message),
    128,
  );
});

async function main() {
  let handler;
  try {
    handler = await loadHandler(env.LAMBDA_TASK_ROOT || process.cwd(), env._HANDLER || "");
    if (!callbacksAllowed && handler.length >= 3) {
      // [INF] the Node.js 24 RIC refuses callback signatures at init.
      throw runtimeError(
        "Runtime.CallbackHandlerDeprecated",
        "ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature before you can use it with Node.js 24 or later.",
      );
    }
  } catch (e) {
    await postError("/init/error", e, "Uncaught Exception").catch(() => {});
    process.exit(1);
  }
  let next = await request("GET", "/invocation/next");
  for (;;) {
    if (next.status !== 200) process.exit(1);
    const out = await invokeOnce(handler, next);
    next = await postThenNext(out.path, out.body, out.headers);
  }
}

main().catch(() => process.exit(1));
