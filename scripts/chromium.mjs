// Which Chromium the end-to-end tests and the console benchmark drive: Playwright's own build
// when it is installed (so the suite also runs elsewhere), else Debian's /usr/bin/chromium (no
// browser download needed here), with the flags that make it run headless on this machine.
import fs from "node:fs";
import { chromium } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const SYSTEM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function bundledChromium() {
  try {
    const p = chromium.executablePath();
    return fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Launch options for the chosen Chromium; `bundled` says whether it is Playwright's own. */
export function chromiumLaunch() {
  if (bundledChromium()) return { bundled: true, options: {} };
  return {
    bundled: false,
    options: { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS },
    missing: !fs.existsSync(SYSTEM_CHROMIUM) && SYSTEM_CHROMIUM,
  };
}
