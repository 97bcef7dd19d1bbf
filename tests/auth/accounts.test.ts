import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { signInHeaders, makeTempDataDir } from "./harness";

const data = makeTempDataDir();
afterAll(data.cleanup);

const { createUser, countUsers, removeUser, setPassword } = await import("@/lib/auth/users");
const { getSession } = await import("@/lib/auth/session");
const { withRequestHeaders } = await import("@/lib/auth/request-headers");
const { checkSignIn, THROTTLE } = await import("@/lib/auth/throttle");
const { listAudit } = await import("@/lib/audit/store");
const { getAuth } = await import("@/lib/auth/auth");

const sessionWith = (h: Headers) => withRequestHeaders(h, () => getSession());

describe("accounts on better-auth", () => {
  it("generates the secret on first run and keeps it private", async () => {
    await getAuth();
    const file = path.join(data.dir, "auth-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, "utf8").length).toBeGreaterThanOrEqual(32);
    expect(fs.existsSync(path.join(data.dir, "console.sqlite"))).toBe(true);
  });

  it("signs in with email and password and reads role and teams from the session", async () => {
    expect(await countUsers()).toBe(0);
    await createUser({
      email: "Dev@Example.com",
      password: "correct horse",
      role: "developer",
      teams: ["payments"],
    });
    const h = await signInHeaders("dev@example.com", "correct horse");
    expect(h.get("cookie")).toMatch(/functionary\.session_token=/);
    const session = await sessionWith(h);
    expect(session?.user).toMatchObject({
      email: "dev@example.com",
      role: "developer",
      teams: ["payments"],
    });
    expect(await sessionWith(new Headers())).toBeNull();
    expect(
      await sessionWith(new Headers({ cookie: "functionary.session_token=forged.value" })),
    ).toBeNull();
  });

  it("sets an HttpOnly SameSite cookie, not Secure over plain http", async () => {
    const auth = await getAuth();
    const { headers } = await auth.api.signInEmail({
      body: { email: "dev@example.com", password: "correct horse" },
      headers: new Headers(),
      returnHeaders: true,
    });
    const cookie = headers.getSetCookie().find((c) => c.startsWith("functionary.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("a password reset revokes every session", async () => {
    const h = await signInHeaders("dev@example.com", "correct horse");
    const user = (await sessionWith(h))!.user;
    await setPassword(user.id, "new password 1");
    expect(await sessionWith(h)).toBeNull();
    await expect(signInHeaders("dev@example.com", "correct horse")).rejects.toThrow();
    expect(
      await sessionWith(await signInHeaders("dev@example.com", "new password 1")),
    ).not.toBeNull();
  });

  it("throttles failed sign-ins per account with a clear message, and audits them", async () => {
    await createUser({
      email: "victim@example.com",
      password: "right password",
      role: "viewer",
      teams: [],
    });
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      await expect(
        signInHeaders("victim@example.com", `wrong ${i}`, `10.0.0.${i}`),
      ).rejects.toThrow(/invalid/i);
    }
    // Even the right password is refused now, from any address.
    await expect(signInHeaders("victim@example.com", "right password", "10.9.9.9")).rejects.toThrow(
      /Too many failed sign-in attempts for this account\. Try again in 15 minutes\./,
    );
    expect(
      checkSignIn("victim@example.com", "10.9.9.9", Date.now() + THROTTLE.windowMs + 1).allowed,
    ).toBe(true);
    const failures = listAudit({ action: "auth.sign-in-failed", user: "victim@example.com" });
    expect(failures.map((e) => e.result)).toEqual([
      "throttled",
      ...Array(THROTTLE.perAccount).fill("failed"),
    ]);
  });

  it("throttles per address across accounts", async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await expect(signInHeaders(`nobody${i}@example.com`, "x", "10.1.1.1")).rejects.toThrow();
    }
    await expect(signInHeaders("dev@example.com", "new password 1", "10.1.1.1")).rejects.toThrow(
      /for your address/,
    );
    await expect(
      signInHeaders("dev@example.com", "new password 1", "10.1.1.2"),
    ).resolves.toBeInstanceOf(Headers);
  });

  it("removing a user ends their sessions", async () => {
    const h = await signInHeaders("dev@example.com", "new password 1", "10.2.2.2");
    const user = (await sessionWith(h))!.user;
    await removeUser(user.id);
    expect(await sessionWith(h)).toBeNull();
  });
});
