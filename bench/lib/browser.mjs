// Chromium for the console benchmark: Playwright's own build when it is installed, else Debian's
// /usr/bin/chromium (no browser download needed), with the flags playwright.config.ts uses.
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

/** Launches headless Chromium; `name` says which one, for the report. */
export async function launchBrowser() {
  const bundled = bundledChromium();
  if (!bundled && !fs.existsSync(SYSTEM_CHROMIUM))
    throw new Error(
      `no Chromium: neither Playwright's browser nor ${SYSTEM_CHROMIUM} is installed`,
    );
  const browser = await chromium.launch(
    bundled ? {} : { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS },
  );
  return { browser, name: `Chromium ${browser.version()}${bundled ? " (Playwright)" : ""}` };
}
