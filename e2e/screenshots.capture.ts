import { CodePage } from "./pages/code-page";
import { expect, test } from "./fixtures";
import { waitForApp } from "./pages/app";

/**
 * Screenshots of every page in light and dark, saved under screenshots/ for review: a tool, not
 * a regression check, so it is not a spec. `SCREENSHOTS=1 npx playwright test --project=screenshots`
 * (playwright.config.ts adds that project only then).
 */

for (const scheme of ["light", "dark"] as const) {
  test(`pages in ${scheme}`, async ({ page, makeFunction }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const name = await makeFunction({ template: "hello-world-python", prefix: "shot" });
    const shot = (file: string) => page.screenshot({ path: `screenshots/${file}-${scheme}.png` });

    await page.goto("/functions");
    await waitForApp(page);
    await expect(page.getByRole("table", { name: "Functions" })).toBeVisible();
    await shot("functions-list");

    await page.goto("/functions/new");
    await waitForApp(page);
    await page.getByLabel("Function name").fill("bad name!");
    await shot("create-function");

    const code = new CodePage(page);
    await code.goto(name);
    await code.replaceText("def lambda_handler(event, context):\n    return {'draft': True}\n");
    await shot("code-tab");

    await page.goto(`/functions/${name}/configuration`);
    await waitForApp(page);
    await expect(page.getByLabel("Handler", { exact: true })).not.toHaveValue("");
    await shot("configuration-tab");

    await page.goto(`/functions/${name}/test`);
    await waitForApp(page);
    await shot("test-tab-placeholder");

    await page.goto("/functions/does-not-exist-anywhere");
    await waitForApp(page);
    await expect(page.getByRole("heading", { name: /not found/ })).toBeVisible();
    await shot("function-not-found");
  });
}
