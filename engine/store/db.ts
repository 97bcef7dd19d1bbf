import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type Db = Database.Database;

/**
 * Opens the engine's metadata database in WAL mode with full fsync, so a kill -9 at any moment
 * leaves each transaction either applied or not (DESIGN rule 4). Each module owns its tables and
 * passes its `CREATE … IF NOT EXISTS` statements here.
 */
export function openDatabase(dataDir: string, schemas: string[]): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, "engine.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  for (const schema of schemas) db.exec(schema);
  return db;
}
