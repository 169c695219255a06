/**
 * Reading incidents back: the list with filters (every value a bound
 * parameter), one incident with each report and its sentence, and the
 * incident of an event.
 */
import type { Db } from "../db/openDatabase.js";
import { hasIncidents } from "./membership.js";
import { incidentValues, type Conflict } from "./bestValues.js";
import { snapshotSql } from "../db/snapshot.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Report } from "./types.js";
import { distinctSources } from "./fingerprint.js";

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

/** What an incident and each of its reports say of the action. */
interface ActionFacts {
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  country: string | null;
  place: string | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
}

export interface IncidentRow extends ActionFacts {
  id: number;
  kind: string;
  killed_min: number | null;
  killed_max: number | null;
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

export interface IncidentReport extends ActionFacts {
  event_id: number;
  article: string;
  /** ARTICLE#N, the key `show` and `reject` accept. */
  key: string;
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

/**
 * The incidents as of run `run`: the events current then, grouped by the
 * incident each had then (incident_membership), with values recomputed
 * from those reports. Filters as listIncidents.
 */
export function incidentsAsOf(db: Db, run: number, h: Hierarchy, f: IncidentFilters = {}): IncidentRow[] {
  if (!hasIncidents(db)) return [];
  const snap = snapshotSql(run);
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.date, e.date_start, e.date_end, e.country, e.place, e.actor, e.target, e.weapons, e.killed, e.injured,
              a.key AS article_key, a.published,
              (SELECT m.incident_id FROM incident_membership m WHERE m.event_id = e.id AND m.run_id <= ? ORDER BY m.run_id DESC LIMIT 1) AS incident_id
         FROM events e JOIN (${snap.sql}) c ON c.article_id = e.article_id AND c.run_id = e.run_id JOIN articles a ON a.id = e.article_id`,
    )
    .all(run, ...snap.params) as Array<{ id: number; kind: string; date: string | null; date_start: string | null; date_end: string | null; country: string | null; place: string | null; actor: string | null; target: string | null; weapons: string; killed: number | null; injured: number | null; article_key: string; published: string | null; incident_id: number | null }>;
  const groups = new Map<number, Report[]>();
  for (const e of rows) {
    if (e.incident_id === null) continue;
    const r: Report = { eventId: e.id, articleKey: e.article_key, sig: "", kind: e.kind, day: e.date, dayStart: e.date_start, dayEnd: e.date_end, country: e.country, place: e.place, actor: e.actor, target: e.target, weapons: JSON.parse(e.weapons) as string[], killed: e.killed, injured: e.injured, published: e.published };
    groups.set(e.incident_id, [...(groups.get(e.incident_id) ?? []), r]);
  }
  const fingerprint = db.prepare("SELECT minhash FROM article_fingerprints WHERE article_key = ?").pluck();
  const made = db.prepare("SELECT created_run FROM incidents WHERE id = ?").pluck();
  const has = (v: string | null, part: string | undefined): boolean => part === undefined || (v ?? "").toLowerCase().includes(part.toLowerCase());
  const out: IncidentRow[] = [];
  for (const [id, reports] of groups) {
    const v = incidentValues(h, reports);
    const hashes = new Map<string, number[]>();
    for (const r of reports) {
      const mh = fingerprint.get(r.articleKey) as string | undefined;
      if (mh) hashes.set(r.articleKey, JSON.parse(mh) as number[]);
    }
    const row: IncidentRow = {
      id, kind: v.kind, date: v.date, date_start: v.dateStart, date_end: v.dateEnd, country: v.country, place: v.place, actor: v.actor, weapons: v.weapons,
      killed: v.killed, killed_min: v.killedMin, killed_max: v.killedMax, injured: v.injured, injured_min: v.injuredMin, injured_max: v.injuredMax,
      first_reported: v.firstReported, last_reported: v.lastReported, reports: v.reports, sources: distinctSources(hashes), conflicts: v.conflicts,
      created_run: (made.get(id) as number | undefined) ?? run, updated_run: run,
    };
    if (f.kind !== undefined && row.kind !== f.kind) continue;
    if (f.from !== undefined && (row.date_end ?? "") < f.from) continue;
    if (f.to !== undefined && (row.date_start ?? "9999") > f.to) continue;
    if (f.country !== undefined && !(row.country ?? "").toLowerCase().split("; ").includes(f.country.toLowerCase())) continue;
    if (!has(row.place, f.place) || !has(row.actor, f.actor)) continue;
    if (f.conflicts && !row.conflicts.length) continue;
    out.push(row);
  }
  return out.sort((a, b) => (a.date_start ?? "").localeCompare(b.date_start ?? "") || a.id - b.id);
}
