// Process figures read from /proc (Linux): CPU time and resident memory of a process and all of
// its descendants (the engine's runtime environments are child processes).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

function readStat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name: state(3) ppid(4) … utime(14) stime(15).
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), utime: Number(f[11]), stime: Number(f[12]), state: f[0] };
  } catch {
    return undefined;
  }
}

/** `pid` and every live descendant. */
export function processTree(pid) {
  const children = new Map();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const st = readStat(name);
    if (!st || st.state === "Z") continue;
    if (!children.has(st.ppid)) children.set(st.ppid, []);
    children.get(st.ppid).push(Number(name));
  }
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** CPU milliseconds (user + system) used so far by each process of the tree, by pid. */
export function treeCpu(pid) {
  const byPid = new Map();
  for (const p of processTree(pid)) {
    const st = readStat(p);
    if (st) byPid.set(p, ((st.utime + st.stime) * 1000) / CLK_TCK);
  }
  return byPid;
}

/** CPU ms the tree used between two treeCpu() snapshots; processes born in between count fully. */
export function cpuDelta(before, after) {
  let total = 0;
  for (const [p, ms] of after) total += ms - (before.get(p) ?? 0);
  return total;
}

export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function treeRssMb(pid) {
  return processTree(pid).reduce((sum, p) => sum + rssMb(p), 0);
}

/** Resolved executable and command line of a process (to find the interpreter a runtime used). */
export function processExe(pid) {
  try {
    return {
      exe: fs.readlinkSync(`/proc/${pid}/exe`),
      argv: fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean),
    };
  } catch {
    return undefined;
  }
}
