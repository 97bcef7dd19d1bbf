// The console part of `npm run bench` (issue 3, Checks), against the production build in .next:
// - first-load JavaScript of the functions pages from the build's statistics (console-first-load);
// - in Chromium, navigation → Monaco showing the handler (target ≤ 1.5 s) and navigation → the
//   list showing 1,000 functions (target ≤ 1 s), next to /login's first paint measured in the
//   same rounds (console-timings, on the stack console-stack starts).
// Alone: `node bench/console.mjs [--quick] [--no-browser]` prints these rows (bench/.work/console.json).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { firstLoadRows } from "./console-first-load.mjs";
import { snapshotBuild } from "./console-snapshot.mjs";
import { startConsoleStack } from "./console-stack.mjs";
import { measureConsoleTimings } from "./console-timings.mjs";
import { startMonacoAlone } from "./monaco-alone.mjs";
import { renderConsoleReport } from "./report.mjs";

const TARGETS = { editorMs: 1500, listMs: 1000 };

function timingRows(t) {
  const base = t.loginPaint.median;
  const rows = [];
  const add = (measure, ms, limit) =>
    rows.push({
      measure,
      baseline: base,
      value: ms,
      ratio: ms / base,
      ratioLabel: "/login paint",
      target: limit ? `≤ ${limit} ms` : "—",
      met: limit ? ms <= limit : undefined,
      digits: 0,
    });
  const n = `median of ${t.runs}`;
  add(
    `Console: navigation → Monaco showing the handler, \`/functions/<name>/code\` (ms, ${n}; baseline /login first paint)`,
    t.editor.first.median,
    TARGETS.editorMs,
  );
  if (t.alone) {
    const alone = t.alone.first.median;
    rows.push({
      measure:
        "… against Monaco alone: the same Monaco module, setup, options and handler in a static page without the app (`bench/monaco-alone`), in the same rounds; baseline column: that page (ms)",
      baseline: alone,
      value: t.editor.first.median,
      ratio: t.editor.first.median / alone,
      ratioLabel: "Monaco alone",
      target: "—",
      digits: 0,
    });
  }
  add("… repeat visit, browser cache warm (diagnosis) (ms)", t.editor.repeat.median);
  add(
    "… the handler's code readable, in the plain-text preview shown until Monaco has loaded (ms)",
    t.editor.early,
  );
  add(
    `Console: navigation → list showing ${t.functions.toLocaleString("en")} functions, \`/functions\` (ms, ${n})`,
    t.list.first.median,
    TARGETS.listMs,
  );
  add("… repeat visit, browser cache warm (diagnosis) (ms)", t.list.repeat.median);
  return rows;
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : "—");

function timingNote(t, build, load) {
  const split = (k) =>
    `HTML ${ms(t[k].html)}, first paint ${ms(t[k].fcp)}, first /api/functions request (after hydration) ${ms(t[k].apiStart)}, last response ${ms(t[k].apiEnd)}`;
  const monaco = t.editor.largestScript;
  return [
    `medians in ms from navigation start; ${t.browser}; production build of ${build.date} UTC${build.stale ? " (**older than the console sources**: run `npm run build`)" : ""}; load average ${load.before} before the timings, ${load.after} after`,
    `each sample a fresh browser context (empty cache, signed in), one warm-up round excluded`,
    `editor page (${t.editorFile}): ${split("editor")}${monaco ? `, Monaco's largest chunk (${monaco.kb.toFixed(0)} kB gzip) in at ${ms(monaco.endMs)}` : ""}, shown ${ms(t.editor.first.median)}`,
    `list page: ${split("list")}, shown ${ms(t.list.first.median)}`,
    ...(t.alone
      ? [
          `Monaco alone (bench/monaco-alone): shown ${ms(t.alone.first.median)} (samples ${t.alone.first.all.join(", ")}), repeat visit ${ms(t.alone.repeat.median)}`,
        ]
      : []),
  ].join("; ");
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

export async function measureConsole({ quick = false, log, browser = true }) {
  const build = await snapshotBuild(log);
  const rows = build && firstLoadRows(build.dir);
  if (!rows) {
    log("  console part: skipped (no `next build` output: run `npm run build` first)");
    return { skipped: "no console build (.next) — run `npm run build`", rows: [] };
  }
  const result = { build, rows };
  if (!browser) return { ...result, skipped: "browser timings left out (--no-browser)" };
  const stack = await startConsoleStack({ appDir: build.dir, count: quick ? 100 : 1000, log });
  try {
    const alone = await startMonacoAlone({
      path: stack.editor.handlerPath,
      text: stack.editor.text,
    });
    const before = loadAverage();
    const timings = await measureConsoleTimings(stack, {
      runs: quick ? 1 : 5,
      log,
      monacoAloneUrl: alone.url,
    }).finally(() => alone.stop());
    rows.push(...timingRows(timings));
    const note = timingNote(timings, build, { before, after: loadAverage() });
    return { ...result, timings, note };
  } finally {
    await stack.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const argv = process.argv.slice(2);
  const res = await measureConsole({
    quick: argv.includes("--quick"),
    browser: !argv.includes("--no-browser"),
    log: (m) => console.error(m),
  });
  const dir = path.join(import.meta.dirname, ".work");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "console.json"), JSON.stringify(res, null, 2));
  console.log(renderConsoleReport(res));
}
