import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { Socket } from "node:net";
import path from "node:path";
import type { HostTools } from "./host-tools.js";
import { runtimeCommand, type RuntimeCommand } from "./runtime-command.js";
import type { FunctionSnapshot } from "./types.js";

/** Bigger packages get a normal start: linking them would cost what the spare saves. */
const MAX_LINKED_ENTRIES = 2000;
/** Tells the bootstrap to wait for its function (functionary_runtime.py `_await_claim`). */
const SPARE_VARIABLE = "_FUNCTIONARY_SPARE";
/**
 * Variables the interpreter, the dynamic linker or the C library read while starting. A spare
 * started without the function's own, so a function that sets any of these starts normally.
 */
const READ_AT_START = /^(PYTHON|LD_|LC_|GLIBC_|MALLOC_)|^(LANG|LANGUAGE|HOME)$/;
/** The runtime's own variables that do not depend on the function (facts §4.2). */
const FIXED = ["PATH", "LD_LIBRARY_PATH", "LANG", "LC_CTYPE", "TZ", "PYTHONPATH", "PWD", "SHLVL"];

interface Spare {
  child: ChildProcess;
  channel: Socket;
  /** Host directories behind /tmp and /var/task, removed when the process is gone. */
  tmpDir: string;
  taskDir: string;
  /** bwrap's arguments with the two directories above written as placeholders. */
  args: string[];
  env: Record<string, string>;
}

export interface ClaimedSpare {
  child: ChildProcess;
  channel: Socket;
}

const TMP = "\0tmp";
const TASK = "\0task";

/**
 * One pre-started Python sandbox, like Lambda's pre-initialised execution environments:
 * bubblewrap, the interpreter and the runtime client already running with the runtime's fixed
 * variables only, /var/task bound to an empty directory of its own and a fresh /tmp. A cold
 * start that fits claims it: the function's code is hard-linked into that directory, its full
 * environment goes over the channel, and the client imports the handler as a normal start
 * would. The sandbox is the same as a normal start's (same bwrap arguments but for the two
 * directories); anything that could differ (a variable read at start-up, another interpreter,
 * a big package, code on another file system) falls back to a normal start.
 */
export class SpareSandboxes {
  private spare?: Spare;
  private closed = false;

  constructor(
    private readonly scratchDir: string,
    private readonly tools: HostTools,
  ) {}

  /** The spare, ready to run `cmd` for `fn`, or undefined for a normal start. */
  claim(fn: FunctionSnapshot, cmd: RuntimeCommand, tmpDir: string): ClaimedSpare | undefined {
    if (this.closed || !cmd.sandboxed || !fn.runtime.startsWith("python")) return undefined;
    if (Object.keys(fn.environment).some((k) => READ_AT_START.test(k))) return undefined;
    const spare = this.spare;
    if (!spare || spare.child.exitCode !== null || spare.child.signalCode !== null) {
      this.spare = undefined;
      setImmediate(() => this.refill(fn));
      return undefined;
    }
    if (!this.fits(spare, fn, cmd, tmpDir) || !linkTree(fn.codeDir, spare.taskDir)) {
      return undefined;
    }
    this.spare = undefined;
    const body = Buffer.from(JSON.stringify(cmd.env));
    spare.channel.write(Buffer.concat([Buffer.from(`${body.length}\n`), body]));
    for (const handle of [spare.child, spare.channel, spare.child.stdout, spare.child.stderr]) {
      (handle as { ref?: () => void } | null)?.ref?.();
    }
    setImmediate(() => this.refill(fn));
    return { child: spare.child, channel: spare.channel };
  }

  /** Stops the unclaimed spare (the pool is closing). */
  close(): void {
    this.closed = true;
    const spare = this.spare;
    this.spare = undefined;
    if (spare?.child.pid) killGroup(spare.child.pid);
  }

  /** Same bwrap arguments (apart from the two directories) and the same fixed variables. */
  private fits(spare: Spare, fn: FunctionSnapshot, cmd: RuntimeCommand, tmpDir: string): boolean {
    const args = cmd.args.map((a) => (a === tmpDir ? TMP : a === fn.codeDir ? TASK : a));
    if (args.length !== spare.args.length || args.some((a, i) => a !== spare.args[i])) return false;
    return FIXED.every((k) => cmd.env[k] === spare.env[k]);
  }

  private refill(template: FunctionSnapshot): void {
    if (this.closed || this.spare) return;
    const dir = path.join(this.scratchDir, `spare-${randomBytes(8).toString("hex")}`);
    const tmpDir = path.join(dir, "tmp");
    const taskDir = path.join(dir, "task");
    let cmd: RuntimeCommand;
    try {
      mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
      mkdirSync(taskDir, { mode: 0o700 });
      cmd = runtimeCommand({
        fn: { ...template, codeDir: taskDir, environment: {} },
        tools: this.tools,
        sandbox: true,
        runtimeApi: "",
        logStreamName: "",
        tmpDir,
      });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    const env: Record<string, string> = { [SPARE_VARIABLE]: "1" };
    for (const k of [...FIXED, "_FUNCTIONARY_RUNTIME_FD"]) {
      if (cmd.env[k] !== undefined) env[k] = cmd.env[k];
    }
    const child: ChildProcess = spawn(cmd.file, cmd.args, {
      cwd: cmd.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      detached: true,
    });
    child.on("error", () => {
      /* reported as an exit: the spare is dropped */
    });
    child.once("close", () => {
      rmSync(dir, { recursive: true, force: true });
      if (this.spare?.child === child) this.spare = undefined;
    });
    const channel = child.stdio[3];
    if (!(channel instanceof Socket)) {
      killGroup(child.pid);
      return;
    }
    // An idle spare must not keep the engine's event loop alive; a claimed one does again.
    for (const handle of [child, channel, child.stdout, child.stderr]) {
      (handle as { unref?: () => void } | null)?.unref?.();
    }
    const args = cmd.args.map((a) => (a === tmpDir ? TMP : a === taskDir ? TASK : a));
    this.spare = { child, channel, tmpDir, taskDir, args, env };
  }
}

function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

/**
 * Mirrors `from` into the empty directory `to` with hard links (same inodes, so same modes and
 * times, no copy). False, with `to` emptied again, when the tree is too big or cannot be linked.
 */
function linkTree(from: string, to: string): boolean {
  let entries = 0;
  const walk = (src: string, dst: string): boolean => {
    for (const name of readdirSync(src)) {
      if (++entries > MAX_LINKED_ENTRIES) return false;
      const s = path.join(src, name);
      const d = path.join(dst, name);
      const st = lstatSync(s);
      if (st.isDirectory()) {
        mkdirSync(d, { mode: st.mode & 0o7777 });
        chmodSync(d, st.mode & 0o7777);
        if (!walk(s, d)) return false;
      } else if (st.isSymbolicLink()) symlinkSync(readlinkSync(s), d);
      else linkSync(s, d);
    }
    return true;
  };
  try {
    chmodSync(to, statSync(from).mode & 0o7777);
    if (walk(from, to)) return true;
  } catch {
    /* e.g. EXDEV: the code lives on another file system */
  }
  // Emptied, not replaced: the spare's /var/task is bound to this very directory.
  for (const name of readdirSync(to)) rmSync(path.join(to, name), { recursive: true, force: true });
  return false;
}
