/**
 * Maps sitrep events to ACLED's column names and conventions (ACLED
 * codebook), for `sitrep export --format acled`.
 *
 * | ACLED column    | from sitrep |
 * |-----------------|-------------|
 * | event_id_cnty   | `SITREP` + event id |
 * | event_date      | date, else the first day of its window (YYYY-MM-DD); undated events are left out |
 * | year            | the year of event_date |
 * | time_precision  | events.time_precision (1 day, 2 week, 3 month); else 1 for a date, 3 for a window |
 * | event_type, sub_event_type | kind and weapons, by the kind registry's `acled` rules (lexicons/kinds.json) |
 * | actor1          | actor (who attacked or struck), else "Unidentified Armed Group" |
 * | actor2          | target |
 * | country         | country (several joined by "; " where sitrep found several) |
 * | admin1          | the gazetteer province of the place (a province: itself) |
 * | location        | place, else country |
 * | latitude, longitude, geo_precision | events (geo_precision 1 named place, 2 near it, 3 region or sea) |
 * | source          | the article key |
 * | notes           | the evidence sentences, then [injured: N] [outcome: …] [asserted by: …] |
 * | fatalities      | killed, 0 when not stated (ACLED's convention) |
 */
import { kindOf } from "../kinds.js";
import type { AnswerArticle, AnswerEvent, EventKind, Weapon } from "../types.js";
import type { IncidentRecord } from "./incidentRecords.js";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
  "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

export interface AcledType {
  event_type: string;
  sub_event_type: string;
}

/**
 * Event type by kind and weapons, from the kind registry's `acled` rules
 * (lexicons/kinds.json): the first rule whose weapons the event used wins,
 * so a rocket-and-drone attack is shelling; `weapons: []` is the default
 * when no weapon rule matched (or none is known).
 */
export function acledType(kind: EventKind, weapons: readonly Weapon[]): AcledType {
  const rows = kindOf(kind).acled;
  // gunfire maps to a clash only when it is the only weapon.
  const onlyGunfire = weapons.length > 0 && weapons.every((w) => w === "gunfire");
  const hit = rows.find((r) => r.weapons.length > 0 && (r.weapons.includes("gunfire") ? onlyGunfire : r.weapons.some((w) => weapons.includes(w))));
  const row = hit ?? rows.find((r) => r.weapons.length === 0)!;
  return { event_type: row.event_type, sub_event_type: row.sub_event_type };
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** One ACLED row, or null for an undated event (ACLED has no row without a date). */
export function acledRow(a: AnswerArticle, e: AnswerEvent, provinceOf: (place: string) => string | null): Record<AcledColumn, unknown> | null {
  const date = e.date ?? e.date_range?.[0] ?? null;
  if (!date) return null;
  const country = Array.isArray(e.country) ? e.country.join("; ") : e.country;
  const place = e.place;
  const notes = [
    e.evidence.join(" "),
    e.injured !== null ? `[injured: ${e.injured}]` : "",
    str(e.outcome) ? `[outcome: ${str(e.outcome)}]` : "",
    str(e.asserted_by) ? `[asserted by: ${str(e.asserted_by)}]` : "",
  ].filter(Boolean);
  return {
    event_id_cnty: `SITREP${String(e.id)}`,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: num(e.time_precision) ?? (e.date ? 1 : 3),
    ...acledType(e.kind, e.weapons),
    actor1: e.actor ?? "Unidentified Armed Group",
    actor2: e.target ?? null,
    country,
    admin1: place ? provinceOf(place) : null,
    location: place ?? country,
    latitude: num(e.latitude),
    longitude: num(e.longitude),
    geo_precision: num(e.geo_precision) ?? (place ? 1 : 3),
    source: a.article,
    notes: notes.join(" "),
    fatalities: e.killed ?? 0,
  };
}

/** The fields of an incident record that its ACLED row reads. */
export type AcledIncident = Pick<
  IncidentRecord,
  | "id" | "kind" | "date" | "date_range" | "country" | "place" | "actor" | "target" | "weapons"
  | "killed" | "killed_range" | "injured" | "injured_range" | "reports" | "sources" | "articles"
  | "latitude" | "longitude" | "geo_precision"
>;

const spread = (name: string, best: number | null, r: [number, number] | null): string =>
  best === null ? "" : `[${name}: ${best}${r && r[0] !== r[1] ? `, reports give ${r[0]}–${r[1]}` : ""}]`;

/**
 * One ACLED row per incident — one real event however many articles report
 * it, as ACLED counts. event_id_cnty is `SITREPI` + the incident id; source
 * lists its articles; notes say how many reports and sources agree and the
 * spread of their casualty figures; fatalities is the value most reports give.
 * Null for an incident with no date (ACLED has no row without one).
 */
export function acledIncidentRow(i: AcledIncident, provinceOf: (place: string) => string | null, extraNotes: string[] = []): Record<AcledColumn, unknown> | null {
  const date = i.date ?? i.date_range?.[0] ?? null;
  if (!date) return null;
  const country = Array.isArray(i.country) ? i.country.join("; ") : i.country;
  // Reports a day apart, or a window: ACLED's 2 (within a week) or 3 (longer).
  const spanDays = i.date_range ? (Date.parse(i.date_range[1]) - Date.parse(i.date_range[0])) / 86_400_000 : 0;
  const precision = spanDays === 0 && i.date !== null ? 1 : spanDays <= 7 ? 2 : 3;
  const notes = [
    `${i.reports} report(s) from ${i.sources} distinct source(s).`,
    spread("killed", i.killed, i.killed_range),
    spread("injured", i.injured, i.injured_range),
    ...extraNotes,
  ].filter(Boolean);
  return {
    event_id_cnty: `SITREPI${String(i.id)}`,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: precision,
    ...acledType(i.kind as EventKind, i.weapons as Weapon[]),
    actor1: i.actor ?? "Unidentified Armed Group",
    actor2: i.target,
    country,
    admin1: i.place ? provinceOf(i.place) : null,
    location: i.place ?? country,
    latitude: i.latitude,
    longitude: i.longitude,
    geo_precision: i.geo_precision ?? (i.place ? 1 : 3),
    source: i.articles.join("; "),
    notes: notes.join(" "),
    fatalities: i.killed ?? 0,
  };
}
