/**
 * `export --level incident`: one record per incident (GUIDELINES §6) — its
 * best values, the span of its reports, their articles, where to draw it
 * and its retaliation links — built from the incidents the linker stored
 * (or those as of a run) and the exported events that report them.
 */
import type { Db } from "../db/openDatabase.js";
import type { AnswerArticle } from "../types.js";
import type { GazetteerEntry } from "../lexicon/loadLexicons.js";
import { incidentsAsOf, listIncidents, type IncidentRow } from "../incidents/readIncidents.js";
import { retaliationsOf } from "../incidents/retaliation.js";
import { currentHierarchy } from "../incidents/link.js";
import type { Conflict } from "../incidents/bestValues.js";
import { countryValue } from "./readAnswers.js";

export interface IncidentRetaliation {
  /** "answers": this strike answers an attack; "answered-by": a strike answers this attack. */
  direction: "answers" | "answered-by";
  /** The incident on the other side; null while its attack is not in the corpus. */
  incident: number | null;
  /** The reference as the text states it. */
  ref_date: string | null;
  ref_place: string | null;
  ref_country: string | null;
  article: string;
  sentence: string;
}

export interface IncidentRecord {
  id: number;
  kind: string;
  date: string | null;
  date_range: [string, string] | null;
  country: string | string[] | null;
  place: string | null;
  actor: string | null;
  /** The target most of its reports name. */
  target: string | null;
  weapons: string[];
  killed: number | null;
  killed_range: [number, number] | null;
  injured: number | null;
  injured_range: [number, number] | null;
  first_reported: string | null;
  last_reported: string | null;
  reports: number;
  sources: number;
  /** Its reports: the event ids and their articles. */
  events: number[];
  articles: string[];
  /** The place's coordinates (of its gazetteer entry), else the country's centre; null when neither is known. */
  latitude: number | null;
  longitude: number | null;
  /** 1 a named place, 2 near it, 3 only the country or sea. */
  geo_precision: number | null;
  conflicts: Conflict[];
  retaliation: IncidentRetaliation[];
}

const range = (min: number | null, max: number | null): [number, number] | null => (min !== null && max !== null ? [min, max] : null);

/** The value most often given (ties: the first given), or null. */
function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

interface Located {
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
}

function locate(i: IncidentRow, reports: Array<{ place: string | null; latitude?: unknown; longitude?: unknown; geo_precision?: unknown }>, places: Map<string, GazetteerEntry>): Located {
  // A report at the incident's place carries the coordinates (and precision) the extraction gave it.
  const at = reports.find((r) => r.place === i.place && i.place !== null && typeof r.latitude === "number" && typeof r.longitude === "number");
  if (at) return { latitude: at.latitude as number, longitude: at.longitude as number, geo_precision: typeof at.geo_precision === "number" ? at.geo_precision : 1 };
  const named = i.place !== null ? places.get(i.place) : undefined;
  if (named) return { latitude: named.lat, longitude: named.lon, geo_precision: named.kind === "country" || named.kind === "sea" ? 3 : 1 };
  const country = (i.country ?? "").split("; ").map((c) => places.get(c)).find((g) => g !== undefined);
  if (country) return { latitude: country.lat, longitude: country.lon, geo_precision: 3 };
  return { latitude: null, longitude: null, geo_precision: null };
}

/** The incidents as export records: now, or as of run `run`; reports from `answers` (readAnswers of the same run). */
export function readIncidentRecords(db: Db, answers: AnswerArticle[], gazetteer: GazetteerEntry[], run: number | null = null): IncidentRecord[] {
  const h = currentHierarchy();
  const incidents = run === null ? listIncidents(db) : incidentsAsOf(db, run, h);
  const reportsOf = new Map<number, Array<{ article: string; id: number; place: string | null; target: string | null; latitude?: unknown; longitude?: unknown; geo_precision?: unknown }>>();
  for (const a of answers)
    for (const e of a.events) {
      const incident = e.incident;
      if (typeof incident !== "number") continue;
      const list = reportsOf.get(incident) ?? [];
      list.push({ article: a.article, id: Number(e.id), place: e.place, target: e.target ?? null, latitude: e.latitude, longitude: e.longitude, geo_precision: e.geo_precision });
      reportsOf.set(incident, list);
    }
  const places = new Map(gazetteer.map((g) => [g.name, g]));
  return incidents.map((i): IncidentRecord => {
    const reports = reportsOf.get(i.id) ?? [];
    const links = retaliationsOf(db, h, i).map(
      (l): IncidentRetaliation => ({
        direction: l.direction,
        incident: l.direction === "answers" ? l.attackIncident : l.strikeIncident,
        ref_date: l.refDate,
        ref_place: l.refPlace,
        ref_country: l.refCountry,
        article: l.article,
        sentence: l.sentence,
      }),
    );
    return {
      id: i.id,
      kind: i.kind,
      date: i.date,
      date_range: i.date_start && i.date_end ? [i.date_start, i.date_end] : null,
      country: countryValue(i.country),
      place: i.place,
      actor: i.actor,
      target: mostCommon(reports.map((r) => r.target)),
      weapons: i.weapons,
      killed: i.killed,
      killed_range: range(i.killed_min, i.killed_max),
      injured: i.injured,
      injured_range: range(i.injured_min, i.injured_max),
      first_reported: i.first_reported,
      last_reported: i.last_reported,
      reports: i.reports,
      sources: i.sources,
      events: reports.map((r) => r.id).sort((x, y) => x - y),
      articles: [...new Set(reports.map((r) => r.article))].sort(),
      ...locate(i, reports, places),
      conflicts: i.conflicts,
      retaliation: links,
    };
  });
}

/** "injured: 3 (a-1, a-2) | 4 (a-3)": each value with the articles that give it. */
export function conflictCell(c: Conflict): string {
  return `${c.field}: ${c.values.map((v) => `${Array.isArray(v.value) ? v.value.join(" + ") : String(v.value)} (${v.articles.join(", ")})`).join(" | ")}`;
}

/** "answers #3 (2024-03-05, Ain al-Asad Air Base)" / "answered by #4". */
export function retaliationCell(r: IncidentRetaliation): string {
  if (r.direction === "answered-by") return `answered by #${r.incident ?? "?"}`;
  const ref = [r.ref_date, r.ref_place ?? r.ref_country].filter(Boolean).join(", ");
  return `answers ${r.incident !== null ? `#${r.incident}` : "an attack not in the corpus"}${ref ? ` (${ref})` : ""}`;
}
