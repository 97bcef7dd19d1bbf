import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumLaunch } from "./scripts/chromium.mjs";

/**
 * E2E against a production build of the console plus the engine, on non-default ports with a
 * throwaway data directory, so it never touches a developer's running instance or data.
 * The webServer (scripts/start.mjs) runs `next build` only when the console's sources are newer
 * than the last build, so a clean clone builds exactly once and a fresh .next is reused as is.
 * E2E_REUSE_SERVER=1 reuses a console already listening on E2E_PORT (it must then use
 * E2E_DATA_DIR as its DATA_DIR, fresh, for the setup project's first-run flow).
 */
// Exported through the environment so workers and fixtures (engineClient) agree on the ports.
process.env.E2E_PORT ??= "3100";
process.env.E2E_ENGINE_PORT ??= "9101";
export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_ENGINE_PORT = Number(process.env.E2E_ENGINE_PORT);
// Set once in the runner; workers inherit it, so setup, fixtures and the server share one dir.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "functionary-e2e-"));
process.env.E2E_STATE ??= path.join(process.env.E2E_DATA_DIR, "admin-state.json");
const dataDir = process.env.E2E_DATA_DIR;

// Playwright's own Chromium when installed, else Debian's (no browser download needed).
const launchOptions = chromiumLaunch().options;

const browserUse = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1400, height: 900 },
  launchOptions,
  storageState: process.env.E2E_STATE,
};

export default defineConfig({
  testDir: "e2e",
  // Files run in parallel on two workers (the machine has two cores, also running the console,
  // the engine and the functions); tests in one file stay in order on one worker.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Every spec must pass without it; one retry on CI is only a last safety net.
  retries: process.env.CI ? 1 : 0,
  // Generous for a loaded 2-core machine: Monaco is several MB and functions cold-start.
  timeout: 150_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: browserUse },
    // Review screenshots (e2e/*.capture.ts) are taken on request, never as part of the suite.
    ...(process.env.SCREENSHOTS
      ? [
          {
            name: "screenshots",
            testMatch: /\.capture\.ts/,
            dependencies: ["setup"],
            use: browserUse,
          },
        ]
      : []),
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${E2E_PORT}/api/connection`,
    reuseExistingServer: !!process.env.E2E_REUSE_SERVER,
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
