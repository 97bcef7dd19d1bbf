"use strict";
/**
 * Error shapes of AWS's Node.js runtime interface client (src/Errors.js): the Runtime API body is
 * `{errorType, errorMessage, trace}`; the log line uses `stack` instead of `trace`.
 */

function isError(e) {
  return (
    e != null &&
    typeof e === "object" &&
    typeof e.name === "string" &&
    typeof e.message === "string" &&
    typeof e.stack === "string"
  );
}

/** The body posted to /response-error: a non-Error value becomes `{errorType: typeof x}`. */
function toRapidResponse(e) {
  if (isError(e)) {
    return { errorType: e.name, errorMessage: e.message, trace: e.stack.split("\n") };
  }
  let message;
  try {
    message = String(e);
  } catch {
    message = "";
  }
  return { errorType: typeof e, errorMessage: message, trace: [] };
}

/** `\t{json}` as AWS appends it to `Invoke Error ` log lines. */
function toFormatted(e) {
  try {
    if (isError(e)) {
      const out = { errorType: e.name, errorMessage: e.message };
      for (const k of Object.keys(e)) if (!(k in out)) out[k] = e[k];
      out.stack = e.stack.split("\n");
      return "\t" + JSON.stringify(out);
    }
    return "\t" + JSON.stringify({ errorType: typeof e, errorMessage: String(e), stack: [] });
  } catch {
    return (
      "\t" +
      JSON.stringify({ errorType: "Runtime.MarshalError", errorMessage: "Unable to format error" })
    );
  }
}

/** A runtime-level error (`Runtime.*`) whose message wraps the cause, as the RIC's ExtendedError. */
function runtimeError(type, message, cause) {
  const e = new Error(message);
  e.name = type;
  if (cause && typeof cause.stack === "string") {
    e.stack = `${type}: ${message}\n` + cause.stack.split("\n").slice(1).join("\n");
  }
  return e;
}

module.exports = { isError, toRapidResponse, toFormatted, runtimeError };
