import { expect, type Page } from "@playwright/test";
import { waitForApp } from "./app";

/** The Code tab: file tree, Monaco, deploy. */
export class CodePage {
  constructor(readonly page: Page) {}

  readonly editor = () => this.page.locator(".monaco-editor").first();
  readonly deployButton = () => this.page.getByRole("button", { name: /^Deploy/ });
  readonly tree = () => this.page.getByRole("tree", { name: "Package files" });

  async goto(name: string) {
    await this.page.goto(`/functions/${name}/code`);
    // Editor first: while Monaco evaluates, the main thread is too busy to render the header's
    // badge, so on a loaded machine waiting for the badge first spends its budget on Monaco.
    await this.waitForEditor();
    await waitForApp(this.page);
  }

  async waitForEditor() {
    // Monaco is lazy and several MB: on a busy 2-core machine the first load takes a while.
    await expect(this.editor().locator(".view-lines")).toBeVisible({ timeout: 45_000 });
  }

  async openFile(path: string) {
    await this.tree()
      .getByRole("treeitem", { name: path, exact: true })
      .locator("button")
      .first()
      .click();
  }

  /** Replaces the whole text of the open file (insertText skips Monaco's auto-closing). */
  async replaceText(text: string) {
    await this.editor().locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(text);
  }

  /**
   * Replaces one line's text (its indentation stays): keys only, no newline typed, so Monaco's
   * auto-indent cannot change any other line.
   */
  async replaceLine(lineNumber: number, text: string) {
    await this.editor().locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+Home");
    for (let i = 1; i < lineNumber; i++) await this.page.keyboard.press("ArrowDown");
    await this.page.keyboard.press("End");
    await this.page.keyboard.press("Shift+Home");
    await this.page.keyboard.insertText(text);
  }

  async saveWithShortcut() {
    await this.page.keyboard.press("ControlOrMeta+S");
  }

  async expectDeployed() {
    // Exact: the conflict dialog's description ("…the newly deployed code (left)…") contains
    // the words too, and while it is open a substring match would pass before the deploy lands.
    await expect(this.page.getByText("Deployed code", { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(this.page.getByRole("status").filter({ hasText: "Active" }).first()).toBeVisible({
      timeout: 30_000,
    });
  }
}
