/**
 * Opens the SQLite database and brings its schema up to date from the
 * numbered `db/NNN_name.sql` migrations. Each migration runs in one
 * transaction together with the `user_version` bump that records it, so a
 * crash mid-migration leaves the previous version intact. A database made by
 * a newer sitrep (higher user_version than we know) is refused untouched.
 */
import Database from "better-sqlite3";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { packageRoot } from "../packageRoot.js";
import { SitrepError } from "../errors.js";

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped in `db/`, sorted by number. */
export function loadMigrations(dir = join(packageRoot(), "db")): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)_([\w-]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, m[0]), "utf8") }))
    .sort((a, b) => a.version - b.version);
}

export interface OpenOptions {
  readonly?: boolean;
  migrations?: Migration[];
}

/** Opens (creating if needed) and migrates the database at `file`. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? loadMigrations();
  const latest = migrations.at(-1)?.version ?? 0;
  if (!options.readonly && file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new SitrepError("E_DB_OPEN", `cannot open database ${file}: ${(err as Error).message}`);
  }
  // Another process (a second ingest, a query) may hold the write lock; wait
  // rather than fail at once.
  db.pragma("busy_timeout = 30000");
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > latest) {
    db.close();
    throw new SitrepError(
      "E_DB_NEWER",
      `database ${file} has schema version ${current}, newer than this sitrep knows (${latest}); ` +
        `upgrade sitrep or use another --db. The database was not changed.`,
    );
  }
  if (!options.readonly) {
    if (file !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    for (const m of migrations) {
      if (m.version <= current) continue;
      // BEGIN IMMEDIATE so two processes migrating at once serialise; the
      // re-check inside skips what the other one already applied.
      db.transaction(() => {
        const now = db.pragma("user_version", { simple: true }) as number;
        if (now >= m.version) return;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  }
  return db;
}
