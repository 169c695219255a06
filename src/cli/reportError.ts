/**
 * How a command that stopped with an error says so: one line,
 * `sitrep COMMAND: CODE: message`, and the exit code the catalogue gives
 * (2 usage and configuration, 1 an input failed). A failure SQLite raises
 * mid-command (a damaged page met by a query) gets its catalogue code too.
 * Anything else is a bug in sitrep, left to the caller (exit 70).
 */
import { databaseFault } from "../db/databaseFault.js";
import { SitrepError } from "../errors.js";
import { UsageError } from "./command.js";
import { printable } from "../text/printable.js";

export function reportError(err: unknown, command: string, dbFile: string | undefined, stderr: NodeJS.WritableStream): number | null {
  const e = err instanceof SitrepError ? err : databaseFault(err, dbFile ?? "(database)");
  if (!e) return null;
  const help = err instanceof UsageError ? ` (see sitrep ${command} --help)` : "";
  stderr.write(`sitrep ${command}: ${e.code}: ${oneLine(e.message)}${help}\n`);
  return e.exitCode;
}

/** One line, control characters shown escaped (a file name may hold a terminal escape). */
function oneLine(s: string): string {
  return printable(s.replace(/\s*[\r\n]+\s*/g, " "));
}
