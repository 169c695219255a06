/** An `events` row as SQLite returns it (db/001_init.sql). */
import type { EventKind } from "../types.js";

export interface EventRow {
  id: number;
  run_id: number;
  article_id: number;
  kind: EventKind;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  /** One country, or several joined by '; '. */
  country: string | null;
  place: string | null;
  actor: string | null;
  target: string | null;
  /** JSON list of weapon categories. */
  weapons: string;
  killed: number | null;
  injured: number | null;
  count: number | null;
  umbrella: number;
  optional: number;
  outcome: string | null;
  asserted_by: string | null;
  time_precision: number | null;
  geo_precision: number | null;
  latitude: number | null;
  longitude: number | null;
  rule: string;
  reason: string;
}
