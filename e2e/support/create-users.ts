// Creates the e2e accounts in DATA_DIR and saves a signed-in Playwright storage state for each,
// in ONE process: `npm run users -- add` per user cost ≈10 s each (tsx + module load) on a busy
// 2-core machine. Same code as the CLI (newUserSchema, createUser, better-auth's signInEmail).
// Run as: node --conditions=react-server --import tsx e2e/support/create-users.ts <json>
// where <json> is [{ email, password, role, teams, state? }]; `state` is the file to write.
import fs from "node:fs";
import { getAuth } from "@/lib/auth/auth";
import { newUserSchema } from "@/lib/auth/schemas";
import { createUser, findUserByEmail } from "@/lib/auth/users";

type Spec = { email: string; password: string; role: string; teams: string[]; state?: string };

/** "a=b; Max-Age=60; Path=/; HttpOnly; SameSite=Lax" → a Playwright cookie for localhost. */
function toCookie(header: string) {
  const [pair = "", ...attrs] = header.split(";").map((s) => s.trim());
  const eq = pair.indexOf("=");
  const attr = (name: string) =>
    attrs.find((a) => a.toLowerCase().startsWith(name.toLowerCase()))?.split("=")[1];
  const maxAge = Number(attr("Max-Age") ?? NaN);
  const sameSite = attr("SameSite")?.toLowerCase();
  return {
    name: pair.slice(0, eq),
    value: pair.slice(eq + 1),
    domain: "localhost",
    path: attr("Path") ?? "/",
    expires: Number.isFinite(maxAge) ? Math.floor(Date.now() / 1000) + maxAge : -1,
    httpOnly: attrs.some((a) => a.toLowerCase() === "httponly"),
    secure: attrs.some((a) => a.toLowerCase() === "secure"),
    sameSite: sameSite === "strict" ? "Strict" : sameSite === "none" ? "None" : "Lax",
  };
}

const specs = JSON.parse(process.argv[2] ?? "[]") as Spec[];
const auth = await getAuth();
for (const spec of specs) {
  const input = newUserSchema.parse({ ...spec, name: undefined });
  if (!(await findUserByEmail(spec.email))) await createUser(input);
  if (!spec.state) continue;
  const { headers } = await auth.api.signInEmail({
    body: { email: spec.email, password: spec.password, rememberMe: true },
    headers: new Headers({ "x-forwarded-for": "127.0.0.1" }),
    returnHeaders: true,
  });
  const cookies = headers.getSetCookie().map(toCookie);
  if (!cookies.some((c) => c.name.endsWith("session_token")))
    throw new Error(`no session cookie for ${spec.email}`);
  fs.writeFileSync(spec.state, JSON.stringify({ cookies, origins: [] }, null, 2));
}
console.log(`${specs.length} e2e users ready`);
