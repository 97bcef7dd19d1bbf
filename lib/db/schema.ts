import "server-only";
import type Database from "better-sqlite3";

/**
 * The console's own tables. better-auth's tables (user, session, account, verification) are
 * created by its migration API in lib/auth/auth.ts; these are additive and idempotent.
 */
export function migrateConsoleTables(db: Database.Database) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor_id TEXT,
      actor_email TEXT,
      action TEXT NOT NULL,
      function_name TEXT,
      target_user TEXT,
      result TEXT NOT NULL,
      message TEXT,
      details TEXT
    );
    CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at DESC);
    CREATE INDEX IF NOT EXISTS audit_log_function ON audit_log (function_name, at DESC);
    CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor_email, at DESC);

    CREATE TABLE IF NOT EXISTS sign_in_failure (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      email TEXT NOT NULL,
      address TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sign_in_failure_email ON sign_in_failure (email, at);
    CREATE INDEX IF NOT EXISTS sign_in_failure_address ON sign_in_failure (address, at);
  `);
}
