import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway DATA_DIR for the console database. Call before anything reads lib/env (it caches).
 * Users and sessions are real: created and signed in through better-auth, and the session
 * cookie it sets is replayed through the request-headers seam.
 */
export function makeTempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "functionary-auth-"));
  process.env.DATA_DIR = dir;
  delete process.env.BETTER_AUTH_SECRET;
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Signs in through better-auth's server API and returns request headers carrying the cookie. */
export async function signInHeaders(
  email: string,
  password: string,
  address = "127.0.0.1",
): Promise<Headers> {
  const { getAuth } = await import("@/lib/auth/auth");
  const auth = await getAuth();
  const reqHeaders = new Headers({ "x-forwarded-for": address });
  const { headers } = await auth.api.signInEmail({
    body: { email, password },
    headers: reqHeaders,
    returnHeaders: true,
  });
  const cookies = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie: cookies, "x-forwarded-for": address });
}
