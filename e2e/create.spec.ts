import { listTemplates, getTemplate } from "../lib/templates/catalog";
import { matchesExpectation, mismatch } from "../lib/templates/expect";
import { CreateFunctionPage } from "./pages/create-function-page";
import { CodePage } from "./pages/code-page";
import { expect, invoke, settled, test, uniqueName } from "./fixtures";

// One test per template, each with its own timeout and function; the workers share them out.
test.describe("every template", () => {
  test.describe.configure({ mode: "parallel" });
  for (const summary of listTemplates()) {
    test(`create from the ${summary.id} template; it runs its first sample event`, async ({
      page,
      lambda,
      track,
    }) => {
      const template = getTemplate(summary.id)!;
      const create = new CreateFunctionPage(page);
      await create.goto();
      await create.chooseTemplate(
        `${summary.name} (${summary.runtime.startsWith("python") ? "Python" : "Node.js"})`,
      );
      const name = track(uniqueName(summary.id.slice(0, 20)));
      await create.create(name);
      await settled(lambda, name);
      const sample = template.sampleEvents[0]!;
      const result = await invoke(lambda, name, sample.event);
      expect(
        matchesExpectation(result, sample.expect),
        `${summary.id}: ${mismatch(result, sample.expect)}`,
      ).toBe(true);
    });
  }
});

test("a created function opens on its page with the handler in the editor", async ({
  page,
  track,
}) => {
  const create = new CreateFunctionPage(page);
  await create.goto();
  await create.searchTemplates("python hello");
  await create.chooseTemplate("Hello world (Python)");
  const name = track(uniqueName("open"));
  await create.fill({ team: "payments" });
  await create.addEnvVar("GREETING", "Hi");
  await create.create(name);
  const code = new CodePage(page);
  await code.waitForEditor();
  await expect(code.editor()).toContainText("def lambda_handler");
  await expect(page.getByText("team: payments")).toBeVisible();
});
