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
import { kindRegistry } from "../kinds.js";
import { dropCheck } from "./dropCheck.js";

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * What a migration needs beyond SQL, run just before its file in the same
 * transaction: SQLite cannot drop a CHECK, so v5 rebuilds `events` without
 * the one that listed the kinds (the registry's triggers replace it).
 */
const BEFORE: Record<number, (db: Db) => void> = {
  5: (db) => dropCheck(db, "events", /\s*CHECK\s*\(\s*kind\s+IN\s*\([^)]*\)\s*\)/i),
};

/** The migrations shipped in `db/`, sorted by number. */
export function loadMigrations(dir = join(packageRoot(), "db")): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)_([\w-]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, m[0]), "utf8") }))
    .sort((a, b) => a.version - b.version)
    .map((m, i, all) => {
      // Two files of one number (from two branches) would leave one unapplied: refuse to start instead.
      if (i > 0 && all[i - 1]!.version === m.version) throw new Error(`${dir}: two migrations numbered ${m.version} (${all[i - 1]!.name}, ${m.name}); renumber one`);
      return m;
    });
}

/** The kind registry's ids, for the triggers that refuse any other kind (db/005_kinds.sql). */
function syncKinds(db: Db): void {
  const kinds = kindRegistry().list;
  const known = db.prepare("SELECT id, description FROM event_kinds ORDER BY id").all() as Array<{ id: string; description: string }>;
  const wanted = kinds.map((k) => ({ id: k.id, description: k.description })).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (JSON.stringify(known) === JSON.stringify(wanted)) return; // the usual case: no write, no lock
  db.transaction(() => {
    db.prepare("DELETE FROM event_kinds").run();
    const insert = db.prepare("INSERT INTO event_kinds (id, description) VALUES (?, ?)");
    for (const k of wanted) insert.run(k.id, k.description);
  }).immediate();
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
    // Foreign keys go on after migrating: a table rebuilt by a migration must not cascade its drop.
    db.pragma("foreign_keys = OFF");
    for (const m of migrations) {
      if (m.version <= current) continue;
      // BEGIN IMMEDIATE so two processes migrating at once serialise; the
      // re-check inside skips what the other one already applied.
      db.transaction(() => {
        const now = db.pragma("user_version", { simple: true }) as number;
        if (now >= m.version) return;
        BEFORE[m.version]?.(db);
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
    db.pragma("foreign_keys = ON");
    if ((db.pragma("user_version", { simple: true }) as number) >= 5) syncKinds(db);
  }
  return db;
}
