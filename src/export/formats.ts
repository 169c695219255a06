/** The export formats, apart from their writers so that the CLI can list them without loading them. */
export const EXPORT_FORMATS = ["json", "jsonl", "csv", "geojson", "acled"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
