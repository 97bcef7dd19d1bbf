import { CreateFunctionCommand, DeleteFunctionCommand } from "@aws-sdk/client-lambda";
import { buildPackage, textEntry } from "../lib/zip/package";
import { expect, test } from "./fixtures";
import { waitForApp } from "./pages/app";

test("a function named “new” opens on its own page; /functions/new stays the create page", async ({
  page,
  lambda,
  track,
}) => {
  // "new" is a valid Lambda name; only this test uses it (a crashed earlier run may have left it).
  await lambda.send(new DeleteFunctionCommand({ FunctionName: "new" })).catch(() => {});
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: track("new"),
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Role: "arn:aws:iam::000000000000:role/e2e",
      Code: { ZipFile: buildPackage([textEntry("index.js", "exports.handler = async () => 1;")]) },
    }),
  );
  await page.goto("/functions");
  await page.getByRole("searchbox").fill("new");
  await page.getByRole("link", { name: "new", exact: true }).click();
  await expect(page).toHaveURL(/\/functions\/new\/code$/);
  await expect(page.getByRole("heading", { level: 1, name: "new" })).toBeVisible();
  await page.getByRole("link", { name: "Configuration" }).click();
  await expect(page).toHaveURL(/\/functions\/new\/configuration$/);

  await page.goto("/functions/new");
  await expect(page.getByRole("heading", { name: "Create function" })).toBeVisible();
});

test("addresses that do not decode get a plain 400, pages and API alike; odd names a clear not-found", async ({
  page,
}) => {
  const pageRes = await page.request.get("/functions/%E0%A4%A/code");
  expect(pageRes.status()).toBe(400);
  expect(await pageRes.text()).toContain("broken percent-encoded character");
  const apiRes = await page.request.get("/api/functions/%E0%A4%A/code");
  expect(apiRes.status()).toBe(400);
  expect((await apiRes.json()).error.code).toBe("bad_request");

  // Decodes once (to "%E0"), which is no function's name: the page says so instead of failing.
  await page.goto("/functions/%25E0/code");
  await expect(
    page.getByText(/Function not found|failed to satisfy constraint/).first(),
  ).toBeVisible();
});

test("keyboard: ? lists the shortcuts, / filters, N opens the create page", async ({
  page,
  makeFunction,
}) => {
  await makeFunction({ template: "hello-world-nodejs", prefix: "keys" }); // the filter needs a list
  await page.goto("/functions");
  await waitForApp(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("row", { name: /Deploy the draft/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
  await page.keyboard.type("n"); // typed into the filter (kept in the address), not a shortcut
  await expect(page).toHaveURL(/\/functions\?q=n$/);
  await page.getByRole("searchbox").blur();
  await page.keyboard.press("n");
  await expect(page).toHaveURL(/\/functions\/new$/);
});

test("a function that does not exist says so and leads back to the list", async ({ page }) => {
  await page.goto("/functions/e2e-never-created/code");
  await expect(
    page.getByRole("heading", { name: "Function “e2e-never-created” not found" }),
  ).toBeVisible();
  await waitForApp(page);
  await page.getByRole("link", { name: "All functions" }).click();
  await expect(page).toHaveURL(/\/functions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Functions" })).toBeVisible();
});

test("placeholder tabs offer only CLI commands that run against this engine as shown", async ({
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ prefix: "cli" });
  await page.goto(`/functions/${name}/test`);
  const command = page.locator("code", { hasText: "aws lambda invoke" });
  await expect(command).toHaveText(
    new RegExp(
      `^aws lambda invoke --function-name ${name} .* --endpoint-url http://127\\.0\\.0\\.1:${process.env.E2E_ENGINE_PORT ?? 9101} --region us-east-1 --no-sign-request$`,
    ),
  );
  // tests/engine-process/smoke-cli.test.ts runs this very command with the AWS CLI.

  await page.getByRole("link", { name: "Endpoint" }).click();
  await expect(page.getByText("for the engine and for AWS alike")).toBeVisible();
  await expect(page.locator("code", { hasText: "aws lambda" })).toHaveCount(0);
});
