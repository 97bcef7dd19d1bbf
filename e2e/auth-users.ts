import { spawnSync } from "node:child_process";
import path from "node:path";
import { GetFunctionCommand, TagResourceCommand, type LambdaClient } from "@aws-sdk/client-lambda";
import { expect, type Page } from "@playwright/test";
import { waitForHydration } from "./pages/app";

const stateFile = (who: string) => path.join(process.env.E2E_DATA_DIR ?? "", `${who}-state.json`);

/**
 * The accounts the e2e suite signs in as; made by auth.setup.ts. The admin's saved session is
 * E2E_STATE, every spec's default (playwright.config.ts); the others sit beside it.
 */
export const users = {
  admin: {
    email: "e2e-admin@example.com",
    password: "e2e-password-123",
    state: process.env.E2E_STATE ?? stateFile("admin"),
  },
  viewer: { email: "viewer@e2e.test", password: "viewer password 1", state: stateFile("viewer") },
  devAlpha: {
    email: "dev-alpha@e2e.test",
    password: "dev password 1",
    state: stateFile("dev-alpha"),
  },
  devBeta: { email: "dev-beta@e2e.test", password: "dev password 1", state: stateFile("dev-beta") },
  /** Only for sign-out tests, whose "everywhere" would end every other test's session. */
  leaver: { email: "leaver@e2e.test", password: "leaver password 1", state: "" },
} as const;

export type NewUser = {
  email: string;
  password: string;
  role: "admin" | "developer" | "viewer";
  teams?: string[];
  /** Where to save the user's signed-in storage state; none for users that sign in in the test. */
  state?: string;
};

/**
 * Creates accounts in the console's DATA_DIR (set by playwright.config.ts) and saves their
 * sessions, all in one process (e2e/support/create-users.ts; same code as `npm run users`).
 */
export function createUsers(list: NewUser[]) {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it).");
  const specs = list.map((u) => ({ ...u, teams: u.teams ?? [] }));
  const r = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "e2e/support/create-users.ts",
      JSON.stringify(specs),
    ],
    {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { ...process.env, DATA_DIR: dataDir, NODE_NO_WARNINGS: "1" },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`creating e2e users failed: ${r.stderr || r.stdout}`);
}

/** Signs in through the login page and waits for the functions list. */
export async function signInThroughUi(page: Page, email: string, password: string) {
  await page.goto("/login");
  await waitForHydration(page.getByRole("button", { name: "Sign in" }));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/functions$/);
}

/** Gives a function to a team, as the `team` tag (what the console's permission checks read). */
export async function tagTeam(lambda: LambdaClient, name: string, team: string) {
  const arn = (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!
    .FunctionArn!;
  await lambda.send(new TagResourceCommand({ Resource: arn, Tags: { team } }));
}

/**
 * Captures the server action request a page sends (Next-Action id, body), so a test can replay
 * it with another user's cookies: the "direct call" that skips the hidden button.
 */
export async function captureAction(page: Page, trigger: () => Promise<void>) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    trigger(),
  ]);
  const headers = request.headers();
  return {
    url: request.url(),
    body: request.postData() ?? "",
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
  };
}

/** Replays a captured action as the user whose cookies `page` carries; returns the raw answer. */
export async function replayAction(
  page: Page,
  captured: Awaited<ReturnType<typeof captureAction>>,
) {
  const origin = new URL(captured.url).origin;
  const res = await page.request.post(captured.url, {
    headers: { ...captured.headers, origin },
    data: captured.body,
  });
  return res.text();
}
