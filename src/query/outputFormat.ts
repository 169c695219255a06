/**
 * The output flags shared by the row-producing commands (query, stats):
 * `--format table|json|csv` (CSV by export/csv.ts), and the table width.
 */
import { UsageError, type CommandContext } from "../cli/command.js";
import type { CsvOptions } from "../export/csv.js";

/** `--csv-raw`: CSV cells exactly as stored, formula triggers (= + - @) not neutralised (see export/csv.ts). */
export const csvRawOption = { "csv-raw": { type: "boolean", default: false } } as const;

export function csvOptionsOf(ctx: CommandContext): CsvOptions {
  return { raw: ctx.values["csv-raw"] === true };
}

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const formatOption = { format: { type: "string", default: "table" }, ...csvRawOption } as const;

export function outputFormatOpt(ctx: CommandContext): OutputFormat {
  const v = ctx.values.format;
  if (typeof v !== "string" || !(OUTPUT_FORMATS as readonly string[]).includes(v))
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${String(v)}"`);
  return v as OutputFormat;
}

/** The terminal width to lay a table out in (120 when not a terminal). */
export function terminalWidth(stream: NodeJS.WritableStream & { columns?: number }): number {
  return Math.max(60, Math.min(stream.columns ?? 120, 160));
}
