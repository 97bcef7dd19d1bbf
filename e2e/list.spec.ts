import { expect, test } from "./fixtures";

test("the list filters by name, runtime and team, sorts, and clears its filters", async ({
  page,
  makeFunction,
}) => {
  // One word in both names keeps the other tests' functions (made in parallel) out of the counts.
  const word = `list${Date.now().toString(36)}`;
  const node = await makeFunction({ prefix: `${word}-a` });
  // Tagged at creation: a list another test loads meanwhile would cache "no team" otherwise.
  const python = await makeFunction({
    template: "hello-world-python",
    prefix: `${word}-b`,
    tags: { team: "alpha" },
  });

  await page.goto("/functions");
  const table = page.getByRole("table", { name: "Functions" });
  const rows = table.getByRole("rowgroup").nth(1).getByRole("row");
  await page.getByLabel("Filter by name").fill(word);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(node);

  // Sorting by name again turns the order around.
  await table.getByRole("button", { name: "Name" }).click();
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(rows.first()).toContainText(python);

  await page.getByLabel("Runtime").selectOption("python3.13");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(python);
  await page.getByLabel("Runtime").selectOption("");
  await page.getByLabel("Team").selectOption("alpha");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("alpha");

  // The view is in the address: a reload (or a shared link) shows the same.
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&team=alpha&sort=-name$`));
  await page.reload();
  await expect(page.getByLabel("Filter by name")).toHaveValue(word);
  await expect(page.getByLabel("Team")).toHaveValue("alpha");
  await expect(rows).toHaveCount(1);
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );

  await page.getByLabel("Filter by name").fill(`${word}-none`);
  await expect(page.getByText("No function matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Filter by name")).toHaveValue("");
  await expect(page.getByLabel("Team")).toHaveValue("");
  await expect(rows.filter({ hasText: node })).toHaveCount(1);
  await expect(page).toHaveURL(/\/functions\?sort=-name$/);
});
