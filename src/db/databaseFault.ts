/**
 * A failure SQLite raised, as the catalogue's error for it (or null when it
 * is none of these). Apart from openDatabase.ts so that the CLI's error
 * report can use it without loading better-sqlite3.
 */
import { fail, type SitrepError } from "../errors.js";

/** The catalogue error for an SQLite failure that is the database file's fault (not SQLite, damaged, read-only, disk full), else null. */
export function databaseFault(err: unknown, file: string): SitrepError | null {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const message = String(e.message ?? err);
  if (code === "SQLITE_NOTADB") return fail("E_DB_NOT_SQLITE", `${file} is not an SQLite database (${message})`);
  if (code.startsWith("SQLITE_CORRUPT")) return fail("E_DB_CORRUPT", `database ${file} is damaged (${message})`);
  if (code.startsWith("SQLITE_READONLY")) return fail("E_DB_READONLY", `cannot write database ${file} (${message})`);
  if (code === "SQLITE_FULL") return fail("E_DB_WRITE", `cannot write database ${file}: the disk is full`);
  if (code === "SQLITE_CANTOPEN" || code.startsWith("SQLITE_IOERR")) return fail("E_DB_OPEN", `cannot read database ${file} (${message})`);
  return null;
}
