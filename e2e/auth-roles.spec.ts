import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { captureAction, replayAction, tagTeam, users } from "./auth-users";
import { expect, settled, test } from "./fixtures";
import { CodePage } from "./pages/code-page";
import { ConfigurationPage } from "./pages/configuration-page";

/** The admin saves a configuration change; the captured request is replayed as someone else. */
async function captureConfigSave(browser: import("@playwright/test").Browser, name: string) {
  const admin = await browser.newContext({ storageState: users.admin.state });
  const page = await admin.newPage();
  const config = new ConfigurationPage(page);
  await config.goto(name);
  await config.field("Description").fill("set by the admin");
  const captured = await captureAction(page, () => config.save());
  await expect(page.getByText("Configuration saved")).toBeVisible();
  await admin.close();
  return captured;
}

test.describe("viewer", () => {
  test.use({ storageState: users.viewer.state });

  test("sees no create, deploy, save or delete controls; a direct call is refused", async ({
    page,
    browser,
    lambda,
    makeFunction,
  }) => {
    const name = await makeFunction({ prefix: "viewer" });
    await tagTeam(lambda, name, "alpha");
    await page.goto("/functions");
    await expect(page.getByRole("heading", { name: "Functions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create function" })).toHaveCount(0);

    // The create page is not offered, not even by its address.
    await page.goto("/functions/new");
    await expect(page).toHaveURL(/\/functions$/);

    const code = new CodePage(page);
    await code.goto(name);
    await expect(code.editor()).toContainText("handler");
    await expect(code.deployButton()).toHaveCount(0);
    // The code is read-only: typing changes nothing and the tree offers no changes.
    await expect(page.getByText("Read-only: your role cannot change this function.")).toBeVisible();
    await code.editor().locator(".view-lines").click();
    await page.keyboard.insertText("viewer was here");
    await expect(code.editor()).not.toContainText("viewer was here");
    await expect(page.getByText("Deployed code", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "New file" })).toHaveCount(0);

    const config = new ConfigurationPage(page);
    await config.goto(name);
    await expect(page.getByText("Read-only: your role cannot change this function.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save configuration" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete function" })).toHaveCount(0);

    const captured = await captureConfigSave(browser, name);
    await settled(lambda, name);
    const before = (await lambda.send(new GetFunctionCommand({ FunctionName: name })))
      .Configuration!.RevisionId;
    expect(await replayAction(page, captured)).toContain('"code":"forbidden"');
    expect(
      (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!.RevisionId,
    ).toBe(before);
  });
});

test.describe("developers", () => {
  test("a developer cannot edit another team's function, and can edit their own", async ({
    browser,
    lambda,
    makeFunction,
  }) => {
    const name = await makeFunction({ prefix: "teams" });
    await tagTeam(lambda, name, "alpha");

    const beta = await browser.newContext({ storageState: users.devBeta.state });
    const betaPage = await beta.newPage();
    const betaCode = new CodePage(betaPage);
    await betaCode.goto(name);
    await expect(betaCode.deployButton()).toHaveCount(0);
    await new ConfigurationPage(betaPage).goto(name);
    await expect(betaPage.getByRole("button", { name: "Save configuration" })).toHaveCount(0);
    const captured = await captureConfigSave(browser, name);
    expect(await replayAction(betaPage, captured)).toContain('"code":"forbidden"');
    await beta.close();

    const alpha = await browser.newContext({ storageState: users.devAlpha.state });
    const alphaPage = await alpha.newPage();
    const config = new ConfigurationPage(alphaPage);
    await config.goto(name);
    await config.field("Memory (MB)").fill("256");
    await config.saveAndConfirm();
    await expect(alphaPage.getByRole("button", { name: "Delete function" })).toBeVisible();
    // Creating offers only their own teams.
    await alphaPage.goto("/functions/new");
    await expect(alphaPage.getByLabel("Team")).toHaveValue("alpha");
    await expect(alphaPage.getByLabel("Team").locator("option")).toHaveText(["alpha"]);
    await alpha.close();
  });
});

test("the audit log shows a deploy with its CodeSha256 and a configuration change", async ({
  page,
  lambda,
  makeFunction,
}) => {
  const name = await makeFunction({ prefix: "audit" });
  const code = new CodePage(page);
  await code.goto(name);
  await code.replaceText("export const handler = async () => 'audited';\n");
  await code.saveWithShortcut();
  await code.expectDeployed();
  await settled(lambda, name);
  const sha = (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!
    .CodeSha256!;

  const config = new ConfigurationPage(page);
  await config.goto(name);
  await config.field("Memory (MB)").fill("384");
  await config.addPair("Environment variable", "DB_PASSWORD", "hunter2-secret");
  await config.saveAndConfirm();

  await page.getByRole("link", { name: "Audit log" }).last().click();
  await expect(page).toHaveURL(new RegExp(`/audit\\?fn=${name}$`));
  const deploy = page.locator('tr[data-action="function.deploy"]');
  await expect(deploy).toContainText(users.admin.email);
  await expect(deploy).toContainText(`codeSha256: ${sha}`);
  const configure = page.locator('tr[data-action="function.configure"]');
  await expect(configure).toContainText("memorySize: 128 → 384");
  await expect(configure).toContainText("DB_PASSWORD: — → ••••••");
  await expect(page.locator("main")).not.toContainText("hunter2-secret");
});
