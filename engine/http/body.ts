import type { IncomingMessage } from "node:http";
import { RequestEntityTooLargeError, ValidationError } from "../errors.js";

/**
 * Reads the whole request body, refusing it as soon as it passes `limit` bytes so an oversized
 * upload never sits in memory. `tooLarge` builds the operation's own AWS message.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  tooLarge: () => Error = () =>
    new RequestEntityTooLargeError(`Request must be smaller than ${limit} bytes`),
): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  // Plain listeners rather than `for await`: the async iterator costs several promises and
  // allocations per request on the invoke path.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      if (req.complete) return;
      cleanup();
      reject(new Error("Request aborted"));
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/** Control-plane bodies are JSON objects; an empty body reads as `{}`. */
export async function readJsonObject(
  req: IncomingMessage,
  limit: number,
  tooLarge?: () => Error,
): Promise<Record<string, unknown>> {
  const raw = await readBody(req, limit, tooLarge);
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new SerializationError("Unable to parse request body as JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new SerializationError("Request body must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}

/** rest-json's framework error for a body that is not JSON (lambda-wire-facts §1.2, last line). */
export class SerializationError extends ValidationError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, "code", { value: "SerializationException" });
    this.name = "SerializationException";
  }
}
