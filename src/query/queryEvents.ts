/**
 * Runs an event query and returns the matching events, each with its source
 * sentences, plus the SQL and parameters that ran (for `--explain`).
 */
import type { Db } from "../db/openDatabase.js";
import type { EventKind, Weapon } from "../types.js";
import { buildEventQuery, type BuiltQuery } from "./buildEventQuery.js";
import type { EventFilters } from "./eventFilters.js";
import { loadEventSources, type SourceSentence } from "./eventSources.js";

export interface EventRecord {
  id: number;
  article: string;
  kind: EventKind;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  /** One country, or several joined by '; '. */
  country: string | null;
  place: string | null;
  actor: string | null;
  target: string | null;
  weapons: Weapon[];
  killed: number | null;
  injured: number | null;
  count: number | null;
  umbrella: boolean;
  optional: boolean;
  outcome: string | null;
  asserted_by: string | null;
  time_precision: number | null;
  geo_precision: number | null;
  latitude: number | null;
  longitude: number | null;
  rule: string;
  reason: string;
  run_id: number;
  sources: SourceSentence[];
}

export interface QueryResult {
  query: BuiltQuery;
  events: EventRecord[];
}

type RawEvent = Omit<EventRecord, "weapons" | "umbrella" | "optional" | "sources"> & { weapons: string; umbrella: number; optional: number };

/** Turns rows selected with EVENT_COLUMNS into records with their sentences. */
export function toEventRecords(db: Db, rows: RawEvent[]): EventRecord[] {
  const sources = loadEventSources(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    weapons: JSON.parse(r.weapons) as Weapon[],
    umbrella: r.umbrella === 1,
    optional: r.optional === 1,
    sources: sources.get(r.id) ?? [],
  }));
}

export function queryEvents(db: Db, filters: EventFilters): QueryResult {
  const query = buildEventQuery(filters);
  const rows = db.prepare(query.sql).all(...query.params) as RawEvent[];
  return { query, events: toEventRecords(db, rows) };
}
