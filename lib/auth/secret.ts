import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/data-dir";
import { serverEnv } from "@/lib/env";

/**
 * BETTER_AUTH_SECRET when configured; otherwise a random one made on first run and kept in
 * `$DATA_DIR/auth-secret` (mode 600), so sessions survive restarts and no default ever ships.
 */
export function authSecret(): string {
  const configured = serverEnv().BETTER_AUTH_SECRET;
  if (configured) return configured;
  const file = path.join(dataDir(), "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two processes starting at once cannot both write; the loser reads the winner's.
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), {
      flag: "wx",
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32)
    throw new Error(`${file} holds no usable secret; delete it to make a new one.`);
  return secret;
}
