import "server-only";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { nextCookies } from "better-auth/next-js";
import { consoleDb } from "@/lib/db/console-db";
import { serverEnv } from "@/lib/env";
import { signInHooks } from "./sign-in-hooks";
import { authSecret } from "./secret";

/** The better-auth configuration: email + password, no public sign-up, role and teams per user. */
function options() {
  const env = serverEnv();
  const idle = env.FUNCTIONARY_SESSION_IDLE_MINUTES;
  return {
    appName: "Functionary",
    database: consoleDb(),
    secret: authSecret(),
    baseURL: env.BETTER_AUTH_URL,
    basePath: "/api/auth",
    // The machine may be offline, and nothing about users leaves it.
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts come from /setup, the admin page or `npm run users`, never self-service.
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
    },
    user: {
      additionalFields: {
        // input: false — no better-auth endpoint (update-user…) lets a user set these.
        role: { type: "string", required: true, defaultValue: "viewer", input: false },
        teams: { type: "string[]", required: false, defaultValue: [], input: false },
      },
    },
    session: idle
      ? // Idle expiry: each use (at most once a minute) pushes expiry `idle` minutes ahead.
        { expiresIn: idle * 60, updateAge: 60 }
      : { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    // Per-address limiter of better-auth's HTTP handler; per-account throttling is in the hooks.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      customRules: { "/sign-in/email": { window: 60, max: 20 } },
    },
    hooks: signInHooks,
    advanced: {
      cookiePrefix: "functionary",
      // HttpOnly + SameSite=Lax always; Secure when the console is served over https.
      useSecureCookies: env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    logger: { level: "error" },
    plugins: [nextCookies()],
  } satisfies BetterAuthOptions;
}

function create() {
  const opts = options();
  return { auth: betterAuth(opts), opts };
}
type Instance = ReturnType<typeof create>;
export type Auth = Instance["auth"];

const key = Symbol.for("functionary.auth");
const store = globalThis as unknown as Record<symbol, Promise<Auth> | undefined>;

/** The auth instance, with better-auth's tables migrated once per process before first use. */
export function getAuth(): Promise<Auth> {
  store[key] ??= (async () => {
    const { auth, opts } = create();
    const { runMigrations } = await getMigrations(opts);
    await runMigrations();
    return auth;
  })().catch((error) => {
    store[key] = undefined;
    throw error;
  });
  return store[key];
}
