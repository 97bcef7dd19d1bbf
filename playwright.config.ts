import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

/**
 * E2E against a production build of the console plus the engine, on non-default ports with a
 * throwaway data directory, so it never touches a developer's running instance or data.
 * With a console already listening on E2E_PORT it is reused (handy with `npm run dev`).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ENGINE_PORT = Number(process.env.E2E_ENGINE_PORT ?? 9101);
// Set once in the runner; workers inherit it, so setup, fixtures and the server share one dir.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "functionary-e2e-"));
process.env.E2E_STATE ??= path.join(process.env.E2E_DATA_DIR, "admin-state.json");
const dataDir = process.env.E2E_DATA_DIR;

// Playwright's own Chromium when installed, else Debian's (no browser download needed).
const bundled = (() => {
  try {
    const p = chromium.executablePath();
    return fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
})();
const launchOptions = bundled
  ? {}
  : {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  // Generous: Monaco is several MB and CI machines here are 2 shared cores.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1400, height: 900 },
        launchOptions,
        storageState: process.env.E2E_STATE,
      },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${E2E_PORT}/api/connection`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      ENGINE_PORT: String(E2E_ENGINE_PORT),
      DATA_DIR: dataDir,
    },
  },
});
