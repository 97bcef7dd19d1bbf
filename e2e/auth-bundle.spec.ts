import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

/**
 * Issue 4: the client bundles and the responses carry no credentials, secrets or environment
 * values. Runs after the webServer's production build, so a missing .next/static is a failure,
 * not a skip.
 */
const root = path.resolve(import.meta.dirname, "..");

function clientFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory()
      ? clientFiles(full)
      : /\.(js|mjs|css|html|json|map)$/.test(e.name)
        ? [full]
        : [];
  });
}

/** Values that must never reach a browser: the session-signing secret and any AWS credentials. */
function secrets(): string[] {
  const out = [fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "auth-secret"), "utf8").trim()];
  for (const key of [
    "BETTER_AUTH_SECRET",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ACCESS_KEY_ID",
  ]) {
    const v = process.env[key];
    if (v && v.length >= 8) out.push(v);
  }
  return out;
}

/**
 * A credential variable read, or given a value, in client code. The bare names may appear: the
 * environment editor lists Lambda's reserved keys (AWS_SECRET_ACCESS_KEY…) to refuse them.
 */
const credentialNames =
  /(process\.env\.|env\[\s*["'`])(AWS_[A-Z_]+|BETTER_AUTH_[A-Z_]+|FUNCTIONARY_[A-Z_]+)|\b(AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|AWS_SESSION_TOKEN|BETTER_AUTH_SECRET)["']?\s*[:=]\s*["'`][^"'`]/;

test("client JavaScript holds no secret values or credential variable names", () => {
  const dir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "static");
  expect(fs.existsSync(dir), "no production build: .next/static is missing").toBe(true);
  const files = clientFiles(dir);
  expect(files.length).toBeGreaterThan(10);
  const values = secrets();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const rel = path.relative(root, file);
    expect(text, `${rel} names a credential variable`).not.toMatch(credentialNames);
    for (const v of values) expect(text.includes(v), `${rel} contains a secret value`).toBe(false);
  }
});

test("pages and API answers hold no secret values", async ({ page, request }) => {
  const values = secrets();
  const bodies = [
    await (await request.get("/api/connection")).text(),
    await (await request.get("/api/functions")).text(),
    await (await request.get("/api/auth/get-session")).text(),
  ];
  for (const path of ["/functions", "/audit", "/admin", "/functions/new"]) {
    await page.goto(path);
    bodies.push(await page.content());
  }
  for (const body of bodies) {
    expect(body).not.toMatch(credentialNames);
    for (const v of values) expect(body.includes(v)).toBe(false);
  }
});
