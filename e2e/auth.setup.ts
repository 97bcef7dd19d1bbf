import { test as setup, expect } from "@playwright/test";
import { createUsers, users } from "./auth-users";
import { waitForHydration } from "./pages/app";

export const ADMIN = { email: users.admin.email, password: users.admin.password };

/**
 * Runs first (the "setup" project) on the fresh console: the first-run flow creates the
 * administrator through /setup, whose session becomes every spec's storageState (E2E_STATE);
 * the other roles are made in one process (e2e/support/create-users.ts, the code behind
 * `npm run users`), each with a saved session beside it.
 */
setup("first run: /setup creates the administrator, and only once", async ({ page, browser }) => {
  await page.goto("/functions");
  await expect(page).toHaveURL(/\/setup$/);
  await waitForHydration(page.getByRole("button", { name: "Create administrator" }));
  await page.getByLabel("Name").fill("E2E Admin");
  await page.getByLabel("Email").fill(users.admin.email);
  await page.getByLabel("Password", { exact: true }).fill(users.admin.password);
  await page.getByLabel("Confirm password").fill(users.admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/functions$/);
  await expect(page.getByRole("button", { name: `Account: ${users.admin.email}` })).toBeVisible();
  await page.context().storageState({ path: users.admin.state });

  // Afterwards /setup is gone for everyone, signed in or not.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/setup");
  await expect(other).toHaveURL(/\/login$/);
  await fresh.close();
});

setup("accounts for the other roles, with saved sessions", () => {
  setup.setTimeout(120_000);
  createUsers([
    { ...users.viewer, role: "viewer" },
    { ...users.devAlpha, role: "developer", teams: ["alpha"] },
    { ...users.devBeta, role: "developer", teams: ["beta"] },
    { ...users.leaver, role: "viewer", state: undefined },
  ]);
});
