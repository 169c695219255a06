/**
 * The output flags shared by the row-producing commands (query, stats):
 * `--format table|json|csv`, and the table width.
 */
import { OUTPUT_FORMATS, type OutputFormat } from "../query/outputFormat.js";
import { UsageError, type CommandContext } from "./command.js";

export const formatOption = { format: { type: "string", default: "table" } } as const;

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
