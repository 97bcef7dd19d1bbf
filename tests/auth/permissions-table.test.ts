import fs from "node:fs";
import path from "node:path";
import { CreateFunctionCommand, GetFunctionCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEngine, TEST_ROLE, zip, type TestEngine } from "../../engine/testing/test-engine";
import { signInHeaders, makeTempDataDir } from "./harness";
import {
  actionTable,
  identities,
  routeTable,
  type Identity,
  type Outcome,
  type Fixture,
} from "./permissions-table";

/**
 * Every server action in `actionRegistry` and every route handler under app/api, called as each
 * identity against a real engine with real better-auth sessions, must be allowed or refused
 * exactly as the table says. A new action or route without a table entry fails here.
 */
const data = makeTempDataDir();
let engine: TestEngine;
const headersOf = new Map<Identity, Headers>();
const root = path.resolve(import.meta.dirname, "../..");

const { withRequestHeaders } = await import("@/lib/auth/request-headers");
const { createUser } = await import("@/lib/auth/users");

/** Every "use server" module of the console, imported so each defineAction registers itself. */
function serverActionModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (
        /\.tsx?$/.test(e.name) &&
        !e.name.endsWith(".test.ts") &&
        /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8"))
      )
        out.push(full);
    }
  };
  walk(path.join(root, "lib"));
  walk(path.join(root, "app"));
  return out;
}

function routeFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/^route\.tsx?$/.test(e.name))
        out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(path.join(root, "app"));
  return out.sort();
}

const modules = serverActionModules();
const exported = new Map<string, unknown>();
for (const file of modules) {
  const mod = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod))
    exported.set(`${path.relative(root, file)}#${name}`, value);
}
const { actionRegistry } = await import("@/lib/actions/action-client");
const { publicActions, teamRuleCases } = await import("./permissions-table");

let counter = 0;
async function makeFixture(team: string | undefined, needs?: "user"): Promise<Fixture> {
  const name = `perm-${Date.now().toString(36)}-${counter++}`;
  // Account actions need a user to act on, not a function (each user costs a password hash).
  if (needs === "user")
    return { name, revisionId: "", newName: name, userId: (await scratchUser()).id };
  await engine.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Role: TEST_ROLE,
      Code: { ZipFile: zip({ "index.mjs": "export const handler = async () => 'hi';" }) },
      Tags: team ? { team } : undefined,
    }),
  );
  await engine.waitReady(name);
  const revisionId =
    (await engine.lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration
      ?.RevisionId ?? "";
  return { name, revisionId, newName: `${name}-new`, userId: "" };
}

const noFunction: Fixture = { name: "none", revisionId: "", newName: "none", userId: "" };

const scratchUser = () =>
  createUser({
    email: `scratch-${Date.now().toString(36)}-${counter++}@example.com`,
    password: "scratch password",
    role: "viewer",
    teams: [],
  });

beforeAll(async () => {
  engine = await startTestEngine();
  process.env.FUNCTIONARY_ENGINE_URL = engine.url;
  for (const id of identities) {
    if (id === "signedOut") {
      headersOf.set(id, new Headers());
      continue;
    }
    const spec = {
      viewer: ["viewer", []],
      otherDev: ["developer", ["other"]],
      teamDev: ["developer", ["alpha"]],
      admin: ["admin", []],
    } as const;
    const [role, teams] = spec[id];
    const email = `${id.toLowerCase()}@example.com`;
    await createUser({ email, password: "table password", role, teams: [...teams] });
    headersOf.set(id, await signInHeaders(email, "table password"));
  }
}, 120_000);

afterAll(async () => {
  await engine?.close();
  data.cleanup();
});

const classify = (r: { ok: boolean; error?: { code: string; message: string } }): Outcome =>
  r.ok
    ? "ok"
    : r.error?.code === "unauthorized"
      ? "unauthorized"
      : r.error?.code === "forbidden"
        ? "forbidden"
        : "ok-but-failed";

describe("server actions", () => {
  it("every exported server action is built with defineAction or declared public", () => {
    const registered = new Set([...actionRegistry.values()].map((e) => e.action));
    const unguarded = [...exported].filter(
      ([key, fn]) =>
        typeof fn === "function" &&
        !registered.has(fn as never) &&
        !publicActions[key.split("#")[1]!],
    );
    expect(unguarded.map(([k]) => k)).toEqual([]);
  });

  it("every registered action has a table entry, and every entry an action", () => {
    expect([...actionRegistry.keys()].sort()).toEqual(Object.keys(actionTable).sort());
  });

  for (const [name, row] of Object.entries(actionTable)) {
    describe(name, () => {
      for (const id of identities) {
        it(`${id} → ${row.expect[id]}`, async () => {
          const entry = actionRegistry.get(name);
          expect(entry, `${name} is not registered`).toBeDefined();
          const fixture = await makeFixture(
            row.team === undefined ? "alpha" : (row.team ?? undefined),
            row.needs,
          );
          const result = await withRequestHeaders(headersOf.get(id)!, () =>
            entry!.action(row.input(fixture) as never),
          );
          const got = classify(result);
          expect(got, JSON.stringify(result)).toBe(row.expect[id]);
        });
      }
    });
  }
});

describe("team rule", () => {
  for (const c of teamRuleCases) {
    for (const [id, expected] of Object.entries(c.expect) as [Identity, Outcome][]) {
      it(`${c.title}: ${id} → ${expected}`, async () => {
        const fixture = await makeFixture(c.team ?? undefined);
        const result = await withRequestHeaders(headersOf.get(id)!, () =>
          actionRegistry.get(c.action)!.action(c.input(fixture) as never),
        );
        expect(classify(result), JSON.stringify(result)).toBe(expected);
      });
    }
  }
});

describe("route handlers", () => {
  const files = routeFiles();

  it("every route handler has a table entry, and every entry a route", async () => {
    const found: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (typeof mod[method] === "function") found.push(`${method} ${file}`);
    }
    expect(found.sort()).toEqual(Object.keys(routeTable).sort());
  });

  for (const [key, row] of Object.entries(routeTable)) {
    describe(key, () => {
      for (const id of identities) {
        it(`${id} → ${row.expect[id]}`, async () => {
          const [method, file] = key.split(" ") as [string, string];
          const mod = (await import(path.join(root, file))) as Record<
            string,
            (req: Request, ctx: unknown) => Promise<Response>
          >;
          // Routes without a function in their path need no function (creating one costs).
          const fixture = row.params
            ? await makeFixture(row.team === undefined ? "alpha" : (row.team ?? undefined))
            : noFunction;
          const req = new Request(`http://localhost${row.url(fixture)}`, {
            method,
            headers: headersOf.get(id),
          });
          const res = await withRequestHeaders(headersOf.get(id)!, () =>
            mod[method]!(req, { params: Promise.resolve(row.params?.(fixture) ?? {}) }),
          );
          const got: Outcome =
            res.status === 401
              ? "unauthorized"
              : res.status === 403
                ? "forbidden"
                : res.ok
                  ? "ok"
                  : "ok-but-failed";
          expect(got, `${res.status} ${await res.text().catch(() => "")}`.slice(0, 300)).toBe(
            row.expect[id],
          );
        });
      }
    });
  }
});
