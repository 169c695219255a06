/** Serialises answer articles in the export formats. */
import type { AnswerArticle, AnswerEvent } from "../types.js";

export const EXPORT_FORMATS = ["json", "jsonl", "csv", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CSV_COLUMNS = [
  "article", "id", "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons",
  "killed", "injured", "count", "umbrella", "optional", "latitude", "longitude", "evidence",
] as const;

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(a: AnswerArticle, e: AnswerEvent): string {
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    article: a.article,
    id: e.id,
    kind: e.kind,
    date: e.date,
    date_start: e.date_range?.[0],
    date_end: e.date_range?.[1],
    country: e.country,
    place: e.place,
    actor: e.actor,
    target: e.target,
    weapons: e.weapons,
    killed: e.killed,
    injured: e.injured,
    count: e.count,
    umbrella: e.umbrella ? 1 : 0,
    optional: e.optional ? 1 : 0,
    latitude: e.latitude,
    longitude: e.longitude,
    evidence: e.evidence.join(" || "),
  };
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(",") + "\r\n";
}

export function writeExport(answers: AnswerArticle[], format: ExportFormat, write: (chunk: string) => void): void {
  switch (format) {
    case "json":
      write(JSON.stringify(answers, null, 2) + "\n");
      return;
    case "jsonl":
      for (const a of answers) write(JSON.stringify(a) + "\n");
      return;
    case "csv":
      write(CSV_COLUMNS.join(",") + "\r\n");
      for (const a of answers) for (const e of a.events) write(csvRow(a, e));
      return;
    case "geojson": {
      const features = answers.flatMap((a) =>
        a.events
          .filter((e) => typeof e.latitude === "number" && typeof e.longitude === "number")
          .map((e) => ({
            type: "Feature",
            geometry: { type: "Point", coordinates: [e.longitude, e.latitude] },
            properties: { article: a.article, id: e.id, kind: e.kind, date: e.date, country: e.country, place: e.place, actor: e.actor, weapons: e.weapons, killed: e.killed, injured: e.injured, geo_precision: e.geo_precision, evidence: e.evidence },
          })),
      );
      write(JSON.stringify({ type: "FeatureCollection", features }, null, 2) + "\n");
      return;
    }
  }
}
