import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { MAX_RESPONSE_BYTES } from "./platform-errors.js";

/** Where an environment sends the next event: a held `/next` HTTP response or a channel. */
export interface NextReply {
  send(headers: Record<string, string | number>, payload: Buffer): void;
  /** Called if the runtime goes away before the event is sent. */
  onClose(listener: () => void): void;
}

/** What an environment does with the Runtime API calls its runtime makes (facts §4.1). */
export interface RuntimeEndpoint {
  next(reply: NextReply): void;
  /** `body` is null when the runtime sent more than MAX_RESPONSE_BYTES. Returns false for an unknown id. */
  response(requestId: string, body: Buffer | null): boolean;
  error(requestId: string, errorType: string, body: Buffer | null): boolean;
  initError(errorType: string, body: Buffer | null): void;
}

const OK = '{"status":"OK"}';
const INVALID_ID = '{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}';
const TOO_LARGE = `{"errorMessage":"Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).","errorType":"RequestEntityTooLarge"}`;
const NOT_FOUND = '{"errorMessage":"Not found","errorType":"NotFound"}';

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

function httpReply(res: ServerResponse): NextReply {
  return {
    send(headers, payload) {
      res.writeHead(200, headers);
      res.end(payload);
    },
    onClose(listener) {
      res.on("close", listener);
    },
  };
}

/** Reads a body up to the limit; past it the rest is drained and `null` delivered. */
function readBody(req: IncomingMessage, done: (body: Buffer | null) => void): void {
  const declared = Number(req.headers["content-length"] ?? -1);
  let chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = declared > MAX_RESPONSE_BYTES;
  req.on("data", (chunk: Buffer) => {
    if (tooLarge) return;
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) {
      tooLarge = true;
      chunks = [];
    } else chunks.push(chunk);
  });
  req.on("end", () =>
    done(tooLarge ? null : chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
  );
}

/**
 * One Runtime API server per pool on 127.0.0.1. Each environment gets an unguessable path
 * prefix in AWS_LAMBDA_RUNTIME_API (`127.0.0.1:<port>/<token>`), so a function can fetch and
 * answer only its own invocations; runtimes build URLs as `http://${API}/2018-06-01/…`, which
 * AWS's curl tutorial, our bootstraps and the official RICs all do.
 */
export class RuntimeApiServer {
  private readonly endpoints = new Map<string, RuntimeEndpoint>();
  private readonly server: Server;
  readonly ready: Promise<string>;

  constructor() {
    this.server = createServer((req, res) => this.route(req, res));
    // /next long-polls for as long as the environment is idle.
    this.server.requestTimeout = 0;
    this.server.keepAliveTimeout = 0;
    this.ready = new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        const { port } = this.server.address() as AddressInfo;
        resolve(`127.0.0.1:${port}`);
      });
    });
  }

  register(token: string, endpoint: RuntimeEndpoint): void {
    this.endpoints.set(token, endpoint);
  }

  unregister(token: string): void {
    this.endpoints.delete(token);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? "";
    const slash = url.indexOf("/", 1);
    const endpoint = slash > 0 ? this.endpoints.get(url.slice(1, slash)) : undefined;
    const path = url.slice(slash);
    if (!endpoint || !path.startsWith("/2018-06-01/runtime/")) {
      req.resume();
      return reply(res, 404, NOT_FOUND);
    }
    const rest = path.slice(20);
    if (req.method === "GET" && rest === "invocation/next") return endpoint.next(httpReply(res));
    if (req.method !== "POST") {
      req.resume();
      return reply(res, 404, NOT_FOUND);
    }
    const errorType = String(req.headers["lambda-runtime-function-error-type"] ?? "");
    if (rest === "init/error") {
      return readBody(req, (body) => {
        endpoint.initError(errorType, body);
        reply(res, 202, OK);
      });
    }
    const m = /^invocation\/([^/]+)\/(response|error)$/.exec(rest);
    if (!m) {
      req.resume();
      return reply(res, 404, NOT_FOUND);
    }
    const requestId = decodeURIComponent(m[1] ?? "");
    const isResponse = m[2] === "response";
    readBody(req, (body) => {
      const known = isResponse
        ? endpoint.response(requestId, body)
        : endpoint.error(requestId, errorType, body);
      if (!known) return reply(res, 400, INVALID_ID);
      // Answered on the next turn, after the environment has answered the caller (it settles
      // in an immediate queued just now): waking the runtime first lets it take the CPU the
      // caller's response is waiting for.
      setImmediate(reply, res, body === null ? 413 : 202, body === null ? TOO_LARGE : OK);
    });
  }
}
