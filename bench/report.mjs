// Renders the benchmark results as the markdown table in bench/results.md (and the README).
const fmt = (v, digits = 2) =>
  typeof v === "string" ? v : v === undefined || Number.isNaN(v) ? "—" : Number(v).toFixed(digits);
const ratio = (a, b) => (a === undefined || b === undefined || !b ? undefined : a / b);

function row(measure, base, engine, peer, r, rLabel, target, ok, digits = 2) {
  const met = ok === undefined ? "—" : ok ? "yes" : "**no**";
  const rText = r === undefined ? "—" : `${fmt(r)}× ${rLabel}`;
  return `| ${measure} | ${fmt(base, digits)} | ${fmt(engine, digits)} | ${fmt(peer, digits)} | ${rText} | ${target} | ${met} |`;
}

export function renderTable(res) {
  const w = res.warm ?? {};
  const [f, e, s] = [w.floor, w.engine, w.sls];
  const lines = [
    "| Measure | Floor / bare spawn | Engine | serverless-offline | Engine ratio | Target | Met |",
    "|---|---:|---:|---:|---:|---|---|",
  ];
  for (const [key, label, limit] of [
    ["p50", "p50", 1.3],
    ["p95", "p95"],
    ["p99", "p99", 1.5],
  ]) {
    const r = ratio(e?.latency[key], f?.latency[key]);
    lines.push(
      row(
        `Warm invoke ${label}, SDK, sequential (ms)`,
        f?.latency[key],
        e?.latency[key],
        s?.latency[key],
        r,
        "floor",
        limit ? `≤ ${limit}× floor` : "—",
        limit && r !== undefined ? r <= limit : undefined,
      ),
    );
  }
  const tr = ratio(e?.throughput, s?.throughput);
  lines.push(
    row(
      "Throughput, raw client, 16 in flight (invokes/s)",
      f?.throughput,
      e?.throughput,
      s?.throughput,
      tr,
      "serverless-offline",
      "≥ 2× serverless-offline",
      tr === undefined ? undefined : tr >= 2,
      0,
    ),
  );
  lines.push(
    row(
      "Server CPU per invoke (ms, process + runtime children)",
      f?.cpuPerInvokeMs,
      e?.cpuPerInvokeMs,
      s?.cpuPerInvokeMs,
      ratio(e?.cpuPerInvokeMs, f?.cpuPerInvokeMs),
      "floor",
      "—",
      undefined,
      3,
    ),
  );
  const c = res.cold;
  for (const [kind, label] of [
    ["node", "Node (`node -e 0`)"],
    ["python", "Python (`python3 -c pass`)"],
  ]) {
    const r = ratio(c?.[kind].cold, c?.[kind].bare);
    lines.push(
      row(
        `Cold first invoke, ${label} (ms)`,
        c?.[kind].bare,
        c?.[kind].cold,
        undefined,
        r,
        "bare spawn",
        "≤ 1.3× bare spawn",
        r === undefined ? undefined : r <= 1.3,
        1,
      ),
    );
    const ns = res.coldNoSandbox?.[kind];
    lines.push(
      row(
        `… same without bubblewrap (\`--no-sandbox\`, diagnosis) (ms)`,
        c?.[kind].bare,
        ns,
        undefined,
        ratio(ns, c?.[kind].bare),
        "bare spawn",
        "—",
        undefined,
        1,
      ),
    );
  }
  const st = res.startup;
  lines.push(
    row(
      `Start to ready with ${st?.functions ?? 1000} stored functions (ms)`,
      undefined,
      st?.ms,
      undefined,
      undefined,
      "",
      "≤ 500 ms",
      st ? st.ms <= 500 : undefined,
      0,
    ),
  );
  lines.push(
    row(
      "… empty data directory; bare \`node -e 0\` in the baseline column (diagnosis) (ms)",
      st?.bareNodeMs,
      st?.emptyMs,
      undefined,
      undefined,
      "",
      "—",
      undefined,
      0,
    ),
  );
  lines.push(
    row(
      "Idle RSS, fresh engine (MB)",
      undefined,
      c?.memory.idleRss,
      undefined,
      undefined,
      "",
      "—",
      undefined,
      1,
    ),
  );
  lines.push(
    row(
      `Idle RSS with ${st?.functions ?? 1000} functions (MB)`,
      undefined,
      st?.rss,
      undefined,
      undefined,
      "",
      "—",
      undefined,
      1,
    ),
  );
  lines.push(
    row(
      "RSS per Node environment (MB)",
      undefined,
      c?.memory.perEnvNode,
      undefined,
      undefined,
      "",
      "—",
      undefined,
      1,
    ),
  );
  lines.push(
    row(
      "RSS per Python environment (MB)",
      undefined,
      c?.memory.perEnvPython,
      undefined,
      undefined,
      "",
      "—",
      undefined,
      1,
    ),
  );
  const [se, ss] = [res.stability?.engine, res.stability?.sls];
  const late = se?.late ?? 30_000;
  lines.push(
    row(
      `p50 drift, after ${late} invokes vs a fresh instance after ${se?.early ?? 4000}, side by side (%)`,
      undefined,
      se && se.drift * 100,
      ss && ss.drift * 100,
      undefined,
      "",
      // The check is for degradation (serverless-offline 13 gets 3× slower): an aged engine that
      // is faster than a fresh one (its JIT has finished warming up) is not a flaw.
      "at most 10 % slower",
      se ? se.drift <= 0.1 : undefined,
      1,
    ),
  );
  lines.push(
    row(
      `… against its own p50 after ${se?.early ?? 4000}, minutes earlier (machine load included) (%)`,
      undefined,
      se?.rawDrift !== undefined ? se.rawDrift * 100 : undefined,
      ss?.rawDrift !== undefined ? ss.rawDrift * 100 : undefined,
      undefined,
      "",
      "—",
      undefined,
      1,
    ),
  );
  lines.push(
    row(
      "Memory growth per 1,000 invokes, process tree (MB)",
      undefined,
      se?.growthPer1000,
      ss?.growthPer1000,
      undefined,
      "",
      "< 1 MB",
      se ? se.growthPer1000 < 1 : undefined,
      2,
    ),
  );
  lines.push(
    row(
      "… second half of the run only, process tree (MB)",
      undefined,
      se?.lateGrowthPer1000,
      ss?.lateGrowthPer1000,
      undefined,
      "",
      "—",
      undefined,
      2,
    ),
  );
  lines.push(
    row(
      "… server process alone, whole run (MB)",
      undefined,
      se?.ownGrowthPer1000,
      ss?.ownGrowthPer1000,
      undefined,
      "",
      "—",
      undefined,
      2,
    ),
  );
  lines.push(...consoleRows(res.console));
  return lines.join("\n");
}

function consoleRows(c) {
  return (c?.rows ?? []).map((r) =>
    row(
      r.measure,
      r.baseline,
      r.text ?? r.value,
      undefined,
      r.ratio,
      r.ratioLabel ?? "",
      r.target,
      r.met,
      r.digits ?? 1,
    ),
  );
}

const consoleNotes = (c) => [c?.note, c?.skipped].filter(Boolean).map((n) => `Console part: ${n}.`);

/** The console part alone (`node bench/console.mjs`), in the same table format. */
export function renderConsoleReport(c) {
  const head = renderTable({}).split("\n").slice(0, 2);
  return `${[...head, ...consoleRows(c)].join("\n")}\n\n${consoleNotes(c).join("\n\n")}\n`;
}

export function renderReport(res) {
  const m = res.meta;
  const notes = [
    `Measured ${m.date} on this machine (${m.cpus} × ${m.cpuModel}, ${m.memGb} GB, Node ${m.node}, load average at start ${m.load}), ${m.quick ? "**quick mode (reduced counts; figures are not comparable)**" : "full run"}, in ${m.seconds.toFixed(0)} s.`,
    `serverless-offline: ${m.sls ?? "not measured"}. Cold-start interpreters: ${res.cold ? `${res.cold.node.exe}, ${res.cold.python.exe}` : "—"}.`,
    res.stability?.sls?.truncated
      ? `serverless-offline's long run was cut at ${res.stability.sls.late} invokes by the time limit.`
      : "",
    ...consoleNotes(res.console),
    ...Object.entries(res.errors ?? {}).map(([k, v]) => `**${k} failed:** ${v}`),
  ].filter(Boolean);
  return `# Benchmark results\n\n${renderTable(res)}\n\n${notes.join("\n\n")}\n`;
}
