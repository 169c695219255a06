/**
 * An analyst's decisions: merge two incidents, split an event out of its
 * incident, reject an event (it belongs to no incident). Each is recorded
 * with who and why, keyed by event signature so that it outlives
 * re-extraction, and applied at once by relinking the days it touches;
 * every later link applies it again (link.ts reads incident_decisions).
 */
import type { Db } from "../db/openDatabase.js";
import { fail } from "../errors.js";
import { bucketKey, linkPending, signatureOf, type LinkOptions } from "./link.js";

export interface Who {
  by: string;
  reason: string | null;
}

interface ReportRow {
  event_id: number;
  sig: string;
  kind: string;
  day: string | null;
  article_key: string;
}

function liveIncident(db: Db, id: number): ReportRow[] {
  const rows = db.prepare("SELECT event_id, sig, kind, day, article_key FROM incident_reports WHERE incident_id = ? ORDER BY sig").all(id) as ReportRow[];
  if (!rows.length) throw fail("E_NO_INCIDENT", `there is no incident ${id} (or it has no reports left)`);
  return rows;
}

const bucketsOf = (rows: readonly ReportRow[]): string[] => rows.flatMap((r) => (r.day ? [bucketKey(r.kind, r.day)] : []));

function record(db: Db, action: string, sig: string, other: string | null, who: Who): void {
  db.prepare("INSERT INTO incident_decisions (action, sig, other_sig, by, reason, at) VALUES (?, ?, ?, ?, ?, ?)").run(action, sig, other, who.by, who.reason, new Date().toISOString());
}

function relink(db: Db, options: LinkOptions): void {
  linkPending(db, options);
}

/** Merges incident b into a's group (whatever the linker would say). Returns the incident the reports now share. */
export function mergeIncidents(db: Db, a: number, b: number, who: Who, link: LinkOptions = {}): number {
  if (a === b) throw fail("E_USAGE", `--merge needs two different incidents, got ${a} twice`);
  const ra = liveIncident(db, a);
  const rb = liveIncident(db, b);
  db.transaction(() => record(db, "merge", ra[0]!.sig, rb[0]!.sig, who)).immediate();
  relink(db, { ...link, buckets: [...bucketsOf(ra), ...bucketsOf(rb)], articles: ra.concat(rb).filter((r) => !r.day).map((r) => r.article_key) });
  return db.prepare("SELECT incident_id FROM incident_reports WHERE event_id = ?").pluck().get(ra[0]!.event_id) as number;
}

/** Splits an event out of its incident: it stays an incident of its own. Returns its incident. */
export function splitEvent(db: Db, eventId: number, who: Who, link: LinkOptions = {}): number {
  const row = db.prepare("SELECT event_id, sig, kind, day, article_key, incident_id FROM incident_reports WHERE event_id = ?").get(eventId) as (ReportRow & { incident_id: number | null }) | undefined;
  if (!row || row.incident_id === null) throw fail("E_NO_INCIDENT", `event ${eventId} is in no incident (an umbrella, undated, rejected or not current event)`);
  const rows = liveIncident(db, row.incident_id);
  db.transaction(() => record(db, "split", row.sig, null, who)).immediate();
  relink(db, { ...link, buckets: bucketsOf(rows), articles: [row.article_key] });
  return db.prepare("SELECT incident_id FROM incident_reports WHERE event_id = ?").pluck().get(eventId) as number;
}

/** Rejects an event: it belongs to no incident, now and after any re-extraction that keeps its signature. */
export function rejectEvent(db: Db, eventId: number, who: Who, link: LinkOptions = {}): string {
  const s = signatureOf(db, eventId);
  if (!s) throw fail("E_NO_EVENT", `there is no event ${eventId}`);
  db.transaction(() => record(db, "reject", s.sig, null, who)).immediate();
  relink(db, { ...link, articles: [s.articleKey], buckets: s.day ? [bucketKey(s.kind, s.day)] : [] });
  return s.sig;
}

export interface DecisionRow {
  id: number;
  action: string;
  sig: string;
  other_sig: string | null;
  by: string;
  reason: string | null;
  at: string;
}

export function listDecisions(db: Db): DecisionRow[] {
  return db.prepare("SELECT * FROM incident_decisions ORDER BY id").all() as DecisionRow[];
}
