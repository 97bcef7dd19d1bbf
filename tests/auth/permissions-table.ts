/**
 * The permission table of issue 4: for each server action and route handler, what each kind of
 * user gets. `ok` means the call succeeded for real against the engine; the target function is
 * tagged `team: alpha` unless `team` says otherwise (null = unassigned).
 */
import { buildPackage, textEntry } from "../../lib/zip/package";

export const identities = ["signedOut", "viewer", "otherDev", "teamDev", "admin"] as const;
export type Identity = (typeof identities)[number];
export type Outcome = "ok" | "unauthorized" | "forbidden" | "ok-but-failed";
export type Fixture = { name: string; revisionId: string; newName: string; userId: string };

type Expect = Record<Identity, Outcome>;
const teamWrite: Expect = {
  signedOut: "unauthorized",
  viewer: "forbidden",
  otherDev: "forbidden",
  teamDev: "ok",
  admin: "ok",
};
const adminOnly: Expect = {
  signedOut: "unauthorized",
  viewer: "forbidden",
  otherDev: "forbidden",
  teamDev: "forbidden",
  admin: "ok",
};
const anyUser: Expect = {
  signedOut: "unauthorized",
  viewer: "ok",
  otherDev: "ok",
  teamDev: "ok",
  admin: "ok",
};
const everyone: Expect = {
  signedOut: "ok",
  viewer: "ok",
  otherDev: "ok",
  teamDev: "ok",
  admin: "ok",
};

type ActionRow = {
  input: (f: Fixture) => unknown;
  expect: Expect;
  team?: string | null;
  needs?: "user";
};

const config = (f: Fixture, team = "alpha") => ({
  name: f.name,
  revisionId: f.revisionId,
  description: "changed by the permission table",
  handler: "index.handler",
  runtime: "nodejs20.x",
  memorySize: 256,
  timeout: 5,
  environment: [{ key: "API_TOKEN", value: "s3cret" }],
  team,
  tags: [{ key: "env", value: "test" }],
  reservedConcurrency: 2,
});

export const actionTable: Record<string, ActionRow> = {
  createFunction: {
    input: (f) => ({
      name: f.newName,
      runtime: "nodejs20.x",
      handler: "index.handler",
      memorySize: 128,
      timeout: 3,
      team: "alpha",
      description: "",
      environment: [],
      source: { kind: "template", templateId: "hello-world-nodejs" },
    }),
    expect: teamWrite,
  },
  deployFunction: {
    input: (f) => ({
      name: f.name,
      revisionId: f.revisionId,
      files: [{ path: "index.mjs", content: "export const handler = async () => 'v2';" }],
      keep: [],
    }),
    expect: teamWrite,
  },
  uploadFunctionCode: {
    input: (f) => ({
      name: f.name,
      revisionId: f.revisionId,
      zipBase64: Buffer.from(
        buildPackage([textEntry("index.mjs", "export const handler = async () => 'v3';")]),
      ).toString("base64"),
    }),
    expect: teamWrite,
  },
  updateFunctionConfiguration: { input: (f) => config(f), expect: teamWrite },
  deleteFunction: { input: (f) => ({ name: f.name, confirmation: f.name }), expect: teamWrite },
  createUserAccount: {
    input: (f) => ({
      email: `new-${f.name}@example.com`,
      password: "a fine password",
      role: "developer",
      teams: ["alpha"],
    }),
    needs: "user",
    expect: adminOnly,
  },
  setUserRole: {
    needs: "user",
    input: (f) => ({ userId: f.userId, role: "developer" }),
    expect: adminOnly,
  },
  setUserTeams: {
    needs: "user",
    input: (f) => ({ userId: f.userId, teams: ["alpha", "beta"] }),
    expect: adminOnly,
  },
  resetUserPassword: {
    needs: "user",
    input: (f) => ({ userId: f.userId, password: "another password" }),
    expect: adminOnly,
  },
  signOutUserEverywhere: { needs: "user", input: (f) => ({ userId: f.userId }), expect: adminOnly },
  removeUserAccount: { needs: "user", input: (f) => ({ userId: f.userId }), expect: adminOnly },
};

/** Edge cases of the team rule, beyond the one-row-per-action table. */
export const teamRuleCases: {
  title: string;
  action: string;
  team: string | null;
  input: (f: Fixture) => unknown;
  expect: Partial<Expect>;
}[] = [
  {
    title: "a developer cannot create a function for another team",
    action: "createFunction",
    team: "alpha",
    input: (f) => ({ ...(actionTable.createFunction!.input(f) as object), team: "other" }),
    expect: { teamDev: "forbidden", otherDev: "ok", admin: "ok" },
  },
  {
    title: "a developer cannot create an unassigned function",
    action: "createFunction",
    team: "alpha",
    input: (f) => ({ ...(actionTable.createFunction!.input(f) as object), team: "" }),
    expect: { teamDev: "forbidden", admin: "ok" },
  },
  {
    title: "a developer cannot move their function to another team",
    action: "updateFunctionConfiguration",
    team: "alpha",
    input: (f) => config(f, "other"),
    expect: { teamDev: "forbidden", admin: "ok" },
  },
  {
    title: "unassigned functions are admin-only",
    action: "deployFunction",
    team: null,
    input: (f) => actionTable.deployFunction!.input(f),
    expect: { teamDev: "forbidden", otherDev: "forbidden", viewer: "forbidden", admin: "ok" },
  },
];

/** Exported from "use server" modules but public by nature: they run before there is a session. */
export const publicActions: Record<string, string> = {
  signIn: "signs in; throttled and audited in better-auth's hooks",
  setupAdmin: "first run only; refuses once any user exists",
  signOut: "ends the caller's own session; signed out it only redirects",
};

type RouteRow = {
  url: (f: Fixture) => string;
  params?: (f: Fixture) => Record<string, string>;
  expect: Expect;
  team?: string | null;
};

export const routeTable: Record<string, RouteRow> = {
  "GET app/api/connection/route.ts": { url: () => "/api/connection", expect: anyUser },
  "GET app/api/functions/route.ts": { url: () => "/api/functions", expect: anyUser },
  "GET app/api/functions/teams/route.ts": { url: () => "/api/functions/teams", expect: anyUser },
  "GET app/api/functions/[name]/route.ts": {
    url: (f) => `/api/functions/${f.name}`,
    params: (f) => ({ name: f.name }),
    expect: anyUser,
  },
  "GET app/api/functions/[name]/code/route.ts": {
    url: (f) => `/api/functions/${f.name}/code`,
    params: (f) => ({ name: f.name }),
    expect: anyUser,
  },
  "GET app/api/functions/[name]/package/route.ts": {
    url: (f) => `/api/functions/${f.name}/package`,
    params: (f) => ({ name: f.name }),
    expect: anyUser,
  },
  // Type definitions for Monaco: public content, but every route of the console needs a session.
  "GET app/api/typings/aws-lambda/route.ts": {
    url: () => "/api/typings/aws-lambda",
    expect: anyUser,
  },
  // better-auth's own endpoints: get-session answers everyone (null when signed out).
  "GET app/api/auth/[...all]/route.ts": { url: () => "/api/auth/get-session", expect: everyone },
  "POST app/api/auth/[...all]/route.ts": {
    url: () => "/api/auth/sign-up/email",
    expect: {
      signedOut: "ok-but-failed",
      viewer: "ok-but-failed",
      otherDev: "ok-but-failed",
      teamDev: "ok-but-failed",
      admin: "ok-but-failed",
    },
  },
};
