// The console part of `npm run bench` (issue 3). Implemented: first-load JavaScript of the
// functions list and function pages, gzip-compressed, from the build's own statistics
// (`.next/diagnostics/route-bundle-stats.json`, written by `next build`), and whether Monaco is in
// it. Target: list page first load ≤ 150 kB gzip; Monaco must load on demand, not on first load.
//
// EXTENSION POINT (not implemented yet): in Chromium (/usr/bin/chromium through playwright-core),
// against `npm start` with 1,000 functions created through the engine, the time from navigation
// to the editor showing the handler (target ≤ 1.5 s) and to the list showing 1,000 functions
// (target ≤ 1 s). Add them as rows below: { measure, value, baseline?, ratio?, ratioLabel?,
// target, met, digits? } — report.mjs renders every row this returns.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const STATS = path.join(root, ".next/diagnostics/route-bundle-stats.json");
/** Defined by monaco-editor's own code only (a `.monaco-editor` CSS selector is not Monaco). */
const MONACO_MARKER = "MonacoEnvironment";

const PAGES = [
  { route: "/functions", label: "functions list page", limitKb: 150 },
  { route: "/functions/[name]/[[...tab]]", label: "function page" },
];

function firstLoad(entry) {
  let gzip = 0;
  let monaco = false;
  for (const rel of entry.firstLoadChunkPaths) {
    const bytes = fs.readFileSync(path.join(root, rel));
    gzip += gzipSync(bytes, { level: 9 }).length;
    if (bytes.includes(MONACO_MARKER)) monaco = true;
  }
  return { gzipKb: gzip / 1000, rawKb: entry.firstLoadUncompressedJsBytes / 1000, monaco };
}

export async function measureConsole({ log }) {
  if (!fs.existsSync(STATS)) {
    log("  console part: skipped (no `next build` statistics: run `npm run build` first)");
    return {
      skipped: "no console build statistics (.next/diagnostics) — run `npm run build`",
      rows: [],
    };
  }
  const stats = JSON.parse(fs.readFileSync(STATS, "utf8"));
  const built = fs.statSync(STATS).mtime.toISOString().slice(0, 16).replace("T", " ");
  const rows = [];
  for (const page of PAGES) {
    const entry = stats.find((s) => s.route === page.route);
    if (!entry) throw new Error(`route ${page.route} is not in ${path.relative(root, STATS)}`);
    const f = firstLoad(entry);
    rows.push({
      measure: `Console first-load JS, ${page.label} \`${page.route}\` (kB gzip; ${f.rawKb.toFixed(0)} kB raw)`,
      value: f.gzipKb,
      target: page.limitKb ? `≤ ${page.limitKb} kB` : "—",
      met: page.limitKb ? f.gzipKb <= page.limitKb : undefined,
    });
    rows.push({
      measure: `Monaco in the first load of \`${page.route}\``,
      text: f.monaco ? "yes" : "no",
      target: "no",
      met: !f.monaco,
    });
  }
  log(
    `  console part: first-load JS from the build of ${built} UTC; browser timings not measured yet`,
  );
  return {
    skipped: `browser timings (editor showing code ≤ 1.5 s, 1,000-function list ≤ 1 s) not implemented yet; build statistics from ${built} UTC`,
    rows,
  };
}
