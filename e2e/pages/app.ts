import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Waits until the client has hydrated: the header's connection badge is filled in by a client
 * query, so once it says "connected" clicks reach React handlers.
 */
export async function waitForApp(page: Page) {
  await expect(page.getByRole("status", { name: /^Backend .*: connected$/ })).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * Waits until React has hydrated `target` (it carries React's props then). Before that a click
 * on a submit button is a native form submission: a GET with the fields in the URL.
 */
export async function waitForHydration(target: Locator) {
  await expect
    .poll(
      () => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
}
