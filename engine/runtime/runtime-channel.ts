import type { Socket } from "node:net";
import { MAX_RESPONSE_BYTES } from "./platform-errors.js";
import type { NextReply, RuntimeEndpoint } from "./runtime-api-server.js";

/** Request heads longer than this are not from our bootstraps: the channel is closed. */
const MAX_HEAD_BYTES = 16 * 1024;
const PREFIX = "/2018-06-01/runtime/";

/**
 * The Runtime API on an environment's private socket pair (fd 3 in the runtime), spoken only by
 * our Node and Python bootstraps. Same requests as over HTTP, minus what costs a syscall or a
 * wake-up on every invoke and carries nothing: POSTs get no reply (the bootstraps never read
 * one: AWS's RIC ignores the 202 too), and a bootstrap writes its response and its next
 * `GET …/invocation/next` together. Events go back as plain HTTP responses in one write.
 * Custom runtimes keep using AWS_LAMBDA_RUNTIME_API over TCP.
 */
export function serveChannel(socket: Socket, endpoint: RuntimeEndpoint): void {
  let buffered: Buffer = Buffer.alloc(0);
  /** Bytes of body still expected for the request being read, or -1 while reading a head. */
  let need = -1;
  let head: { method: string; rest: string; errorType: string } | null = null;
  /** Bytes of an oversized body still to drop (never buffered). */
  let discard = 0;

  const fail = () => socket.destroy();
  socket.on("error", fail);

  socket.on("data", (chunk: Buffer) => {
    if (discard > 0) {
      const n = Math.min(discard, chunk.length);
      discard -= n;
      chunk = chunk.subarray(n);
    }
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    for (;;) {
      if (need < 0) {
        const end = buffered.indexOf("\r\n\r\n");
        if (end < 0) {
          if (buffered.length > MAX_HEAD_BYTES) fail();
          return;
        }
        const parsed = parseHead(buffered.toString("latin1", 0, end));
        buffered = buffered.subarray(end + 4);
        if (!parsed) return fail();
        if (parsed.length > MAX_RESPONSE_BYTES) {
          dispatch(parsed, null);
          const n = Math.min(parsed.length, buffered.length);
          buffered = buffered.subarray(n);
          discard = parsed.length - n;
          if (discard > 0) return;
          continue;
        }
        head = parsed;
        need = parsed.length;
      }
      if (buffered.length < need) return;
      const body = buffered.subarray(0, need);
      buffered = buffered.subarray(need);
      need = -1;
      dispatch(head!, body);
    }
  });

  const closeWaiters: Array<() => void> = [];
  socket.on("close", () => {
    for (const w of closeWaiters.splice(0)) w();
  });

  const reply: NextReply = {
    send(headers, payload) {
      let text = "HTTP/1.1 200 OK\r\n";
      for (const k in headers) text += `${k}: ${headers[k]}\r\n`;
      text += "\r\n";
      socket.write(Buffer.concat([Buffer.from(text, "latin1"), payload]));
    },
    onClose(listener) {
      closeWaiters.length = 0; // only the newest /next is waiting
      if (socket.destroyed) queueMicrotask(listener);
      else closeWaiters.push(listener);
    },
  };

  /** `body` is null past MAX_RESPONSE_BYTES, as over HTTP. */
  function dispatch(
    h: { method: string; rest: string; errorType: string },
    body: Buffer | null,
  ): void {
    if (h.method === "GET" && h.rest === "invocation/next") return endpoint.next(reply);
    if (h.method !== "POST") return;
    if (h.rest === "init/error") return endpoint.initError(h.errorType, body);
    const m = /^invocation\/([^/]+)\/(response|error)$/.exec(h.rest);
    if (!m) return;
    let requestId: string;
    try {
      requestId = decodeURIComponent(m[1] ?? "");
    } catch {
      return;
    }
    if (m[2] === "response") endpoint.response(requestId, body);
    else endpoint.error(requestId, h.errorType, body);
  }
}

function parseHead(
  text: string,
): { method: string; rest: string; errorType: string; length: number } | null {
  const lines = text.split("\r\n");
  const [method, url] = (lines[0] ?? "").split(" ");
  if (!method || !url) return null;
  const at = url.indexOf(PREFIX);
  const rest = at < 0 ? "" : url.slice(at + PREFIX.length);
  let length = 0;
  let errorType = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (name === "content-length") length = Number(line.slice(colon + 1).trim());
    else if (name === "lambda-runtime-function-error-type")
      errorType = line.slice(colon + 1).trim();
  }
  if (!Number.isSafeInteger(length) || length < 0) return null;
  return { method, rest, errorType, length };
}
