import { expect, type Page } from "@playwright/test";
import { waitForApp } from "./app";

/** The Configuration tab. */
export class ConfigurationPage {
  constructor(readonly page: Page) {}

  readonly form = () => this.page.getByRole("form", { name: "Configuration" });
  readonly field = (label: string) => this.form().getByLabel(label, { exact: true });

  async goto(name: string) {
    await this.page.goto(`/functions/${name}/configuration`);
    await waitForApp(this.page);
    await expect(this.field("Handler")).not.toHaveValue("", { timeout: 20_000 });
  }

  async save() {
    await this.form().getByRole("button", { name: "Save configuration" }).click();
  }

  async saveAndConfirm() {
    await this.save();
    await expect(this.page.getByText("Configuration saved")).toBeVisible();
  }

  async addPair(group: "Environment variable" | "Tag", key: string, value: string) {
    const rows = this.form().getByRole("textbox", { name: new RegExp(`^${group} \\d+ key$`) });
    const n = (await rows.count()) + 1;
    await this.form()
      .getByRole("button", { name: `Add ${group.toLowerCase()}` })
      .click();
    await this.form()
      .getByRole("textbox", { name: `${group} ${n} key` })
      .fill(key);
    await this.form().getByLabel(`${group} ${n} value`).fill(value);
  }

  async deleteFunction(name: string) {
    await this.page.getByRole("button", { name: "Delete function" }).click();
    const dialog = this.page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByLabel("Function name").fill(name);
    await dialog.getByRole("button", { name: "Delete permanently" }).click();
  }
}
