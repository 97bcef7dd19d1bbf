import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { ConfigurationPage } from "./pages/configuration-page";
import { expect, test } from "./fixtures";

test("configuration changes persist across a reload", async ({ page, lambda, makeFunction }) => {
  const name = await makeFunction({ template: "hello-world-python", prefix: "config" });
  const config = new ConfigurationPage(page);
  await config.goto(name);
  await config.field("Description").fill("Greets people");
  await config.field("Memory (MB)").fill("512");
  await config.field("Timeout (seconds)").fill("30");
  await config.field("Team").fill("growth");
  await config.addPair("Environment variable", "API_TOKEN", "s3cr3t");
  await config.addPair("Tag", "owner", "ada");
  await config.field("Reserved concurrency").fill("5");
  await config.saveAndConfirm();
  // A second save from the same form, once that update has finished (which moves the
  // RevisionId again), goes through instead of being refused as stale.
  await expect(page.getByRole("status").filter({ hasText: "Active" }).first()).toBeVisible({
    timeout: 30_000,
  });
  await config.field("Timeout (seconds)").fill("31");
  await config.save();
  await expect
    .poll(
      async () =>
        (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.Timeout,
      { timeout: 20_000 },
    )
    .toBe(31);
  await expect(page.getByText(/changed since you opened it/)).toHaveCount(0);

  await page.reload();
  await config.goto(name);
  await expect(config.field("Memory (MB)")).toHaveValue("512");
  await expect(config.field("Timeout (seconds)")).toHaveValue("31");
  await expect(config.field("Team")).toHaveValue("growth");
  await expect(config.field("Reserved concurrency")).toHaveValue("5");
  // Secret-looking values stay masked until revealed.
  const secret = config.form().getByLabel("Environment variable 1 value");
  await expect(secret).toHaveAttribute("type", "password");
  await config.form().getByRole("button", { name: "Reveal API_TOKEN" }).click();
  await expect(secret).toHaveAttribute("type", "text");
  await expect(secret).toHaveValue("s3cr3t");

  const out = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
  expect(out.Configuration).toMatchObject({
    MemorySize: 512,
    Timeout: 31,
    Description: "Greets people",
  });
  expect(out.Tags).toMatchObject({ team: "growth", owner: "ada" });
  expect(out.Concurrency?.ReservedConcurrentExecutions).toBe(5);
});

test("delete asks for the name, then the function is gone", async ({
  page,
  lambda,
  makeFunction,
}) => {
  const name = await makeFunction({ prefix: "delete" });
  const config = new ConfigurationPage(page);
  await config.goto(name);
  await config.deleteFunction(name);
  await expect(page).toHaveURL(/\/functions$/);
  await expect(lambda.send(new GetFunctionCommand({ FunctionName: name }))).rejects.toMatchObject({
    name: "ResourceNotFoundException",
  });
});
