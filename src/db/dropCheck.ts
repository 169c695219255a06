/**
 * Removes a CHECK constraint from a table, which SQLite's ALTER TABLE
 * cannot do: the table is rebuilt from its own stored definition minus the
 * constraint (SQLite's documented procedure: create, copy, drop, rename),
 * so every column — those other migrations added too — is kept, with its
 * rows, ids, indexes and triggers. Runs inside a migration's transaction,
 * with foreign keys off (openDatabase turns them on after migrating), so
 * dropping the old table cascades to nothing.
 */
import { SitrepError } from "../errors.js";
import type Database from "better-sqlite3";

type Db = Database.Database;

export function dropCheck(db: Db, table: string, check: RegExp): void {
  const create = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined;
  if (!create) throw new SitrepError("E_INTERNAL", `migration: no table ${table}`);
  const without = create.replace(check, "");
  if (without === create) return; // already gone
  const temp = `${table}__rebuilt`;
  const dependents = db
    .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL")
    .pluck()
    .all(table) as string[];
  const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?").pluck().get(table) as number | undefined;
  const head = /^CREATE TABLE\s+("?)(\w+)\1/i;
  if (!head.test(without)) throw new SitrepError("E_INTERNAL", `migration: cannot read the definition of ${table}`);
  db.exec(without.replace(head, `CREATE TABLE "${temp}"`));
  db.exec(`INSERT INTO "${temp}" SELECT * FROM "${table}"`);
  db.exec(`DROP TABLE "${table}"`);
  // Views name the table, which is gone for a moment: the legacy rename does not re-check them.
  db.pragma("legacy_alter_table = ON");
  try {
    db.exec(`ALTER TABLE "${temp}" RENAME TO "${table}"`);
  } finally {
    db.pragma("legacy_alter_table = OFF");
  }
  for (const sql of dependents) db.exec(sql);
  // Ids are never reused: keep the AUTOINCREMENT counter where it was.
  if (seq !== undefined) db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = ?").run(seq, table);
}
