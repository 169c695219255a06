/**
 * Prepared statements cached per connection: better-sqlite3's prepare()
 * compiles the SQL each time, which costs more than running a small insert.
 */
import type { Statement } from "better-sqlite3";
import type { Db } from "./openDatabase.js";

const cache = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let s = forDb.get(sql);
  if (!s) forDb.set(sql, (s = db.prepare(sql)));
  return s;
}

const ROWS_PER_INSERT = 50;

/**
 * Inserts many rows with multi-row INSERT statements (up to 50 rows each):
 * one statement per row spends most of its time outside SQLite.
 */
export function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly unknown[][]): void {
  const one = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    statement(db, `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array(chunk.length).fill(one).join(", ")}`).run(chunk.flat());
  }
}
