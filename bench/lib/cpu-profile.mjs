// Summarizes a V8 .cpuprofile: self time per function, and the callers of one function.
// Samples are wall-clock: time a process spends descheduled shows up in the frame it was in.
import fs from "node:fs";

function load(file) {
  const p = JSON.parse(fs.readFileSync(file, "utf8"));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    time.set(id, (time.get(id) ?? 0) + dt);
    total += dt;
  });
  return { byId, parent, time, total };
}

const label = (n) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;

export function topSelf(file, limit = 25) {
  const { byId, time, total } = load(file);
  const self = new Map();
  for (const [id, t] of time)
    self.set(label(byId.get(id)), (self.get(label(byId.get(id))) ?? 0) + t);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, t]) => ({ name, ms: t / 1000, share: t / total }));
}

/** Where the time under functions named `fname` comes from (call chains `depth` frames up). */
export function callers(file, fname, depth = 4, limit = 8) {
  const { byId, parent, time, total } = load(file);
  const agg = new Map();
  for (const [id, t] of time) {
    const chain = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur));
    const i = chain.findIndex((n) => n.callFrame.functionName === fname);
    if (i < 0) continue;
    const key = chain
      .slice(i, i + depth)
      .map(label)
      .join(" ← ");
    agg.set(key, (agg.get(key) ?? 0) + t);
  }
  return [...agg]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([chain, t]) => ({ chain, share: t / total }));
}
