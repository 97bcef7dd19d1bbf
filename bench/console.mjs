// Extension point: the console part of `npm run bench` (issue 3): first-load JavaScript of the
// functions list and function pages (gzip, from the build's statistics; Monaco must not be in
// it), and in Chromium the time from navigation to the editor showing the handler and to the list
// showing 1,000 functions. Targets: list first load ≤ 150 kB gzip; editor ≤ 1.5 s; 1,000-function
// list ≤ 1 s. Each entry returned becomes one row of the table:
//   { measure, value, unit, baseline?, ratio?, target, met }
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export async function measureConsole({ log }) {
  const built = fs.existsSync(path.join(root, ".next/BUILD_ID"));
  const hasPages = fs.existsSync(path.join(root, "app"));
  if (!hasPages || !built) {
    log(
      "  console part: skipped (no console build yet: run `npm run build` once the console exists)",
    );
    return { skipped: "no console build (app/ and .next/BUILD_ID) yet", rows: [] };
  }
  // TODO(console): implement once the console pages exist — read .next build stats for first-load
  // JS (gzip) of /functions and /functions/[name], then drive /usr/bin/chromium with
  // playwright-core against `npm start` and time the editor and the 1,000-function list.
  log("  console part: not implemented yet");
  return { skipped: "console measurements not implemented yet", rows: [] };
}
