/**
 * The output formats of the row-producing commands (query, stats): table,
 * JSON, or CSV (by export/csv.ts). The flags that pick one are the CLI's
 * (cli/outputFormat.ts).
 */
export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
