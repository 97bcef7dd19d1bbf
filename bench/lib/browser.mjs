// Chromium for the console benchmark: the same choice and flags as the end-to-end tests
// (scripts/chromium.mjs).
import { chromium } from "playwright-core";
import { chromiumLaunch } from "../../scripts/chromium.mjs";

/** Launches headless Chromium; `name` says which one, for the report. */
export async function launchBrowser() {
  const { bundled, options, missing } = chromiumLaunch();
  if (missing)
    throw new Error(`no Chromium: neither Playwright's browser nor ${missing} is installed`);
  const browser = await chromium.launch(options);
  return { browser, name: `Chromium ${browser.version()}${bundled ? " (Playwright)" : ""}` };
}
