import { readdirSync, readFileSync } from "node:fs";

/** Memory figures of one process from /proc (Linux); 0 when it is gone or /proc is absent. */

/** Resident set size in bytes, from /proc/<pid>/statm (cheapest file to read and parse). */
export function residentBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, "latin1");
    const resident = Number(statm.split(" ", 2)[1]);
    return resident * 4096;
  } catch {
    return 0;
  }
}

/** Peak resident set size (VmHWM) in bytes: what AWS reports as Max Memory Used. */
export function peakResidentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "latin1");
    const at = status.indexOf("VmHWM:");
    if (at < 0) return 0;
    return parseInt(status.slice(at + 6, status.indexOf("\n", at)).trim(), 10) * 1024;
  } catch {
    return 0;
  }
}

/**
 * The first descendant of `pid` `depth` generations down: under bubblewrap the spawned process
 * is bwrap, whose child is the namespace's init, whose child is the runtime (depth 2). One /proc
 * scan, done once per environment off the invoke path.
 */
export function descendant(pid: number, depth: number): number {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return pid;
  }
  for (const name of entries) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "latin1");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ", 3)[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      /* exited meanwhile */
    }
  }
  let current = pid;
  for (let level = 0; level < depth; level++) {
    const next = children.get(current)?.[0];
    if (next === undefined) break;
    current = next;
  }
  return current;
}
