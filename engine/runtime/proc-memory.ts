import { closeSync, openSync, readdirSync, readSync } from "node:fs";

/**
 * Memory figures of one process from /proc (Linux); 0 when it is gone or /proc is absent.
 *
 * The files are opened once per process and re-read in place (a /proc file re-renders when read
 * from offset 0) into one shared buffer: `readFileSync` would open, stat and close each time and
 * allocate a 64 KB buffer per read, which on the invoke path showed up as syscalls and GC.
 */

const scratch = Buffer.allocUnsafe(4096);
const VM_HWM = Buffer.from("VmHWM:");

function readInto(fd: number): number {
  try {
    return readSync(fd, scratch, 0, scratch.length, 0);
  } catch {
    return 0;
  }
}

/** Parses the decimal number starting at or after `at` (skipping spaces and tabs). */
function numberAt(n: number, at: number): number {
  let i = at;
  while (i < n && (scratch[i] === 32 || scratch[i] === 9)) i++;
  let v = 0;
  for (; i < n; i++) {
    const c = scratch[i]! - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
  }
  return v;
}

function open(file: string): number {
  try {
    return openSync(file, "r");
  } catch {
    return -1;
  }
}

/** The resident and peak resident memory of one process, read without allocating. */
export class ProcMemory {
  /** -2: not opened yet (statm is needed only by long invocations); -1: unavailable. */
  private statm = -2;
  private status = -1;

  constructor(readonly pid: number) {
    if (pid > 0) this.status = open(`/proc/${pid}/status`);
    else this.statm = -1;
  }

  /** Resident set size in bytes (second field of statm, in pages). */
  resident(): number {
    if (this.statm === -2) this.statm = open(`/proc/${this.pid}/statm`);
    if (this.statm < 0) return 0;
    const n = readInto(this.statm);
    const space = scratch.indexOf(32);
    return space < 0 || space >= n ? 0 : numberAt(n, space + 1) * 4096;
  }

  /** Peak resident set size (VmHWM) in bytes: what AWS reports as Max Memory Used. */
  peak(): number {
    if (this.status < 0) return 0;
    const n = readInto(this.status);
    const at = scratch.indexOf(VM_HWM);
    return at < 0 || at >= n ? 0 : numberAt(n, at + VM_HWM.length) * 1024;
  }

  close(): void {
    for (const fd of [this.statm, this.status]) {
      // (-2 and -1 are "no fd".)
      if (fd >= 0) {
        try {
          closeSync(fd);
        } catch {
          /* already closed */
        }
      }
    }
    this.statm = this.status = -1;
  }
}

/** Parent pid from /proc/<pid>/stat, or -1. */
function parentOf(pid: number | string): number {
  const fd = open(`/proc/${pid}/stat`);
  if (fd < 0) return -1;
  try {
    const n = readInto(fd);
    const close = scratch.lastIndexOf(41, n - 1); // ")" ends the command name
    if (close < 0) return -1;
    // After ") " come the state (one character), a space, then the ppid.
    return numberAt(n, close + 4);
  } finally {
    closeSync(fd);
  }
}

/** How many pids after `pid` are tried before a full /proc scan (new pids are usually next). */
const NEARBY = 16;

/**
 * The first descendant of `pid` `depth` generations down: under bubblewrap the spawned process
 * is bwrap, whose child is the namespace's init, whose child is the runtime (depth 2). Children
 * usually get the next few pids, so those are tried first; otherwise one /proc scan.
 */
export function descendant(pid: number, depth: number): number {
  let current = pid;
  for (let level = 0; level < depth; level++) {
    const next = childOf(current);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

function childOf(pid: number): number | undefined {
  for (let p = pid + 1; p <= pid + NEARBY; p++) if (parentOf(p) === pid) return p;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  for (const name of entries) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    if (parentOf(name) === pid) return Number(name);
  }
  return undefined;
}
