/**
 * The one place that decides a command's output format. Every command that
 * prints records takes `--format F` with the same names (FORMAT_NAMES: table,
 * json, jsonl, csv; export adds geojson and acled), declares which it
 * writes and which is its default, and reads the choice here; `--json` is
 * short for `--format json` wherever json is allowed, and `--csv-raw` comes
 * with csv. A name the command does not write is E_FORMAT, naming the ones
 * it does (exit 2).
 *
 *   const FORMATS = outputFormats(["table", "json", "csv"], "table");
 *   options: { ...FORMATS.options, ... },  usage: `... ${FORMATS.usage}`
 *   const format = FORMATS.pick(ctx);      // "table" | "json" | "csv"
 *   ctx.stdout.write(format === "table" ? myTable(rows) : formatRecords(rows, format, COLUMNS, csvOptionsOf(ctx)));
 */
import { toCsv, type CsvOptions } from "../export/csv.js";
import { UsageError, type CommandContext, type OptionSpec } from "./command.js";

/** Every name `--format` takes, in any command. */
export const FORMAT_NAMES = ["table", "json", "jsonl", "csv", "geojson", "acled"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface OutputFormats<F extends FormatName> {
  /** The formats this command writes, the default first-listed in help. */
  readonly allowed: readonly F[];
  readonly fallback: F;
  /** Options to spread into the command's spec: --format, --json (when json is allowed), --csv-raw (when csv is). */
  readonly options: OptionSpec;
  /** For the usage text: `--format table|json|csv`. */
  readonly usage: string;
  /** The format asked for on the command line (the default when none). */
  pick(ctx: CommandContext): F;
}

/**
 * A command's output formats. `aliases` maps an old name the command
 * accepted to its shared name (explain's `text` is `table`).
 */
export function outputFormats<const F extends FormatName>(allowed: readonly F[], fallback: F, aliases: Readonly<Record<string, F>> = {}): OutputFormats<F> {
  const has = (name: string): name is F => (allowed as readonly string[]).includes(name);
  const options: OptionSpec = { format: { type: "string" } };
  if (has("json")) options.json = { type: "boolean", default: false };
  if (has("csv") || has("acled")) Object.assign(options, csvRawOption);
  return {
    allowed,
    fallback,
    options,
    usage: `--format ${allowed.join("|")}`,
    pick(ctx) {
      const given = typeof ctx.values.format === "string" ? ctx.values.format : undefined;
      if (ctx.values.json === true) {
        if (given !== undefined && given !== "json") throw new UsageError(`--json means --format json: give one of them, not --format ${given} too`);
        return "json" as F;
      }
      if (given === undefined) return fallback;
      const name = Object.hasOwn(aliases, given) ? aliases[given]! : given;
      if (!has(name)) throw new UsageError(`--format must be one of ${allowed.join(", ")}, got "${given}"`, "E_FORMAT");
      return name;
    },
  };
}

/** `--csv-raw`: CSV cells exactly as stored, formula triggers (= + - @) not neutralised (see export/csv.ts). */
export const csvRawOption = { "csv-raw": { type: "boolean", default: false } } as const;

export function csvOptionsOf(ctx: CommandContext): CsvOptions {
  return { raw: ctx.values["csv-raw"] === true };
}

/**
 * Flat records (one object per row) as json (an array), jsonl (one object a
 * line) or csv (`columns` in order, a header row).
 */
export function formatRecords<C extends string>(
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  format: "json" | "jsonl" | "csv",
  columns: readonly C[],
  csv: CsvOptions = {},
): string {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (format === "jsonl") return rows.map((r) => JSON.stringify(r) + "\n").join("");
  return toCsv(columns, [...rows], csv);
}

/** One value (a report, a diff, an event) as json. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** The terminal width to lay a table out in (120 when not a terminal). */
export function terminalWidth(stream: NodeJS.WritableStream & { columns?: number }): number {
  return Math.max(60, Math.min(stream.columns ?? 120, 160));
}
