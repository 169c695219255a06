/**
 * The output formats of the event and stats listings (query, stats): a
 * table, JSON, JSON lines (one record a line) or CSV (by export/csv.ts). The
 * flags that pick one are the CLI's (cli/outputFormat.ts).
 */
export const OUTPUT_FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
