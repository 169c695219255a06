/**
 * sitrep's errors: one catalogue of every code it prints (what it means,
 * what to do, and the exit code it leads to), and the error type that
 * carries a code. The CLI prints `code: message` on one line; the README's
 * error table is generated from ERRORS (scripts/update-readme-errors.mjs),
 * and a test fails when the two differ or when code uses a code the
 * catalogue lacks.
 *
 * Exit codes, everywhere: 2 = usage or configuration (nothing was done, fix
 * the command or its files), 1 = some input failed (the rest was done),
 * 70 = a bug in sitrep.
 */

export interface ErrorSpec {
  /** When it happens (a README table cell). */
  what: string;
  /** What the user should do (printed after the message by `fail`). */
  advice: string;
  /** Exit code: 2 usage/configuration, 1 an input failed, 70 a bug in sitrep. */
  exit: 1 | 2 | 70;
  /** `input`: reported per file or record while the batch goes on; `command`: the command stops. */
  scope: "input" | "command";
}

export const ERRORS = {
  // Inputs: one line `path[:line]: CODE: reason` each; the batch goes on.
  E_EMPTY: {
    what: "empty, only white space, a BOM, template tags or a date line; a dump without records; a record with empty `text`",
    advice: "nothing to ingest",
    exit: 1,
    scope: "input",
  },
  E_BINARY: {
    what: "NUL bytes inside the text, or mostly control bytes (a trailing run of NULs is dropped with a warning)",
    advice: "leave it out, or convert it to text",
    exit: 1,
    scope: "input",
  },
  E_TOO_LARGE: { what: "a file or dump record over `--max-article-kb` (default 1024)", advice: "split it into articles, or raise the limit", exit: 1, scope: "input" },
  E_JSON: { what: "a dump line that is not JSON", advice: "fix or remove the line", exit: 1, scope: "input" },
  E_SHAPE: { what: "a dump line that is not an object with a string `text` (and a string or number `id`)", advice: "fix or remove the line", exit: 1, scope: "input" },
  E_GZIP: { what: "a `.gz` that is not gzip, or is cut short (the records before the cut are read)", advice: "fetch or compress it again", exit: 1, scope: "input" },
  E_UNSUPPORTED: { what: "a file named on the command line that is not `.txt`, `.jsonl`, `.jsonl.gz` or `.ndjson`", advice: "rename it, or leave it out", exit: 1, scope: "input" },
  E_NOT_FILE: { what: "a named pipe, device or folder where a file was expected", advice: "leave it out", exit: 1, scope: "input" },
  E_READ: { what: "permission denied, or a symbolic link loop", advice: "fix the permissions or the link", exit: 1, scope: "input" },
  E_NOT_FOUND: {
    what: "a path on the command line that does not exist (nothing is ingested, no database is made); a file that vanishes during the run fails alone, exit 1",
    advice: "check the path",
    exit: 2,
    scope: "command",
  },
  E_DUPLICATE_KEY: {
    what: "two inputs of one run with the same article key (`d1/a.txt` and `d2/a.txt`; a `.txt` and a dump id; ids `7` and `\"7\"`): the second is refused",
    advice: "rename one, or use --key path for keys from the relative path",
    exit: 1,
    scope: "input",
  },
  E_TIMEOUT: {
    what: "reading one article (a `.txt` file, or a dump up to its next record) or parsing it took over `--article-timeout` seconds (60)",
    advice: "split the article or check the file, or raise the limit",
    exit: 1,
    scope: "input",
  },
  E_MEMORY: {
    what: "cleaning and parsing one article needed more memory than an article may use (a parse thread's heap: 128 MB + 224 MB per MB of `--max-article-kb`, 352 MB by default)",
    advice: "split the article, or raise --max-article-kb",
    exit: 1,
    scope: "input",
  },
  E_WORKER: { what: "the worker thread parsing the article died", advice: "ingest the file again alone; report it if it fails again", exit: 1, scope: "input" },
  E_STORE: { what: "the article could not be stored (a bug)", advice: "report the bug with the file", exit: 1, scope: "input" },
  E_DB_WRITE: { what: "the database could not be written (disk full, locked)", advice: "free space or close the other program, and ingest again", exit: 1, scope: "input" },
  E_INTERNAL: { what: "a bug in sitrep", advice: "report it with the command and the file", exit: 1, scope: "input" },

  // Commands: `sitrep COMMAND: CODE: message`, and the command stops.
  E_USAGE: { what: "a missing or malformed option or argument", advice: "see sitrep COMMAND --help", exit: 2, scope: "command" },
  E_UNKNOWN_OPTION: { what: "an option the command does not have (a close one is suggested)", advice: "see sitrep COMMAND --help", exit: 2, scope: "command" },
  E_FORMAT: { what: "a `--format` the command does not write (the message names the ones it does)", advice: "see sitrep COMMAND --help", exit: 2, scope: "command" },
  E_LEXICON: {
    what: "a file in `lexicons/` that is not valid JSON, has an emptied list or a malformed entry (checked before any article is read)",
    advice: "fix the file named (or git checkout lexicons/)",
    exit: 2,
    scope: "command",
  },
  E_NO_DB: { what: "a read command's `--db` file does not exist (read commands never create one)", advice: "check --db, or run sitrep ingest first", exit: 2, scope: "command" },
  E_DB_NOT_SQLITE: { what: "`--db` is not an SQLite database", advice: "check --db: it names another kind of file", exit: 2, scope: "command" },
  E_DB_CORRUPT: { what: "the database is damaged or cut short", advice: "restore it from a copy, or ingest again into a new --db", exit: 2, scope: "command" },
  E_DB_READONLY: {
    what: "a command that writes (ingest, extract) on a database it may not write, or an old database that needs an upgrade in a read-only folder",
    advice: "make the file and its folder writable, or copy it elsewhere",
    exit: 2,
    scope: "command",
  },
  E_DB_OPEN: { what: "the database cannot be opened (permissions, a folder in its place)", advice: "check --db and its permissions", exit: 2, scope: "command" },
  E_DB_NEWER: { what: "the database was made by a newer sitrep", advice: "upgrade sitrep, or use another --db (the database was not changed)", exit: 2, scope: "command" },
  E_NO_RUN: { what: "`--run N` (or a `diff` argument) names no run", advice: "see sitrep runs for the run numbers", exit: 2, scope: "command" },
  E_NO_EVENT: { what: "`show` names no event (by id or `ARTICLE#N`)", advice: "see sitrep query for the ids", exit: 2, scope: "command" },
  E_NO_ARTICLE: { what: "`explain` names no stored article", advice: "see sitrep query or sitrep export for the article keys", exit: 2, scope: "command" },
  E_TEXT_EMPTY: { what: "`query --text` holds no word to search for", advice: "give at least one word", exit: 2, scope: "command" },
  E_NO_INCIDENT: { what: "`show --incident`, `query --incident` or `incidents --merge/--split` names no incident (or an event in none)", advice: "see sitrep incidents for the ids", exit: 2, scope: "command" },
  E_NO_GOLD: { what: "`eval --gold` names no folder, or a folder without `.json` files", advice: "check the path (test/fixtures/gold holds an example)", exit: 2, scope: "command" },
  E_GOLD: { what: "a gold or answer file that is not valid JSON or not GUIDELINES §5's shape, or names an article twice", advice: "fix the file named", exit: 2, scope: "command" },

  // Checks of sitrep's own invariants in the date layer: seeing one is a bug (exit 70).
  DATES_E001: { what: "a date that is not YYYY-MM-DD reached the date layer", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E002: { what: "an impossible calendar date reached the date layer", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E010: { what: "a news refiner ran without its context", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E020: { what: "the date resolver got a reference date that is not YYYY-MM-DD", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E021: { what: "the date resolver got a publication date that is not YYYY-MM-DD", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E022: { what: "the date resolver got a sentence outside its text", advice: "report the bug", exit: 70, scope: "command" },
  DATES_E023: { what: "the date resolver got a today that is not YYYY-MM-DD", advice: "report the bug", exit: 70, scope: "command" },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERRORS, code);
}

/** An error with a catalogue code: the CLI prints `code: message` on one line. */
export class SitrepError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SitrepError";
  }

  /** The exit code a command that stops with this error returns. */
  get exitCode(): 1 | 2 | 70 {
    return ERRORS[this.code].exit;
  }
}

/** A SitrepError whose message is `detail` followed by the catalogue's advice. */
export function fail(code: ErrorCode, detail: string): SitrepError {
  return new SitrepError(code, `${detail}: ${ERRORS[code].advice}`);
}

/** The README's error table (markdown), generated from the catalogue. */
export function errorTableMarkdown(): string {
  const rows = Object.entries(ERRORS as Record<string, ErrorSpec>).map(
    ([code, e]) => `| \`${code}\` | ${e.scope === "input" ? "per input" : "command stops"}, exit ${e.exit} | ${e.what} | ${e.advice} |`,
  );
  return ["| code | effect | when | what to do |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}
