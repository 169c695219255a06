/** The export formats, apart from their writers so that the CLI can list them without loading them. */
export const EXPORT_FORMATS = ["json", "jsonl", "csv", "geojson", "acled"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** `export --level`: one record per event (per article in json), or per incident. */
export const EXPORT_LEVELS = ["event", "incident"] as const;
export type ExportLevel = (typeof EXPORT_LEVELS)[number];
