import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { buildPackage, textEntry } from "../lib/zip/package";
import { CodePage } from "./pages/code-page";
import { getTemplate } from "../lib/templates/catalog";
import { expect, invoke, settled, test } from "./fixtures";

const handlerV2 = `export const handler = async (event) => ({ message: "v2 " + (event.name ?? "anon") });\n`;

test("edit in Monaco, Ctrl+S deploys, and the new code runs", async ({
  page,
  lambda,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "edit" });
  const code = new CodePage(page);
  await code.goto(name);
  await expect(code.editor()).toContainText("handler");
  await code.replaceText(handlerV2);
  await expect(page.getByText(/1 unsaved change/)).toBeVisible();
  await code.saveWithShortcut();
  await code.expectDeployed();
  await settled(lambda, name);
  expect(await invoke(lambda, name, { name: "Ada" })).toEqual({ message: "v2 Ada" });
});

test("typing fast keeps every character where it is typed", async ({ page, makeFunction }) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "typing" });
  const code = new CodePage(page);
  await code.goto(name);
  await code.editor().locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  // No delay between keys: each edit must be rendered before the next one lands, or the
  // editor's controlled value would put older text back and move the cursor.
  const line = "// typed without pause abcdefghijklmnopqrstuvwxyz 0123456789";
  await page.keyboard.type(line, { delay: 0 });
  await page.keyboard.press("Enter");
  await expect(code.editor().locator(".view-line").first()).toHaveText(line);
  await expect(page.getByText(/1 unsaved change/)).toBeVisible();
});

test("Upload .zip replaces the package, the editor reopens on it, and the new code runs", async ({
  page,
  lambda,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "upzip" });
  const code = new CodePage(page);
  await code.goto(name);
  await code.replaceText("// a draft the upload replaces\n");
  const zip = buildPackage([
    textEntry("index.mjs", `export { handler } from "./lib/answer.mjs";\n`),
    textEntry("lib/answer.mjs", `export const handler = async () => ({ from: "zip" });\n`),
  ]);
  page.once("dialog", (d) => void d.accept()); // "your unsaved changes are lost"
  await page
    .getByLabel("Upload a .zip to replace the package")
    .setInputFiles({ name: "new.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await expect(page.getByText("Upload deployed")).toBeVisible({ timeout: 30_000 });
  await expect(code.tree().getByRole("treeitem", { name: "lib/answer.mjs" })).toBeVisible();
  await expect(code.editor()).toContainText("./lib/answer.mjs");
  await code.expectDeployed();
  await settled(lambda, name);
  expect(await invoke(lambda, name, {})).toEqual({ from: "zip" });
});

test("the handler's code is on the page before any script runs, then Monaco takes over", async ({
  browser,
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "preview" });
  const noScript = await browser.newContext({
    storageState: process.env.E2E_STATE,
    javaScriptEnabled: false,
  });
  try {
    const bare = await noScript.newPage();
    await bare.goto(`/functions/${name}/code`);
    await expect(bare.getByLabel("index.mjs, read-only until the editor has loaded")).toContainText(
      "const fullName = `${firstName} ${lastName}`.trim();",
    );
    await expect(bare.getByRole("treeitem", { name: "index.mjs" })).toBeVisible();
  } finally {
    await noScript.close();
  }
  const code = new CodePage(page);
  await code.goto(name);
  await expect(page.getByTestId("code-preview")).toHaveCount(0);
  await expect(code.editor()).toContainText("Greets the person named in the event.");
});

test("the package's size against Lambda's limits; full screen and back with Escape", async ({
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "full" });
  const code = new CodePage(page);
  await code.goto(name);
  await expect(page.getByText(/^[\d.]+ (B|kB) zipped · [\d.]+ (B|kB) unzipped$/)).toBeVisible();

  const viewport = page.viewportSize()!;
  const top = async () => (await code.tree().boundingBox())!.y;
  expect(await top()).toBeGreaterThan(250); // below the header, title and tabs
  await page.getByRole("button", { name: "Full screen" }).click();
  await expect(page.getByRole("button", { name: "Exit full screen" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const box = (await code.tree().boundingBox())!;
  expect(box.y).toBeLessThan(150);
  expect(box.y + box.height).toBeGreaterThan(viewport.height * 0.85);
  await expect(code.editor()).toContainText("Greets the person");

  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  expect(await top()).toBeGreaterThan(250);
});

test("deploying without the handler's file asks first; declining deploys nothing", async ({
  page,
  lambda,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "nohandler" });
  const revision = async () =>
    (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!.RevisionId;
  const before = await revision();
  const code = new CodePage(page);
  await code.goto(name);
  await code.tree().getByRole("treeitem", { name: "index.mjs" }).hover();
  await page.getByRole("button", { name: "Rename index.mjs" }).click();
  const rename = page.getByRole("dialog", { name: "Rename index.mjs" });
  await rename.getByLabel("Path").fill("main.mjs");
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(rename).toBeHidden();

  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await code.deployButton().click();
  await expect.poll(() => asked).toContain("index.js, index.mjs or index.cjs");
  expect(asked).toContain("Runtime.ImportModuleError");
  await expect(page.getByText(/unsaved change/)).toBeVisible();
  expect(await revision()).toBe(before);
});

test("an unsaved draft, new files included, survives a reload until discarded", async ({
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "draft" });
  const code = new CodePage(page);
  await code.goto(name);
  await page.getByRole("button", { name: "New file" }).click();
  const dialog = page.getByRole("dialog", { name: "New file" });
  await dialog.getByLabel("Path").fill("../outside.js");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/relative path like src\/util\.js/);
  await dialog.getByLabel("Path").fill("index.mjs/inner.mjs");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/index\.mjs is a file/);
  await dialog.getByLabel("Path").fill("lib/util.mjs");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog).toBeHidden();
  await code.replaceText("// a new file\n"); // the new file opens in the editor
  await code.openFile("index.mjs");
  await code.replaceText("// draft that must survive\n");
  await expect(page.getByText(/unsaved change/)).toBeVisible();
  await page.reload();
  await code.waitForEditor();
  await expect(page.getByText("Restored your unsaved draft")).toBeVisible();
  await expect(code.editor()).toContainText("draft that must survive");
  await code.openFile("lib/util.mjs");
  await expect(code.editor()).toContainText("a new file");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByText("Deployed code", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Restored your unsaved draft")).toBeHidden();
  // The discarded file's tab goes with it; the editor falls back to the handler.
  const tabs = page.getByRole("tablist", { name: "Open files" }).getByRole("tab");
  await expect(tabs).toHaveText(["index.mjs"]);
  await expect(code.editor()).toContainText("export const handler");
  await expect(code.editor()).not.toContainText("draft that must survive");
});

test("a deploy in between shows a diff; rebase merges both edits, overwrite replaces theirs", async ({
  browser,
  lambda,
  makeFunction,
}) => {
  test.setTimeout(240_000);
  const name = await makeFunction({ template: "hello-world-nodejs", prefix: "conflict" });
  const original = getTemplate("hello-world-nodejs")!.files.find(
    (f) => f.path === "index.mjs",
  )!.content;
  // Lines are 1-based, as in the editor's gutter.
  const lineOf = (text: string) => original.split("\n").findIndex((l) => l.includes(text)) + 1;
  const alice = await browser.newContext({ storageState: process.env.E2E_STATE });
  const bob = await browser.newContext({ storageState: process.env.E2E_STATE });
  try {
    const a = new CodePage(await alice.newPage());
    const b = new CodePage(await bob.newPage());
    // Monaco's own complaints (a service missing for the diff editor) show up here.
    const monacoErrors: string[] = [];
    a.page.on("pageerror", (e) => monacoErrors.push(e.message));
    a.page.on("console", (m) => m.type() === "error" && monacoErrors.push(m.text()));
    await a.goto(name);
    await b.goto(name);

    // Bob and Alice change different lines of the same file.
    await b.replaceLine(lineOf("first_name ??"), `const firstName = event?.first_name ?? "Bob";`);
    await b.deployButton().click();
    await b.expectDeployed();
    await settled(lambda, name);

    await a.replaceLine(
      lineOf("return {"),
      'return { message: `Hello, ${fullName}!`, by: "alice" };',
    );
    await a.deployButton().click();
    const dialog = a.page.getByRole("dialog", { name: "Someone deployed this function meanwhile" });
    await expect(dialog).toBeVisible();
    // The diff shows bob's deployed code against alice's draft.
    await expect(dialog.locator(".monaco-diff-editor")).toContainText("Bob");
    await expect(dialog.locator(".monaco-diff-editor")).toContainText("alice");
    expect(monacoErrors.filter((e) => /UNKNOWN service/.test(e))).toEqual([]);

    await dialog.getByRole("button", { name: "Rebase my edits" }).click();
    await expect(dialog).toBeHidden();
    await expect(a.editor()).toContainText("alice");
    // Closing the diff disposes it cleanly (widget first, then its models).
    expect(monacoErrors.filter((e) => /TextModel got disposed/.test(e))).toEqual([]);
    await expect(a.editor()).toContainText(`"Bob"`);
    await a.deployButton().click();
    await a.expectDeployed();
    await settled(lambda, name);
    // Neither edit was lost.
    expect(await invoke(lambda, name)).toEqual({ message: "Hello, Bob!", by: "alice" });

    // Bob still edits on top of his own (now stale) revision and chooses to overwrite.
    await b.replaceText(`export const handler = async () => "bob again";\n`);
    await b.deployButton().click();
    const bobDialog = b.page.getByRole("dialog", {
      name: "Someone deployed this function meanwhile",
    });
    await bobDialog.getByRole("button", { name: "Overwrite with my draft" }).click();
    await expect(bobDialog).toBeHidden();
    await b.expectDeployed();
    await settled(lambda, name);
    expect(await invoke(lambda, name)).toBe("bob again");

    // Alice, still on her revision, rewrites the same line: the rebase marks both versions,
    // and a deploy is refused until she resolves them.
    await a.replaceText(`export const handler = async () => "alice again";\n`);
    await a.deployButton().click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Rebase my edits" }).click();
    await expect(a.page.getByText("Rebased, with conflicts to resolve")).toBeVisible();
    await expect(a.editor()).toContainText("<<<<<<< your draft");
    await a.deployButton().click();
    await expect(a.page.getByText("Resolve the merge conflicts first")).toBeVisible();
    expect(await invoke(lambda, name)).toBe("bob again");
  } finally {
    await alice.close();
    await bob.close();
  }
});
