/**
 * Runs an event query and returns the matching events, each with its source
 * sentences, plus the SQL and parameters that ran (for `--explain`).
 */
import type { Db } from "../db/openDatabase.js";
import type { Weapon } from "../types.js";
import type { EventRow } from "../db/eventRow.js";
import { buildEventQuery, type BuiltQuery } from "./buildEventQuery.js";
import type { EventFilters } from "./eventFilters.js";
import { loadEventSources, type SourceSentence } from "./eventSources.js";

/** An event as queries return it: the stored row with its article key, parsed weapons, flags and sources. */
export type EventRecord = Omit<EventRow, "article_id" | "weapons" | "umbrella" | "optional"> & {
  article: string;
  weapons: Weapon[];
  umbrella: boolean;
  optional: boolean;
  sources: SourceSentence[];
};

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
