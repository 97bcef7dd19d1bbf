import "server-only";
import { consoleDb } from "@/lib/db/console-db";

/** Failed sign-ins allowed in the window, per account and per client address. */
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

type Check = { allowed: true } | { allowed: false; message: string; retryAfterSeconds: number };

function blockedUntil(column: "email" | "address", value: string, limit: number, now: number) {
  const since = now - THROTTLE.windowMs;
  const rows = consoleDb()
    .prepare(
      `SELECT at FROM sign_in_failure WHERE ${column} = ? AND at > ? ORDER BY at DESC LIMIT ?`,
    )
    .all(value, since, limit) as { at: number }[];
  // Blocked until the oldest of the last `limit` failures leaves the window.
  return rows.length < limit ? 0 : rows[rows.length - 1]!.at + THROTTLE.windowMs;
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** May this address try to sign in to this account now? */
export function checkSignIn(email: string, address: string, now = Date.now()): Check {
  const account = blockedUntil("email", email.toLowerCase(), THROTTLE.perAccount, now);
  const from = blockedUntil("address", address, THROTTLE.perAddress, now);
  const until = Math.max(account, from);
  if (until <= now) return { allowed: true };
  const wait = minutes(until - now);
  const who = account >= from ? "this account" : "your address";
  return {
    allowed: false,
    retryAfterSeconds: Math.ceil((until - now) / 1000),
    message: `Too many failed sign-in attempts for ${who}. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`,
  };
}

export function recordSignInFailure(email: string, address: string, now = Date.now()) {
  const db = consoleDb();
  db.prepare("INSERT INTO sign_in_failure (at, email, address) VALUES (?, ?, ?)").run(
    now,
    email.toLowerCase(),
    address,
  );
  db.prepare("DELETE FROM sign_in_failure WHERE at < ?").run(now - THROTTLE.windowMs);
}

/** A successful sign-in forgives the account's earlier failures (not the address's). */
export function clearAccountFailures(email: string) {
  consoleDb().prepare("DELETE FROM sign_in_failure WHERE email = ?").run(email.toLowerCase());
}
