import { execFileSync } from "node:child_process";
import { test as setup, expect } from "@playwright/test";

export const ADMIN = { email: "e2e-admin@example.com", password: "e2e-password-123" };

/** Creates the e2e administrator in the test data directory and keeps its signed-in state. */
setup("sign in as admin", async ({ request, baseURL }) => {
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/support/create-user.ts", ADMIN.email, ADMIN.password, "admin"], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    stdio: "pipe",
  });
  const res = await request.post("/api/auth/sign-in/email", { data: ADMIN, headers: { origin: baseURL! } });
  expect(res.ok(), await res.text()).toBe(true);
  await request.storageState({ path: process.env.E2E_STATE! });
});
