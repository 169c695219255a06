/**
 * Gathers what the report shows from the database: the snapshot's events
 * with their marked sentences, its incidents (the events of many articles
 * that report one real attack or strike), its tallies with their words
 * marked, the cumulative incidents, and the map's outlines.
 */
import { kindRegistry } from "../kinds.js";
import { basename } from "node:path";
import type { Db } from "../db/openDatabase.js";
import { snapshotSql } from "../db/snapshot.js";
import { loadLexicons, type GazetteerEntry } from "../lexicon/loadLexicons.js";
import { segmentSentence } from "../query/highlight.js";
import { queryEvents, type EventRecord } from "../query/queryEvents.js";
import { cumulativeDistinct } from "./distinctEvents.js";
import { incidentLookup } from "../incidents/membership.js";
import { incidentsAsOf, listIncidents, type IncidentRow } from "../incidents/readIncidents.js";
import { currentHierarchy } from "../incidents/link.js";
import { retaliationsOf } from "../incidents/retaliation.js";
import type { Hierarchy } from "../incidents/hierarchy.js";
import { conflictCell } from "../export/incidentRecords.js";
import { MAP_BBOX, mapOutlines } from "./mapOutlines.js";
import type { ReportData, ReportEvent, ReportIncident, ReportTally, TimeSpan } from "./reportTypes.js";

export interface ReportOptions {
  run?: number | null;
  /** Shown as the database's name (default: the file name). */
  database: string;
  title?: string;
  gazetteer?: GazetteerEntry[];
  now?: Date;
}

function toReportEvent(e: EventRecord, incident: number | null, centres: Map<string, [number, number]>): ReportEvent & { umbrella: boolean } {
  const countries = e.country ? e.country.split("; ") : [];
  const exact = e.latitude !== null && e.longitude !== null;
  // No coordinates: fall back to the country's (or sea's) centre, drawn as approximate.
  const centre = exact ? null : countries.map((c) => centres.get(c)).find((c) => c !== undefined) ?? null;
  return {
    id: e.id,
    incident,
    article: e.article,
    kind: e.kind,
    date: e.date,
    date_start: e.date_start,
    date_end: e.date_end,
    countries,
    place: e.place,
    actor: e.actor,
    target: e.target,
    weapons: e.weapons,
    killed: e.killed,
    injured: e.injured,
    outcome: e.outcome,
    lon: exact ? e.longitude : (centre?.[0] ?? null),
    lat: exact ? e.latitude : (centre?.[1] ?? null),
    approximate: !exact && centre !== null,
    umbrella: e.umbrella,
    sentences: e.sources.filter((s) => s.evidence).map((s) => ({ idx: s.idx, segments: s.segments })),
  };
}

const range = (min: number | null, max: number | null): [number, number] | null => (min !== null && max !== null ? [min, max] : null);

/** An incident for the page, drawn where its reports at its place are, else at its country's centre (approximate). */
function toReportIncident(db: Db, h: Hierarchy, i: IncidentRow, reports: ReportEvent[], places: Map<string, GazetteerEntry>, centres: Map<string, [number, number]>): ReportIncident {
  const countries = i.country ? i.country.split("; ") : [];
  const at = reports.find((r) => i.place !== null && r.place === i.place && !r.approximate && r.lon !== null && r.lat !== null);
  const named = i.place !== null ? places.get(i.place) : undefined;
  const exact: [number, number] | null = at ? [at.lon!, at.lat!] : named && named.kind !== "country" && named.kind !== "sea" ? [named.lon, named.lat] : null;
  const centre = exact ? null : (countries.map((c) => centres.get(c)).find((c) => c !== undefined) ?? null);
  return {
    id: i.id,
    kind: i.kind,
    date: i.date,
    date_start: i.date_start,
    date_end: i.date_end,
    countries,
    place: i.place,
    actor: i.actor,
    weapons: i.weapons,
    killed: i.killed,
    killed_range: range(i.killed_min, i.killed_max),
    injured: i.injured,
    injured_range: range(i.injured_min, i.injured_max),
    reports: i.reports,
    sources: i.sources,
    conflicts: i.conflicts.map(conflictCell),
    retaliation: retaliationsOf(db, h, i).map((l) => ({
      direction: l.direction,
      incident: l.direction === "answers" ? l.attackIncident : l.strikeIncident,
      ref: [l.refDate, l.refPlace ?? l.refCountry].filter(Boolean).join(", "),
      sentence: l.sentence,
      article: l.article,
    })),
    lon: exact?.[0] ?? centre?.[0] ?? null,
    lat: exact?.[1] ?? centre?.[1] ?? null,
    approximate: !exact && centre !== null,
  };
}

function readTallies(db: Db, run: number | null): ReportTally[] {
  const snap = snapshotSql(run);
  const rows = db
    .prepare(
      `SELECT t.metric, t.value, t.qualifier, t.region, t.since, t.as_of, t.start, t.end, a.key AS article, s.start AS s_start, s.text AS s_text
         FROM tallies t JOIN (${snap.sql}) c ON c.article_id = t.article_id AND c.run_id = t.run_id
         JOIN articles a ON a.id = t.article_id JOIN sentences s ON s.id = t.sentence_id
        ORDER BY t.as_of IS NULL, t.as_of, t.metric, t.id`,
    )
    .all(...snap.params) as Array<Omit<ReportTally, "segments"> & { start: number; end: number; s_start: number; s_text: string }>;
  return rows.map(({ start, end, s_start, s_text, ...t }) => {
    const [from, to] = wordEdges(s_text, start - s_start, end - s_start);
    return { ...t, segments: segmentSentence(s_text, s_start, [{ field: t.metric, start: s_start + from, end: s_start + to }]) };
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** [start, end) widened to whole words: a tally's words are never marked from mid-word. */
export function wordEdges(text: string, start: number, end: number): [number, number] {
  while (start > 0 && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start--;
  while (end < text.length && end > 0 && WORD_CHAR.test(text[end - 1]!) && WORD_CHAR.test(text[end]!)) end++;
  return [start, end];
}

const DAY_MS = 86_400_000;

/**
 * The span of days that holds most incidents (or events): those further from the
 * median day than five median absolute deviations (at least five weeks) are
 * outliers, listed rather than drawn. Median-based, so a few old events
 * cannot drag the span towards themselves.
 */
export function timeSpan(events: Array<{ id: number; date: string | null; kind: string; place: string | null }>): TimeSpan | null {
  const dated = events.filter((e): e is typeof e & { date: string } => e.date !== null).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  if (dated.length === 0) return null;
  const t = (d: string): number => Date.parse(`${d}T00:00:00Z`);
  const median = (values: number[]): number => {
    const s = [...values].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const mid = median(dated.map((e) => t(e.date)));
  const mad = median(dated.map((e) => Math.abs(t(e.date) - mid)));
  const reach = 5 * Math.max(mad, 7 * DAY_MS);
  const inside = (e: { date: string }): boolean => Math.abs(t(e.date) - mid) <= reach;
  const kept = dated.filter(inside);
  return {
    from: kept[0]!.date,
    to: kept.at(-1)!.date,
    outliers: dated.filter((e) => !inside(e)).map((e) => ({ id: e.id, date: e.date, kind: e.kind, place: e.place })),
  };
}

export function reportData(db: Db, options: ReportOptions): ReportData {
  const run = options.run ?? null;
  const gazetteer = options.gazetteer ?? loadLexicons().gazetteer;
  const centres = new Map(gazetteer.filter((g) => g.kind === "country" || g.kind === "sea").map((g) => [g.name, [g.lon, g.lat] as [number, number]]));
  const incidentOf = incidentLookup(db, run);
  const events = queryEvents(db, { run }).events.map((e) => toReportEvent(e, incidentOf(e.id), centres));
  const h = currentHierarchy();
  const rows = run === null ? listIncidents(db) : incidentsAsOf(db, run, h);
  const places = new Map(gazetteer.map((g) => [g.name, g]));
  const reportsOf = new Map<number, ReportEvent[]>();
  for (const e of events) if (e.incident !== null) reportsOf.set(e.incident, [...(reportsOf.get(e.incident) ?? []), e]);
  const incidents = rows.map((i) => toReportIncident(db, h, i, reportsOf.get(i.id) ?? [], places, centres));
  const snap = snapshotSql(run);
  const articles = (db.prepare(`SELECT COUNT(*) AS n FROM (${snap.sql})`).get(...snap.params) as { n: number }).n;
  return {
    title: options.title ?? "sitrep: attacks and strikes",
    generated: (options.now ?? new Date()).toISOString(),
    database: basename(options.database),
    run,
    articles,
    events: events.map(({ umbrella: _u, ...e }) => e),
    incidents,
    tallies: readTallies(db, run),
    cumulative: cumulativeDistinct(incidents),
    kinds: kindRegistry().list.map((k) => ({ id: k.id, description: k.description, colour: k.colour })),
    span: timeSpan(incidents),
    bbox: MAP_BBOX,
    outlines: mapOutlines(),
  };
}
