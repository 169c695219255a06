/**
 * CSV for every command that writes it: RFC 4180 by csv-stringify, one header row, CRLF line ends.
 *
 * Spreadsheets run a cell that begins with =, +, -, @, tab or carriage return
 * as a formula ("=HYPERLINK(...)" in an article's file name or sentence would
 * run when the export is opened). By default such cells are neutralised by
 * OWASP's rule: a leading ' makes the spreadsheet show the text as text. A
 * plain number (-5, 44.39) is data, not a formula, and stays as it is.
 * `raw: true` (the `--csv-raw` option) writes every cell unchanged.
 */
import { stringify } from "csv-stringify/sync";

export interface CsvOptions {
  /** Write cells as they are, without neutralising formula triggers. */
  raw?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A text cell that a spreadsheet would not run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell as CSV holds it: lists joined with "; ", booleans as 1/0, null as empty. */
export function csvCell(value: unknown, options: CsvOptions = {}): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return options.raw ? text : neutraliseFormula(text);
}

/** The rows as CSV, `columns` in order, a header row first. */
export function toCsv<C extends string>(columns: readonly C[], rows: Array<Partial<Record<C, unknown>>>, options: CsvOptions = {}): string {
  return stringify(
    rows.map((r) => columns.map((c) => csvCell(r[c], options))),
    { header: true, columns: [...columns], record_delimiter: "windows" },
  );
}
