/**
 * The output flags shared by the row-producing commands (query, stats):
 * `--format table|json|csv`, and the CSV writer they use.
 */
import { stringify } from "csv-stringify/sync";
import { UsageError, type CommandContext } from "../cli/command.js";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const formatOption = { format: { type: "string", default: "table" } } as const;

export function outputFormatOpt(ctx: CommandContext): OutputFormat {
  const v = ctx.values.format;
  if (typeof v !== "string" || !(OUTPUT_FORMATS as readonly string[]).includes(v))
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${String(v)}"`);
  return v as OutputFormat;
}

/** A cell as CSV holds it: lists joined with "; ", null as empty. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "number" ? value : String(value);
}

/** RFC 4180 CSV (CRLF line ends, quoting by csv-stringify) with a header row. */
export function toCsv<C extends string>(columns: readonly C[], rows: Array<Record<C, unknown>>): string {
  return stringify(
    rows.map((r) => columns.map((c) => csvCell(r[c]))),
    { header: true, columns: [...columns], record_delimiter: "windows" },
  );
}

/** The terminal width to lay a table out in (120 when not a terminal). */
export function terminalWidth(stream: NodeJS.WritableStream & { columns?: number }): number {
  return Math.max(60, Math.min(stream.columns ?? 120, 160));
}
