// First-load JavaScript of the functions list and function pages, gzip-compressed, from the
// build's own statistics (`.next/diagnostics/route-bundle-stats.json`, written by `next build`),
// and whether Monaco is in it. Target: list page ≤ 150 kB gzip; Monaco loads on demand only.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const STATS = ".next/diagnostics/route-bundle-stats.json";
/** Defined by monaco-editor's own code only (a `.monaco-editor` CSS selector is not Monaco). */
const MONACO_MARKER = "MonacoEnvironment";

/** Next's runtime and the root layout's providers only: the floor every page starts from. */
const FLOOR_ROUTE = "/_not-found";
const PAGES = [
  { route: "/functions", label: "functions list page", limitKb: 150 },
  { route: "/functions/[name]/[[...tab]]", label: "function page" },
];

function firstLoad(root, entry) {
  let gzip = 0;
  let monaco = false;
  for (const rel of entry.firstLoadChunkPaths) {
    const bytes = fs.readFileSync(path.join(root, rel));
    gzip += gzipSync(bytes, { level: 9 }).length;
    if (bytes.includes(MONACO_MARKER)) monaco = true;
  }
  return { gzipKb: gzip / 1000, rawKb: entry.firstLoadUncompressedJsBytes / 1000, monaco };
}

/** Table rows for the build in `root` (its `.next`), undefined when it has no statistics. */
export function firstLoadRows(root) {
  const file = path.join(root, STATS);
  if (!fs.existsSync(file)) return undefined;
  const stats = JSON.parse(fs.readFileSync(file, "utf8"));
  const entryOf = (route) => {
    const entry = stats.find((s) => s.route === route);
    if (!entry) throw new Error(`route ${route} is not in ${STATS}`);
    return entry;
  };
  const floor = firstLoad(root, entryOf(FLOOR_ROUTE)).gzipKb;
  const rows = [];
  for (const page of PAGES) {
    const f = firstLoad(root, entryOf(page.route));
    rows.push({
      measure: `Console first-load JS, ${page.label} \`${page.route}\` (kB gzip; ${f.rawKb.toFixed(0)} kB raw; baseline \`${FLOOR_ROUTE}\`: Next's runtime + root layout)`,
      baseline: floor,
      value: f.gzipKb,
      ratio: f.gzipKb / floor,
      ratioLabel: FLOOR_ROUTE,
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
  return rows;
}
