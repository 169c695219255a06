/**
 * Serialises answer articles in the export formats: json and jsonl (the
 * GUIDELINES §5 objects), csv (one row per event), geojson (events with
 * coordinates) and acled (ACLED's columns, see acled.ts).
 */
import type { AnswerArticle, AnswerEvent } from "../types.js";
import { loadLexicons, type GazetteerEntry } from "../lexicon/loadLexicons.js";
import { ACLED_COLUMNS, acledIncidentRow, acledRow } from "./acled.js";
import { conflictCell, retaliationCell, type IncidentRecord } from "./incidentRecords.js";
import { toCsv, type CsvOptions } from "./csv.js";

import type { ExportFormat } from "./formats.js";
export { EXPORT_FORMATS, type ExportFormat } from "./formats.js";

export const CSV_COLUMNS = [
  "article", "id", "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons",
  "killed", "injured", "count", "umbrella", "optional", "latitude", "longitude", "evidence",
] as const;

/**
 * The version of the exported article objects, stated in each (json, jsonl).
 * 2: events carry `incident`, the id of the incident they report (null: none);
 * `--level incident` writes incident records (incidentRecords.ts), which state it too.
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

export const INCIDENT_CSV_COLUMNS = [
  "id", "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons", "killed", "killed_min", "killed_max",
  "injured", "injured_min", "injured_max", "first_reported", "last_reported", "reports", "sources", "articles", "events",
  "latitude", "longitude", "geo_precision", "conflicts", "retaliation",
] as const;

function incidentCsvRow(i: IncidentRecord): Record<(typeof INCIDENT_CSV_COLUMNS)[number], unknown> {
  return {
    ...i,
    date_start: i.date_range?.[0],
    date_end: i.date_range?.[1],
    killed_min: i.killed_range?.[0],
    killed_max: i.killed_range?.[1],
    injured_min: i.injured_range?.[0],
    injured_max: i.injured_range?.[1],
    events: i.events.map(String),
    conflicts: i.conflicts.map(conflictCell).join(" || "),
    retaliation: i.retaliation.map(retaliationCell).join(" || "),
  };
}

/** `export --level incident`: one record, row or feature per incident, in every export format. */
export function writeIncidentExport(records: IncidentRecord[], format: ExportFormat, write: (chunk: string) => void, options: ExportOptions = {}): void {
  const stated = (i: IncidentRecord): Record<string, unknown> => ({ schema_version: EXPORT_SCHEMA_VERSION, level: "incident", ...i });
  switch (format) {
    case "json":
      write(JSON.stringify(records.map(stated), null, 2) + "\n");
      return;
    case "jsonl":
      for (const i of records) write(JSON.stringify(stated(i)) + "\n");
      return;
    case "csv":
      write(toCsv(INCIDENT_CSV_COLUMNS, records.map(incidentCsvRow), options.csv));
      return;
    case "acled": {
      const provinceOf = provinces(options.gazetteer ?? loadLexicons().gazetteer);
      const rows = records.flatMap(
        (i) => acledIncidentRow(i, provinceOf, i.retaliation.map((r) => `[${retaliationCell(r)}]`)) ?? [],
      );
      write(toCsv(ACLED_COLUMNS, rows, options.csv));
      return;
    }
    case "geojson": {
      // Every incident is a feature; one whose place and country are unknown has no geometry (GeoJSON's null).
      const features = records.map(({ latitude, longitude, ...properties }) => ({
        type: "Feature",
        id: properties.id,
        geometry: latitude !== null && longitude !== null ? { type: "Point", coordinates: [longitude, latitude] } : null,
        properties,
      }));
      write(JSON.stringify({ type: "FeatureCollection", features }, null, 2) + "\n");
      return;
    }
  }
}
