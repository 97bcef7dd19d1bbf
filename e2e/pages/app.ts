import { expect, type Page } from "@playwright/test";

/**
 * Waits until the client has hydrated: the header's connection badge is filled in by a client
 * query, so once it says "connected" clicks reach React handlers.
 */
export async function waitForApp(page: Page) {
  await expect(page.getByRole("status", { name: /^Backend .*: connected$/ })).toBeVisible({
    timeout: 30_000,
  });
}
