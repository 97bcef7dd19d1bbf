import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Socket } from "node:net";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Invocation, type Outcome } from "./invocation.js";
import { LineSplitter } from "./line-splitter.js";
import { initStartLine, logStreamName } from "./log-format.js";
import * as errors from "./platform-errors.js";
import { descendant, ProcMemory } from "./proc-memory.js";
import type { NextReply, RuntimeApiServer, RuntimeEndpoint } from "./runtime-api-server.js";
import { serveChannel } from "./runtime-channel.js";
import { EntrypointError, runtimeCommand } from "./runtime-command.js";
import type { HostTools } from "./host-tools.js";
import type { SpareSandboxes } from "./spare-sandbox.js";
import type { FunctionSnapshot, InvocationSink, InvokeRequest, InvokeResult } from "./types.js";

/** AWS gives on-demand init 10 s before it fails the invoke. */
const INIT_LIMIT_MS = 10_000;
/** Output printed between invocations is kept (bounded) for the next one's log. */
const MAX_PENDING_LINES = 1000;

export interface EnvironmentDeps {
  server: RuntimeApiServer;
  runtimeApi: string;
  tools: HostTools;
  sandbox: boolean;
  scratchDir: string;
  /** Pre-started sandboxes a cold start may claim instead of spawning (engine config). */
  spares?: SpareSandboxes;
  sink: InvocationSink;
  /** Called once when the process is gone (the pool forgets the environment). */
  onExit(env: Environment): void;
}

/**
 * One execution environment: one runtime process, one log stream, one invocation at a time.
 * The runtime pulls work through the Runtime API (`endpoint` below); this class decides what
 * each invocation's outcome is, including the platform's own failures (timeout, crash, OOM).
 */
export class Environment {
  readonly id = randomBytes(16).toString("hex");
  private readonly token = randomBytes(16).toString("hex");
  readonly streamName: string;
  readonly revision: string;
  state: "starting" | "idle" | "busy" | "dead" = "starting";
  /** Set when the pool wants it gone once the current invocation ends. */
  retiring = false;
  lastUsed = Date.now();
  private child?: ChildProcess;
  private sandboxed = false;
  /** The runtime's own pid (inside bubblewrap: two levels below the spawned bwrap). */
  pid = 0;
  private memory = new ProcMemory(0);
  private readonly spawnedAt = performance.now();
  private initDurationMs?: number;
  private initReported = false;
  private pendingNext: NextReply | null = null;
  private current: Invocation | null = null;
  private pendingLines: Array<{ t: number; m: string }> = [];
  private killReason: "timeout" | "oom" | "stop" | null = null;
  private exitReason = "";
  private initError: { errorType: string; body: Buffer | null } | null = null;
  private readonly tmpDir: string;
  private initTimer?: NodeJS.Timeout;
  private invokeTimer?: NodeJS.Timeout;

  private readonly exitWaiters: Array<() => void> = [];

  constructor(
    readonly fn: FunctionSnapshot,
    private readonly deps: EnvironmentDeps,
  ) {
    this.revision = fn.revision;
    this.streamName = logStreamName(fn.version, this.id);
    this.tmpDir = path.join(deps.scratchDir, this.id);
    this.pendingLines.push({ t: Date.now(), m: initStartLine(fn.runtime, fn.region) });
    deps.server.register(this.token, this.endpoint);
    try {
      this.start();
    } catch (e) {
      const err =
        e instanceof EntrypointError ? e : new EntrypointError("Runtime.Unknown", String(e));
      this.exitReason = err.message;
      this.initError = {
        errorType: err.errorType,
        body: errors.json({ errorType: err.errorType, errorMessage: err.message }),
      };
      queueMicrotask(() => this.onExit(null, null));
    }
  }

  private start(): void {
    const cmd = runtimeCommand({
      fn: this.fn,
      tools: this.deps.tools,
      sandbox: this.deps.sandbox,
      runtimeApi: `${this.deps.runtimeApi}/${this.token}`,
      logStreamName: this.streamName,
      tmpDir: this.tmpDir,
    });
    this.sandboxed = cmd.sandboxed;
    const spare = this.deps.spares?.claim(this.fn, cmd, this.tmpDir);
    if (!spare) mkdirSync(this.tmpDir, { recursive: true, mode: 0o700 });
    const child =
      spare?.child ??
      spawn(cmd.file, cmd.args, {
        cwd: cmd.cwd,
        env: cmd.env as NodeJS.ProcessEnv,
        // fd 3, when asked for, is the Runtime API channel of our bootstraps (a socket pair).
        stdio:
          cmd.channelFd === 3 ? ["ignore", "pipe", "pipe", "pipe"] : ["ignore", "pipe", "pipe"],
        detached: true, // its own session and process group, killed as a whole
      });
    const channel = spare?.channel ?? child.stdio[3];
    if (channel instanceof Socket) serveChannel(channel, this.endpoint);
    this.child = child;
    this.pid = child.pid ?? 0;
    if (!cmd.sandboxed) this.memory = new ProcMemory(this.pid);
    const out = new LineSplitter((m) => this.onLine(m));
    const err = new LineSplitter((m) => this.onLine(m));
    child.stdout?.on("data", (c: Buffer) => out.push(c));
    child.stderr?.on("data", (c: Buffer) => err.push(c));
    child.on("error", (e) => {
      this.exitReason = `Runtime exited with error: ${e.message}`;
    });
    child.on("close", (code, signal) => {
      out.flush();
      err.flush();
      this.onExit(code, signal);
    });
    this.initTimer = setTimeout(() => this.kill("timeout"), INIT_LIMIT_MS + this.fn.timeout * 1000);
  }

  /** The Runtime API calls of this environment's runtime. */
  private readonly endpoint: RuntimeEndpoint = {
    next: (res) => {
      if (this.initDurationMs === undefined) {
        this.initDurationMs = performance.now() - this.spawnedAt;
        clearTimeout(this.initTimer);
        if (this.sandboxed) setImmediate(() => this.findRuntimePid());
      }
      res.onClose(() => {
        if (this.pendingNext === res) this.pendingNext = null;
      });
      this.pendingNext = res;
      if (this.current && !this.current.delivered) this.deliver();
    },
    response: (id, body) => {
      const inv = this.current;
      if (!inv || !inv.delivered || inv.finished || inv.request.requestId !== id) return false;
      if (body === null) this.finish({ kind: "tooLarge" });
      else this.finish({ kind: "ok", payload: body });
      return true;
    },
    error: (id, errorType, body) => {
      const inv = this.current;
      if (!inv || !inv.delivered || inv.finished || inv.request.requestId !== id) return false;
      const type = errorTypeOf(errorType, body);
      if (type === "MemoryError") {
        // Python could not allocate: on AWS the sandbox would have been killed for memory.
        this.finish({ kind: "oom" });
        this.kill("oom");
      } else this.finish({ kind: "handlerError", errorType: type, payload: body });
      return true;
    },
    initError: (errorType, body) => {
      this.initError = { errorType: errorTypeOf(errorType, body), body };
      if (this.current && !this.current.finished) {
        this.finish({ kind: "initError", errorType: this.initError.errorType, payload: body });
      }
      this.kill("stop");
    },
  };

  /**
   * Runs one invocation; the pool guarantees one at a time. Resolves null when a warm runtime
   * exited before it took the event (e.g. right after reporting a fatal error): the function
   * never saw it, so the pool runs it in a fresh environment.
   */
  invoke(request: InvokeRequest): Promise<InvokeResult | null> {
    const dead = this.state === "dead";
    if (!dead) this.state = "busy";
    this.busySince = performance.now();
    return new Promise((resolve) => {
      const inv = new Invocation(
        this.fn,
        request,
        this.streamName,
        resolve as (r: InvokeResult) => void,
      );
      inv.vanished = () => resolve(null);
      this.current = inv;
      for (const l of this.pendingLines) inv.log.add(l.m, l.t);
      this.pendingLines = [];
      if (this.initError) {
        this.finish({
          kind: "initError",
          errorType: this.initError.errorType,
          payload: this.initError.body,
        });
      } else if (dead) inv.vanished?.();
      else if (this.pendingNext) this.deliver();
    });
  }

  private deliver(): void {
    const inv = this.current;
    const res = this.pendingNext;
    if (!inv || !res) return;
    this.pendingNext = null;
    inv.markDelivered(this.fn.timeout);
    res.send(inv.nextHeaders(), inv.request.payload);
    // One timer per environment, re-armed per invocation: a timer made and cleared per invoke
    // re-creates Node's timer list and re-arms libuv's timer each time. It may fire for an
    // invocation that already ended; then there is nothing to time out.
    if (this.invokeTimer) this.invokeTimer.refresh();
    else {
      this.invokeTimer = setTimeout(() => this.timedOut(), this.fn.timeout * 1000);
      this.invokeTimer.unref();
    }
  }

  private timedOut(): void {
    const inv = this.current;
    if (!inv || !inv.delivered || inv.finished) return;
    this.finish({ kind: "timeout" });
    this.kill("timeout");
  }

  private onLine(message: string): void {
    const inv = this.current;
    if (inv && !inv.sealed) inv.log.add(message);
    else if (this.pendingLines.length < MAX_PENDING_LINES)
      this.pendingLines.push({ t: Date.now(), m: message });
  }

  /** Under bubblewrap the runtime runs two levels below the spawned process; found once. */
  private findRuntimePid(): void {
    if (this.state === "dead") return;
    this.pid = descendant(this.pid, 2);
    this.memory.close();
    this.memory = new ProcMemory(this.pid);
  }

  /** performance.now() when the current invocation arrived (init counts as busy too). */
  busySince = 0;

  /** Memory check from the pool's monitor; kills the environment past its configured size. */
  checkMemory(): void {
    if (!this.pid || this.state === "dead") return;
    const rss = this.memory.resident();
    this.current?.notePeak(rss);
    if (rss > this.fn.memorySize * 1024 * 1024) this.kill("oom");
  }

  private finish(outcome: Outcome): void {
    const inv = this.current;
    if (!inv || inv.finished) return;
    inv.finished = true;
    const cold = !this.initReported;
    this.initReported = true;
    const response = inv.respond(outcome, this.exitReason);
    inv.request.onResponse?.(response);
    // Output written just before the response may still sit in the pipe: read it, then seal.
    setImmediate(() => {
      inv.sealed = true;
      const result = inv.seal({
        initDurationMs: cold
          ? (this.initDurationMs ?? performance.now() - this.spawnedAt)
          : undefined,
        peakBytes: this.memory.peak(),
      });
      if (this.current === inv) this.current = null;
      this.lastUsed = Date.now();
      if (this.state === "busy") this.state = "idle";
      this.deps.sink.record(result.report, inv.log.lines);
      inv.resolve(result);
    });
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.state === "dead") return;
    clearTimeout(this.initTimer);
    clearTimeout(this.invokeTimer);
    if (!this.exitReason) this.exitReason = errors.exitReason(code, signal, this.sandboxed);
    const inv = this.current;
    if (
      inv &&
      !inv.finished &&
      !inv.delivered &&
      this.initDurationMs !== undefined &&
      !this.initError
    ) {
      inv.finished = true;
      this.current = null;
      inv.vanished?.();
    } else if (inv && !inv.finished) {
      if (this.initError)
        this.finish({
          kind: "initError",
          errorType: this.initError.errorType,
          payload: this.initError.body,
        });
      else if (this.killReason === "oom" || (this.killReason === null && inv.sawOutOfMemory()))
        this.finish({ kind: "oom" });
      else if (this.killReason === "timeout") this.finish({ kind: "timeout" });
      else this.finish({ kind: "exit" });
    }
    this.state = "dead";
    this.pendingNext = null;
    this.deps.server.unregister(this.token);
    this.memory.close();
    rmSync(this.tmpDir, { recursive: true, force: true });
    this.deps.onExit(this);
    for (const w of this.exitWaiters.splice(0)) w();
  }

  /** Stops the process (and everything it started); `close` follows. */
  kill(reason: "timeout" | "oom" | "stop"): void {
    if (this.killReason === null) this.killReason = reason;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
    if (this.pid && this.pid !== child.pid) {
      try {
        process.kill(this.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  }

  /** Resolves once the process is gone. */
  stop(): Promise<void> {
    if (this.state === "dead") return Promise.resolve();
    return new Promise((resolve) => {
      this.exitWaiters.push(resolve);
      this.kill("stop");
    });
  }
}

function errorTypeOf(header: string, body: Buffer | null): string {
  if (header) return header;
  try {
    const parsed = JSON.parse(body?.toString("utf8") ?? "") as { errorType?: unknown };
    if (typeof parsed.errorType === "string") return parsed.errorType;
  } catch {
    /* not JSON */
  }
  return "Unhandled";
}
