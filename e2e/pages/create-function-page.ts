import { expect, type Page } from "@playwright/test";
import { waitForApp } from "./app";

/** /functions/new: the template gallery and the create form. */
export class CreateFunctionPage {
  constructor(readonly page: Page) {}

  readonly form = () => this.page.getByRole("form", { name: "Create function" });
  readonly nameInput = () => this.form().getByLabel("Function name");

  async goto() {
    await this.page.goto("/functions/new");
    await expect(this.page.getByRole("heading", { name: "Create function" })).toBeVisible();
    await waitForApp(this.page);
  }

  async chooseTemplate(name: string) {
    await this.page.getByRole("radio", { name }).click();
  }

  async searchTemplates(query: string) {
    await this.page.getByRole("searchbox", { name: "Search templates" }).fill(query);
  }

  async fill(fields: { name?: string; memory?: string; timeout?: string; team?: string }) {
    if (fields.name !== undefined) await this.nameInput().fill(fields.name);
    if (fields.memory !== undefined)
      await this.form().getByLabel("Memory (MB)").fill(fields.memory);
    if (fields.timeout !== undefined)
      await this.form().getByLabel("Timeout (seconds)").fill(fields.timeout);
    if (fields.team !== undefined) await this.form().getByLabel("Team").fill(fields.team);
  }

  async addEnvVar(key: string, value: string) {
    const rows = this.form().getByRole("textbox", { name: /Environment variable \d+ key/ });
    const n = (await rows.count()) + 1;
    await this.form().getByRole("button", { name: "Add environment variable" }).click();
    await this.form()
      .getByRole("textbox", { name: `Environment variable ${n} key` })
      .fill(key);
    await this.form().getByLabel(`Environment variable ${n} value`).fill(value);
  }

  async uploadZip(file: { name: string; buffer: Buffer }) {
    await this.chooseTemplate("Upload a .zip");
    await this.form()
      .getByLabel("Deployment package (.zip)")
      .setInputFiles({ ...file, mimeType: "application/zip" });
  }

  async submit() {
    await this.form().getByRole("button", { name: "Create function" }).click();
  }

  /** Creates and waits for the function page to show the code. */
  async create(name: string) {
    await this.fill({ name });
    await this.submit();
    await expect(this.page).toHaveURL(new RegExp(`/functions/${name}/code$`), { timeout: 30_000 });
  }
}
