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
