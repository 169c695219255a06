/**
 * Opens the SQLite database and brings its schema up to date from the
 * numbered `db/NNN_name.sql` migrations. Each migration runs in one
 * transaction together with the `user_version` bump that records it, so a
 * crash mid-migration leaves the previous version intact. A database made by
 * a newer sitrep (higher user_version than we know) is refused untouched.
 *
 * Read commands use `openForReading`: it never creates a file or folder
 * (a mistyped --db is E_NO_DB, not an empty database) and opens read-only,
 * so a database in a read-only folder can be queried. Every SQLite failure
 * here becomes a catalogue error naming the file (not SQLite, damaged, read-only).
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { packageRoot } from "../packageRoot.js";
import { fail, SitrepError } from "../errors.js";
import { kindRegistry } from "../kinds.js";
import { dropCheck } from "./dropCheck.js";
import { databaseFault } from "./databaseFault.js";

export { databaseFault };

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
      if (i > 0 && all[i - 1]!.version === m.version) throw new SitrepError("E_INTERNAL", `${dir}: two migrations numbered ${m.version} (${all[i - 1]!.name}, ${m.name}); renumber one`);
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
  try {
    return openAndMigrate(file, options);
  } catch (err) {
    throw dbError(err, file);
  }
}

function openAndMigrate(file: string, options: OpenOptions): Db {
  const migrations = options.migrations ?? loadMigrations();
  const latest = migrations.at(-1)?.version ?? 0;
  if (!options.readonly && file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    // Another process (a second ingest, a query) may hold the write lock; wait
    // rather than fail at once.
    db.pragma("busy_timeout = 30000");
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > latest) throw newerError(file, current, latest);
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
  } catch (err) {
    db.close();
    throw err;
  }
}

function newerError(file: string, current: number, latest: number): SitrepError {
  return new SitrepError(
    "E_DB_NEWER",
    `database ${file} has schema version ${current}, newer than this sitrep knows (${latest}); ` +
      `upgrade sitrep or use another --db. The database was not changed.`,
  );
}

/**
 * For commands that only read: the database must exist (E_NO_DB otherwise,
 * and nothing is created). It is opened read-only; one made by an older
 * sitrep is first brought up to date (which needs write access). In a
 * folder SQLite may not write, a WAL database cannot be opened in place
 * (its shared-memory file cannot be made), so it is read into memory.
 */
export function openForReading(file: string, migrations = loadMigrations()): Db {
  if (file === ":memory:") return openDatabase(file, { migrations });
  if (!existsSync(file)) throw fail("E_NO_DB", `there is no database at ${file}`);
  if (statSync(file).isDirectory()) throw fail("E_DB_OPEN", `${file} is a folder, not a database file`);
  const latest = migrations.at(-1)?.version ?? 0;
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.pragma("busy_timeout = 30000");
      checkWhole(db, file);
    } catch (err) {
      db.close();
      throw err;
    }
  } catch (err) {
    const e = err as { code?: unknown };
    if (e.code !== "SQLITE_READONLY_DIRECTORY" && e.code !== "SQLITE_CANTOPEN") throw dbError(err, file);
    db = inMemoryCopy(file);
  }
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > latest) {
    db.close();
    throw newerError(file, current, latest);
  }
  if (current < latest) {
    db.close();
    return openDatabase(file, { migrations });
  }
  return db;
}

/** Reads the header (not SQLite → NOTADB) and checks the file is as long as the header says (cut short → corrupt). */
function checkWhole(db: Db, file: string, bytes = statSync(file).size): void {
  db.pragma("user_version", { simple: true });
  const expected = (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
  // With a -wal file beside it, recent pages live there, so the main file may be shorter.
  if (!existsSync(`${file}-wal`) && bytes < expected) throw fail("E_DB_CORRUPT", `database ${file} is cut short (${bytes} bytes, its header says ${expected})`);
}

function inMemoryCopy(file: string): Db {
  try {
    const bytes = readFileSync(file);
    // Bytes 18–19 say "WAL"; an in-memory database cannot use WAL, and nothing is written back.
    if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
    const db = new Database(bytes, { readonly: true });
    checkWhole(db, file, bytes.length);
    return db;
  } catch (err) {
    throw dbError(err, file);
  }
}

/** A catalogue error for a failure to open the database `file`. */
export function dbError(err: unknown, file: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const message = String((err as { message?: unknown }).message ?? err);
  return databaseFault(err, file) ?? fail("E_DB_OPEN", `cannot open database ${file}${message ? ` (${message})` : ""}`);
}
