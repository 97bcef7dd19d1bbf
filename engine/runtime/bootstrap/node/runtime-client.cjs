"use strict";
/**
 * A minimal HTTP/1.1 client for the Lambda Runtime API over one keep-alive socket. `node:http`
 * would work too, but a raw socket keeps the cold start near a bare `node -e 0` and the warm
 * round trip short. The engine's server always answers with Content-Length bodies.
 */
const net = require("node:net");

const api = process.env.AWS_LAMBDA_RUNTIME_API || "127.0.0.1:9001";
// The engine passes a socket pair as this fd: the same HTTP without TCP loopback. Removed from
// the environment so the function sees AWS's variables only.
let channelFd = Number(process.env._FUNCTIONARY_RUNTIME_FD) || 0;
const viaChannel = channelFd > 0;
delete process.env._FUNCTIONARY_RUNTIME_FD;
const slash = api.indexOf("/");
const hostPort = slash < 0 ? api : api.slice(0, slash);
// AWS_LAMBDA_RUNTIME_API may carry a path prefix (the engine's per-environment secret).
const base = (slash < 0 ? "" : api.slice(slash)) + "/2018-06-01/runtime";
const colon = hostPort.lastIndexOf(":");
const host = hostPort.slice(0, colon);
const port = Number(hostPort.slice(colon + 1));

let socket = null;
let pending = null;
let chunks = [];
let buffered = 0;

function connect() {
  if (channelFd > 0) {
    // Opened once: when it closes the engine is gone, and the next request fails.
    socket = new net.Socket({ fd: channelFd, readable: true, writable: true });
    channelFd = -1;
  } else if (channelFd < 0) {
    throw new Error("Runtime API channel closed");
  } else {
    socket = net.connect(port, host);
    socket.setNoDelay(true);
  }
  socket.on("data", onData);
  socket.on("error", () => {});
  socket.on("close", () => {
    socket = null;
    chunks = [];
    buffered = 0;
    const p = pending;
    pending = null;
    // The engine went away: nothing left to serve, like AWS's "Container error".
    if (p) p.reject(new Error("Runtime API connection closed"));
  });
}

function onData(chunk) {
  chunks.push(chunk);
  buffered += chunk.length;
  const p = pending;
  if (!p) return;
  if (p.length < 0) {
    const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    chunks = [all];
    const end = all.indexOf("\r\n\r\n");
    if (end < 0) return;
    const lines = all.toString("latin1", 0, end).split("\r\n");
    p.status = Number(lines[0].split(" ")[1]);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const c = line.indexOf(":");
      p.headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
    }
    p.length = Number(p.headers["content-length"] || 0);
    chunks = [all.subarray(end + 4)];
    buffered = all.length - end - 4;
  }
  if (buffered < p.length) return;
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  const body = all.subarray(0, p.length);
  chunks = [all.subarray(p.length)];
  buffered = all.length - p.length;
  pending = null;
  if (p.headers.connection === "close" && socket) socket.destroy();
  p.resolve({ status: p.status, headers: p.headers, body });
}

/** Bodies are Buffers or strings (sent as UTF-8); heads are ASCII, the same bytes either way. */
function byteLength(body) {
  if (!body) return 0;
  return typeof body === "string" ? Buffer.byteLength(body) : body.length;
}

function head(method, path, body, headers) {
  let text = `${method} ${base}${path} HTTP/1.1\r\nHost: ${hostPort}\r\n`;
  if (headers) for (const k in headers) text += `${k}: ${headers[k]}\r\n`;
  return text + `Content-Length: ${byteLength(body)}\r\n\r\n`;
}

function send(text, body) {
  if (!body || body.length === 0) socket.write(text, "latin1");
  else if (typeof body === "string") socket.write(text + body);
  else if (body.length < 65536) socket.write(Buffer.concat([Buffer.from(text, "latin1"), body]));
  else {
    socket.cork();
    socket.write(text, "latin1");
    socket.write(body);
    socket.uncork();
  }
}

function awaitResponse() {
  return new Promise((resolve, reject) => {
    pending = { resolve, reject, status: 0, headers: {}, length: -1 };
  });
}

/** One request at a time, as the runtime loop needs. */
function request(method, path, body, headers) {
  if (!socket) {
    try {
      connect();
    } catch (e) {
      return Promise.reject(e);
    }
  }
  const response = awaitResponse();
  send(head(method, path, body, headers), body);
  return response;
}

/** A POST whose answer nobody needs: over the engine's channel it gets none. */
function post(path, body, headers) {
  if (!viaChannel || !socket) return request("POST", path, body, headers).then(() => undefined);
  return new Promise((resolve) => {
    send(head("POST", path, body, headers), body);
    socket.write("", () => resolve());
  });
}

/** Posts an invocation's result and fetches the next event (one write on the channel). */
async function postThenNext(path, body, headers) {
  if (!viaChannel) {
    await request("POST", path, body, headers);
    return request("GET", "/invocation/next");
  }
  if (!socket) return Promise.reject(new Error("Runtime API channel closed"));
  const response = awaitResponse();
  const next = head("GET", "/invocation/next");
  const first = head("POST", path, body, headers);
  // One string, one write: the usual JSON result needs no Buffer of its own.
  if (!body || typeof body === "string") socket.write(first + (body || "") + next);
  else
    socket.write(Buffer.concat([Buffer.from(first, "latin1"), body, Buffer.from(next, "latin1")]));
  return response;
}

/** Lets the event loop empty while a callback handler runs (callbackWaitsForEmptyEventLoop). */
function setRef(on) {
  if (socket) on ? socket.ref() : socket.unref();
}

module.exports = { request, post, postThenNext, setRef };
