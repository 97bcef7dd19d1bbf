import type { ServerResponse } from "node:http";
import { LambdaError, ServiceError } from "../errors.js";
import type { Reply } from "./types.js";

/** Writes a handler's reply. Every response carries `x-amzn-RequestId` (lambda-wire-facts §0). */
export function sendReply(res: ServerResponse, requestId: string, reply: Reply): void {
  const headers: Record<string, string | number> = {
    "x-amzn-RequestId": requestId,
    ...reply.headers,
  };
  let payload: Buffer | string | undefined;
  if (reply.body === undefined || reply.body === null) {
    payload = undefined;
  } else if (Buffer.isBuffer(reply.body) || typeof reply.body === "string") {
    payload = reply.body;
  } else {
    payload = JSON.stringify(reply.body);
    headers["Content-Type"] ??= "application/json";
  }
  if (payload !== undefined) headers["Content-Length"] = Buffer.byteLength(payload);
  else if (reply.status !== 204 && reply.status !== 304) headers["Content-Length"] = 0;
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/**
 * Renders any thrown value as AWS does: typed errors with their own status, code header and body;
 * anything else is logged with context and becomes a generic 500 ServiceException.
 */
export function errorReply(err: unknown, context: string): Reply {
  let error: LambdaError;
  if (err instanceof LambdaError) {
    error = err;
  } else {
    console.error(`[engine] unexpected error in ${context}:`, err);
    error = new ServiceError();
  }
  return {
    status: error.status,
    body: error.body(),
    headers: {
      "x-amzn-ErrorType": error.code,
      "Content-Type": "application/json",
      ...error.headers,
    },
  };
}
