import "server-only";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";
import { migrateConsoleTables } from "./schema";

type Db = Database.Database;

/**
 * One connection per process to `$DATA_DIR/console.sqlite` (users, sessions, audit log). Kept on
 * globalThis because Next may load this module once per route bundle, and two connections
 * would each hold their own WAL reader state for no gain.
 */
const key = Symbol.for("functionary.console-db");
const store = globalThis as unknown as Record<symbol, Map<string, Db> | undefined>;

export function consoleDb(): Db {
  const file = path.join(dataDir(), "console.sqlite");
  const open = (store[key] ??= new Map());
  let db = open.get(file);
  if (!db) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    // WAL: readers never block the writer; NORMAL is durable across process crashes in WAL mode.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    migrateConsoleTables(db);
    open.set(file, db);
  }
  return db;
}
