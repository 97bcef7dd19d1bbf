import { users, signInThroughUi } from "./auth-users";
import { expect, test } from "./fixtures";
import { waitForHydration } from "./pages/app";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages redirect to /login and route handlers answer 401", async ({ page, request }) => {
    for (const path of [
      "/functions",
      "/functions/new",
      "/functions/anything/configuration",
      "/audit",
      "/admin",
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login(\?|$)/);
    }
    for (const path of ["/api/functions", "/api/connection", "/api/functions/anything/code"]) {
      expect((await request.get(path)).status(), path).toBe(401);
    }
    // better-auth endpoints other than sign-in/out/session are not reachable at all.
    expect(
      (
        await request.post("/api/auth/sign-up/email", {
          data: { email: "x@y.z", password: "12345678", name: "x" },
        })
      ).status(),
    ).toBe(404);
  });

  test("sign in, wrong password, sign out", async ({ page }) => {
    await page.goto("/functions");
    await expect(page).toHaveURL(/\/login\?next=%2Ffunctions$/);
    await waitForHydration(page.getByRole("button", { name: "Sign in" }));
    await page.getByLabel("Email").fill(users.leaver.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();

    await page.getByLabel("Password").fill(users.leaver.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/functions$/);
    const cookie = (await page.context().cookies()).find(
      (c) => c.name === "functionary.session_token",
    );
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: `Account: ${users.leaver.email}` }).click();
    await expect(page.getByRole("menu")).toContainText("viewer");
    await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/functions");
    await expect(page).toHaveURL(/\/login/);
  });

  test("sign out everywhere ends the other browser's session too", async ({ browser }) => {
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const [pa, pb] = [await a.newPage(), await b.newPage()];
    // B's clock can be moved on, to make its list stale without waiting.
    await pb.clock.install();
    await signInThroughUi(pa, users.leaver.email, users.leaver.password);
    await signInThroughUi(pb, users.leaver.email, users.leaver.password);
    await expect(pb.getByRole("heading", { level: 1, name: "Functions" })).toBeVisible();
    await pa.getByRole("button", { name: `Account: ${users.leaver.email}` }).click();
    await pa.getByRole("menuitem", { name: "Sign out everywhere" }).click();
    await expect(pa).toHaveURL(/\/login$/);
    expect((await pb.request.get("/api/functions")).status()).toBe(401);
    // B's open tab finds out when it next reads (here: coming back to a stale list) and goes
    // to sign-in, which would bring it back to the list.
    await pb.clock.fastForward("00:30");
    await pb.evaluate(() =>
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true })),
    );
    await expect(pb).toHaveURL(/\/login\?next=%2Ffunctions$/, { timeout: 15_000 });
    await pb.goto("/functions");
    await expect(pb).toHaveURL(/\/login/);
    await a.close();
    await b.close();
  });
});
