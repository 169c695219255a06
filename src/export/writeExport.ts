/**
 * Serialises answer articles in the export formats: json and jsonl (the
 * GUIDELINES §5 objects), csv (one row per event), geojson (events with
 * coordinates) and acled (ACLED's columns, see acled.ts).
 */
import type { AnswerArticle, AnswerEvent } from "../types.js";
import { loadLexicons, type GazetteerEntry } from "../lexicon/loadLexicons.js";
import { ACLED_COLUMNS, acledRow } from "./acled.js";
import { toCsv, type CsvOptions } from "./csv.js";

import type { ExportFormat } from "./formats.js";
export { EXPORT_FORMATS, type ExportFormat } from "./formats.js";

export const CSV_COLUMNS = [
  "article", "id", "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons",
  "killed", "injured", "count", "umbrella", "optional", "latitude", "longitude", "evidence",
] as const;

/**
 * The version of the exported article objects, stated in each (json, jsonl).
 * 2: events carry `incident`, the id of the incident they report (null: none).
 */
export const EXPORT_SCHEMA_VERSION = 2;

export interface ExportOptions {
  /** Places for the ACLED admin1 column; default: lexicons/gazetteer.json. */
  gazetteer?: GazetteerEntry[];
  /** csv and acled: how cells are written (formula triggers neutralised unless raw). */
  csv?: CsvOptions;
}

function csvRow(a: AnswerArticle, e: AnswerEvent): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return {
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
}

/** Province by gazetteer place name; a province is its own. */
function provinces(gazetteer: GazetteerEntry[]): (place: string) => string | null {
  const byName = new Map(gazetteer.map((g) => [g.name, g.province]));
  return (place) => byName.get(place) ?? null;
}

export function writeExport(answers: AnswerArticle[], format: ExportFormat, write: (chunk: string) => void, options: ExportOptions = {}): void {
  switch (format) {
    case "json":
      write(JSON.stringify(answers.map((a) => ({ schema_version: EXPORT_SCHEMA_VERSION, ...a })), null, 2) + "\n");
      return;
    case "jsonl":
      for (const a of answers) write(JSON.stringify({ schema_version: EXPORT_SCHEMA_VERSION, ...a }) + "\n");
      return;
    case "csv":
      write(toCsv(CSV_COLUMNS, answers.flatMap((a) => a.events.map((e) => csvRow(a, e))), options.csv));
      return;
    case "acled": {
      const provinceOf = provinces(options.gazetteer ?? loadLexicons().gazetteer);
      const rows = answers.flatMap((a) => a.events.flatMap((e) => acledRow(a, e, provinceOf) ?? []));
      write(toCsv(ACLED_COLUMNS, rows, options.csv));
      return;
    }
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
