import { ConfigurationPage } from "./pages/configuration-page";
import { CreateFunctionPage } from "./pages/create-function-page";
import { expect, test } from "./fixtures";

const invalidCreate = [
  {
    field: "Function name",
    fill: { name: "bad name!" },
    error: "Use only letters, numbers, hyphens (-) and underscores (_).",
  },
  {
    field: "Function name",
    fill: { name: "x".repeat(65) },
    error: "Function names have at most 64 characters.",
  },
  {
    field: "Memory (MB)",
    fill: { name: "ok", memory: "64" },
    error: "Memory must be at least 128 MB.",
  },
  {
    field: "Memory (MB)",
    fill: { name: "ok", memory: "20000" },
    error: "Memory must be at most 10240 MB.",
  },
  {
    field: "Timeout (seconds)",
    fill: { name: "ok", timeout: "901" },
    error: "Timeout must be at most 900 seconds (15 minutes).",
  },
];

for (const c of invalidCreate) {
  test(`create form: ${c.field} “${Object.values(c.fill).at(-1)!.slice(0, 12)}” is refused next to the field`, async ({
    page,
  }) => {
    const create = new CreateFunctionPage(page);
    await create.goto();
    await create.fill(c.fill);
    const input = create.form().getByLabel(c.field);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(c.error);
  });
}

test("create form: a reserved environment variable key is refused", async ({ page }) => {
  const create = new CreateFunctionPage(page);
  await create.goto();
  await create.fill({ name: "env-check" });
  await create.addEnvVar("AWS_REGION", "eu-west-1");
  await create.submit();
  await expect(create.form().getByText("Lambda reserves this key.")).toBeVisible();
  await expect(create.form().getByLabel("Environment variable 1 key")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test("create form: AWS's own message appears next to the name when it already exists", async ({
  page,
  makeFunction,
}) => {
  const existing = await makeFunction({ prefix: "dup" });
  const create = new CreateFunctionPage(page);
  await create.goto();
  await create.fill({ name: existing });
  await create.submit();
  await expect(create.nameInput()).toHaveAccessibleDescription(
    `Function already exist: ${existing}`,
  );
});

test("configuration: invalid memory and env var key are refused next to the field", async ({
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ prefix: "badcfg" });
  const config = new ConfigurationPage(page);
  await config.goto(name);
  await config.field("Memory (MB)").fill("99999");
  await config.addPair("Environment variable", "1BAD", "x");
  await config.save();
  await expect(config.field("Memory (MB)")).toHaveAccessibleDescription(
    "Memory must be at most 10240 MB.",
  );
  await expect(config.form().getByText(/Keys start with a letter/)).toBeVisible();
});

test("configuration: the backend's own refusal lands next to the field", async ({
  page,
  makeFunction,
}) => {
  const name = await makeFunction({ prefix: "reserve" });
  const config = new ConfigurationPage(page);
  await config.goto(name);
  // Valid in the browser, refused by Lambda: the account must keep 100 unreserved.
  await config.field("Reserved concurrency").fill("990");
  await config.save();
  await expect(config.field("Reserved concurrency")).toHaveAccessibleDescription(
    /UnreservedConcurrentExecution below its minimum value of \[100\]/,
  );
});
