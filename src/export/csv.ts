/** CSV for every command that writes it: RFC 4180 by csv-stringify, one header row, CRLF line ends. */
import { stringify } from "csv-stringify/sync";

/** A cell as CSV holds it: lists joined with "; ", booleans as 1/0, null as empty. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "number" ? value : String(value);
}

/** The rows as CSV, `columns` in order, a header row first. */
export function toCsv<C extends string>(columns: readonly C[], rows: Array<Partial<Record<C, unknown>>>): string {
  return stringify(
    rows.map((r) => columns.map((c) => csvCell(r[c]))),
    { header: true, columns: [...columns], record_delimiter: "windows" },
  );
}
