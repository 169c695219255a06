/**
 * Reading incidents back: the list with filters (every value a bound
 * parameter), one incident with each report and its sentence, and the
 * incident of an event.
 */
import type { Db } from "../db/openDatabase.js";
import { hasIncidents } from "./membership.js";
import type { Conflict } from "./bestValues.js";

export interface IncidentFilters {
  kind?: string;
  from?: string;
  to?: string;
  country?: string;
  place?: string;
  actor?: string;
  /** Only incidents whose reports differ in some detail. */
  conflicts?: boolean;
}

export interface IncidentRow {
  id: number;
  kind: string;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  country: string | null;
  place: string | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  killed_min: number | null;
  killed_max: number | null;
  injured: number | null;
  injured_min: number | null;
  injured_max: number | null;
  first_reported: string | null;
  last_reported: string | null;
  reports: number;
  sources: number;
  conflicts: Conflict[];
  created_run: number;
  updated_run: number;
}

export interface IncidentReport {
  event_id: number;
  article: string;
  /** ARTICLE#N, the key `show` and `reject` accept. */
  key: string;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  country: string | null;
  place: string | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  published: string | null;
  sentence: string;
}

const escapeLike = (v: string): string => v.replace(/[\\%_]/g, (c) => `\\${c}`);

type Raw = Omit<IncidentRow, "weapons" | "conflicts"> & { weapons: string; conflicts: string };
const parse = (r: Raw): IncidentRow => ({ ...r, weapons: JSON.parse(r.weapons) as string[], conflicts: JSON.parse(r.conflicts) as Conflict[] });

const COLUMNS = `id, kind, date, date_start, date_end, country, place, actor, weapons, killed, killed_min, killed_max, injured, injured_min,
  injured_max, first_reported, last_reported, reports, sources, conflicts, created_run, updated_run`;

export function listIncidents(db: Db, f: IncidentFilters = {}): IncidentRow[] {
  if (!hasIncidents(db)) return [];
  const where = ["reports > 0"];
  const params: string[] = [];
  const add = (clause: string, value?: string): void => {
    where.push(clause);
    if (value !== undefined) params.push(value);
  };
  if (f.kind !== undefined) add("kind = ?", f.kind);
  if (f.from !== undefined) add("date_end >= ?", f.from);
  if (f.to !== undefined) add("date_start <= ?", f.to);
  if (f.country !== undefined) add(`'; ' || lower(country) || '; ' LIKE '%; ' || lower(?) || '; %' ESCAPE '\\'`, escapeLike(f.country));
  if (f.place !== undefined) add(`place LIKE '%' || ? || '%' ESCAPE '\\'`, escapeLike(f.place));
  if (f.actor !== undefined) add(`actor LIKE '%' || ? || '%' ESCAPE '\\'`, escapeLike(f.actor));
  if (f.conflicts) add("conflicts <> '[]'");
  const sql = `SELECT ${COLUMNS} FROM incidents WHERE ${where.join(" AND ")} ORDER BY date_start, id`;
  return (db.prepare(sql).all(...params) as Raw[]).map(parse);
}

/** One incident, also a dissolved one (reports = 0); undefined when there is no such id. */
export function getIncident(db: Db, id: number): IncidentRow | undefined {
  if (!hasIncidents(db)) return undefined;
  const r = db.prepare(`SELECT ${COLUMNS} FROM incidents WHERE id = ?`).get(id) as Raw | undefined;
  return r && parse(r);
}

/** The incident's current reports, earliest first, each with its evidence sentence. */
export function incidentReports(db: Db, id: number): IncidentReport[] {
  const rows = db
    .prepare(
      `SELECT r.event_id, r.article_key AS article, e.article_id, e.run_id, e.date, e.date_start, e.date_end, e.country, e.place, e.actor,
              e.weapons, e.killed, e.injured, a.published,
              (SELECT group_concat(s.text, ' || ') FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
                WHERE es.event_id = e.id AND es.field = 'evidence') AS sentence,
              (SELECT COUNT(*) FROM events x WHERE x.article_id = e.article_id AND x.run_id = e.run_id AND x.id <= e.id) AS n
         FROM incident_reports r JOIN events e ON e.id = r.event_id JOIN articles a ON a.id = e.article_id
        WHERE r.incident_id = ?
        ORDER BY COALESCE(e.date, e.date_start), r.article_key, r.sig`,
    )
    .all(id) as Array<Omit<IncidentReport, "weapons" | "key"> & { weapons: string; n: number }>;
  return rows.map(({ n, ...r }) => ({ ...r, key: `${r.article}#${n}`, weapons: JSON.parse(r.weapons) as string[], sentence: r.sentence ?? "" })).map(
    ({ event_id, article, key, date, date_start, date_end, country, place, actor, weapons, killed, injured, published, sentence }) => ({
      event_id, article, key, date, date_start, date_end, country, place, actor, weapons, killed, injured, published, sentence,
    }),
  );
}

/** The current incident of an event, or null. */
export function incidentOfEvent(db: Db, eventId: number): number | null {
  if (!hasIncidents(db)) return null;
  return ((db.prepare("SELECT incident_id FROM incident_reports WHERE event_id = ?").pluck().get(eventId) as number | null | undefined) ?? null);
}
