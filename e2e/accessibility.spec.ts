import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CodePage } from "./pages/code-page";
import { CreateFunctionPage } from "./pages/create-function-page";
import { expect, test } from "./fixtures";
import { waitForApp } from "./pages/app";

/**
 * Every page passes axe's WCAG 2.1 A/AA rules, contrast included, in light and in dark. Monaco's
 * own surface is left out: its text area and minimap are the editor's business, and the page
 * around it is what this product draws.
 */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude(".monaco-editor")
    .analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
  }));
}

for (const scheme of ["light", "dark"] as const) {
  test(`pages meet WCAG 2.1 AA in ${scheme}`, async ({ page, makeFunction }) => {
    // Eight scans across the pages, the Code tab's Monaco among them: 1.4–1.5 min on a quiet
    // 2-core runner, and one loaded CI run went past 2 min.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const name = await makeFunction({ template: "hello-world-python", prefix: "a11y" });

    await page.goto("/functions");
    await waitForApp(page);
    await expect(page.getByRole("table", { name: "Functions" })).toBeVisible();
    expect(await violations(page), "functions list").toEqual([]);

    const create = new CreateFunctionPage(page);
    await create.goto();
    await create.fill({ name: "bad name!" });
    expect(await violations(page), "create page with a field error").toEqual([]);
    // AWS refuses a duplicate: an error from the backend next to the field, and a failed entry
    // (a red badge) in the audit log below, whatever else the suite has run.
    await create.fill({ name });
    await create.submit();
    await expect(create.nameInput()).toHaveAccessibleDescription(`Function already exist: ${name}`);
    expect(await violations(page), "create page with AWS's error").toEqual([]);

    await new CodePage(page).goto(name);
    expect(await violations(page), "code tab").toEqual([]);

    await page.goto(`/functions/${name}/configuration`);
    await waitForApp(page);
    await expect(page.getByLabel("Handler", { exact: true })).not.toHaveValue("");
    expect(await violations(page), "configuration tab").toEqual([]);

    await page.goto(`/functions/${name}/test`);
    await waitForApp(page);
    expect(await violations(page), "test tab").toEqual([]);

    await page.goto("/audit");
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    expect(await violations(page), "audit log").toEqual([]);

    await page.goto("/admin");
    await waitForApp(page);
    expect(await violations(page), "users").toEqual([]);
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const scheme of ["light", "dark"] as const) {
    test(`the sign-in page meets WCAG 2.1 AA in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/login");
      await expect(page.getByLabel("Email")).toBeVisible();
      expect(await violations(page), "sign-in").toEqual([]);
    });
  }
});
