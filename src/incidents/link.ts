/**
 * Incremental, order-independent linking of the stored events into
 * incidents (GUIDELINES §6), run at the end of every ingest and extract.
 *
 * Which events are new: the runs not yet in `incident_linked_runs`, and of
 * their articles those whose current extraction is not the one in
 * `incident_synced`. Their old reports leave `incident_reports`, their
 * current linkable events (dated, not umbrella, not rejected) enter it.
 *
 * What is relinked: reports can only share an incident within one bucket
 * (one kind, one day), so the buckets those reports fall in are relinked
 * from scratch — closed over incident membership (an incident joined by an
 * analyst's merge spans buckets: all of its buckets are relinked together).
 * Linking a bucket depends only on its reports, taken in a fixed order
 * (cluster.ts), so the result is the one a from-scratch link of the whole
 * corpus gives, whatever the ingest order, batch size or worker count. Only
 * the touched buckets are read, through the (kind, day) index.
 *
 * Ids: a relinked group keeps the smallest id any of its reports had that
 * no earlier group (in a fixed order) kept; an incident left with no
 * report is dissolved (reports = 0), its row kept for the history.
 */
import type { Db } from "../db/openDatabase.js";
import type { EventRow as StoredEventRow } from "../db/eventRow.js";
import { loadLexicons } from "../lexicon/index.js";
import { clusterBucket, cmp } from "./cluster.js";
import { distinctSources, minhash } from "./fingerprint.js";
import { buildHierarchy, type Hierarchy } from "./hierarchy.js";
import { incidentValues } from "./bestValues.js";
import type { Decisions, Report } from "./types.js";
import { storeRetaliations } from "./retaliation.js";
import { addDays, nextDayJoins } from "./nextDay.js";
import { MAX_WINDOW_DAYS, windowDays, windowTarget } from "./windows.js";

export interface LinkStats {
  /** Runs linked by this call. */
  runs: number[];
  /** Articles whose reports were replaced. */
  articles: number;
  /** incident_reports rows read to relink: the touched buckets, not the corpus. */
  rowsRead: number;
  /** Incidents written or dissolved. */
  incidents: number;
  ms: number;
}

interface ReportRow {
  event_id: number;
  article_key: string;
  incident_id: number | null;
  kind: string;
  day: string | null;
  day_start: string | null;
  day_end: string | null;
  sig: string;
}

/** The columns of an `events` row the linker reads, with the sentence index of its first back-link. */
type EventRow = Pick<
  StoredEventRow,
  "id" | "kind" | "date" | "date_start" | "date_end" | "country" | "place" | "actor" | "target" | "weapons" | "killed" | "injured" | "umbrella"
> & { sidx: number | null };

let cachedHierarchy: Hierarchy | null = null;
/** The place and actor hierarchy of the current lexicons. */
export function currentHierarchy(): Hierarchy {
  if (!cachedHierarchy) {
    const lex = loadLexicons();
    cachedHierarchy = buildHierarchy(lex.gazetteer, lex.actors);
  }
  return cachedHierarchy;
}

/**
 * Signatures of an article's events (in id order): article key, kind, the
 * first evidence sentence, and the event's place among those of the same
 * kind and sentence. Stable across `sitrep extract` unless the rules move
 * the event to another sentence.
 */
export function signatures(key: string, events: ReadonlyArray<{ kind: string; sidx: number | null }>): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const base = `${key}#${e.kind}@${e.sidx ?? "-"}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}.${n + 1}`;
  });
}

/** Whether an event can be a report of an incident: dated (a day or a window), not an umbrella. */
export function linkable(e: Pick<EventRow, "umbrella" | "date" | "date_start" | "date_end">): boolean {
  return !e.umbrella && (e.date !== null || (e.date_start !== null && e.date_end !== null));
}

export interface LinkOptions {
  hierarchy?: Hierarchy;
  /** The run this process is finishing: linked though not yet marked finished. */
  finishing?: number | null;
  /** Relink these buckets too ("kind|day"), e.g. after an analyst's decision. */
  buckets?: Iterable<string>;
  /** Articles to sync again whatever their state (after a rejection). */
  articles?: Iterable<string>;
}

export function linkPending(db: Db, options: LinkOptions = {}): LinkStats {
  const t0 = performance.now();
  const h = options.hierarchy ?? currentHierarchy();
  return db
    .transaction((): LinkStats => {
      const pending = db.prepare("SELECT id, finished_at FROM runs WHERE id NOT IN (SELECT run_id FROM incident_linked_runs) ORDER BY id").all() as Array<{ id: number; finished_at: string | null }>;
      const extraBuckets = [...(options.buckets ?? [])];
      const extraArticles = [...(options.articles ?? [])];
      if (!pending.length && !extraBuckets.length && !extraArticles.length) return { runs: [], articles: 0, rowsRead: 0, incidents: 0, ms: performance.now() - t0 };
      const linkRun = options.finishing ?? pending.at(-1)?.id ?? (db.prepare("SELECT MAX(id) AS id FROM runs").get() as { id: number }).id;

      // 1. Articles of the pending runs whose current extraction is not yet in incident_reports.
      const articlesOfRun = db.prepare("SELECT a.id, a.key FROM extractions x JOIN articles a ON a.id = x.article_id WHERE x.run_id = ?");
      const articleByKey = db.prepare("SELECT id, key FROM articles WHERE key = ?");
      const currentRun = db.prepare("SELECT MAX(run_id) AS r FROM extractions WHERE article_id = ?").pluck();
      const syncedRun = db.prepare("SELECT run_id FROM incident_synced WHERE article_key = ?").pluck();
      const todo = new Map<string, { id: number; run: number }>();
      const consider = (a: { id: number; key: string } | undefined, force: boolean): void => {
        if (!a || todo.has(a.key)) return;
        const run = currentRun.get(a.id) as number | null;
        if (run === null) return;
        if (force || syncedRun.get(a.key) !== run) todo.set(a.key, { id: a.id, run });
      };
      for (const r of pending) for (const a of articlesOfRun.all(r.id) as Array<{ id: number; key: string }>) consider(a, false);
      for (const key of extraArticles) consider(articleByKey.get(key) as { id: number; key: string } | undefined, true);

      const buckets = new Set<string>(extraBuckets);
      const touched = new Set<number>();
      const loose: ReportRow[] = []; // new reports known only by a window
      // A re-extracted event with an old report's signature is that report again: it brings its incident's id along.
      const inherited = new Map<number, number>();
      syncArticles(db, h, todo, buckets, touched, loose, inherited);
      const { groups, loaded, rowsRead } = relink(db, h, buckets, touched, loose);
      const written = writeGroups(db, h, groups, loaded, touched, linkRun, inherited);

      const marked = pending.filter((r) => r.finished_at !== null || r.id === options.finishing).map((r) => r.id);
      const ms = performance.now() - t0;
      const mark = db.prepare("INSERT OR REPLACE INTO incident_linked_runs (run_id, linked_at, ms, rows_read) VALUES (?, ?, ?, ?)");
      for (const id of marked) mark.run(id, new Date().toISOString(), ms, rowsRead);
      return { runs: marked, articles: todo.size, rowsRead, incidents: written, ms };
    })
    .immediate();
}


/** Days either side of a changed day that are relinked: a next-day join reads two days around it (nextDay.ts). */
const REACH = 2;

/**
 * Relinks the days of `buckets` and REACH days around them, closed over
 * incident membership (an incident's days are relinked together) and over
 * windows (a window report's days, and the window reports covering a
 * relinked day). Days one further are read as context for next-day joins.
 */
function relink(db: Db, h: Hierarchy, buckets: ReadonlySet<string>, touched: Set<number>, loose: readonly ReportRow[]): { groups: Report[][]; loaded: Map<number, ReportRow>; rowsRead: number } {
  const decisions = readDecisions(db);
  const loaded = new Map<number, ReportRow>();
  let rowsRead = 0;
  const dayRows = db.prepare("SELECT * FROM incident_reports WHERE kind = ? AND day = ?");
  const incidentRows = db.prepare("SELECT * FROM incident_reports WHERE incident_id = ?");
  const bySig = db.prepare("SELECT * FROM incident_reports WHERE sig = ?");
  // Window reports whose window may cover a day: starting at most MAX_WINDOW_DAYS before it (the window index).
  const windowRows = db.prepare("SELECT * FROM incident_reports WHERE kind = ? AND day IS NULL AND day_start BETWEEN ? AND ? AND day_end >= ?");
  const partners = new Map<string, string[]>();
  for (const [a, b] of decisions.merge) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const relinkDays = new Set<string>();
  const queue: string[] = [];
  const addDay = (kind: string, day: string): void => {
    const b = bucketKey(kind, day);
    if (relinkDays.has(b)) return;
    relinkDays.add(b);
    queue.push(b);
  };
  for (const b of buckets) {
    const [kind, day] = splitBucket(b);
    for (let k = -REACH; k <= REACH; k++) addDay(kind, addDays(day, k));
  }
  const seenIncidents = new Set<number>();
  const add = (row: ReportRow): void => {
    if (loaded.has(row.event_id)) return;
    rowsRead++;
    loaded.set(row.event_id, row);
    if (row.day !== null) addDay(row.kind, row.day);
    else if (row.day_start && row.day_end && (windowDays({ dayStart: row.day_start, dayEnd: row.day_end }) ?? Infinity) <= MAX_WINDOW_DAYS)
      for (let d = row.day_start; d <= row.day_end; d = addDays(d, 1)) addDay(row.kind, d);
    if (row.incident_id !== null) loadIncident(row.incident_id);
    for (const other of partners.get(row.sig) ?? []) for (const m of bySig.all(other) as ReportRow[]) add(m);
  };
  const loadIncident = (id: number): void => {
    if (seenIncidents.has(id)) return;
    seenIncidents.add(id);
    touched.add(id);
    for (const m of incidentRows.all(id) as ReportRow[]) add(m);
  };
  for (const r of loose) add(r);
  for (const id of [...touched]) loadIncident(id);
  while (queue.length) {
    const [kind, day] = splitBucket(queue.shift()!);
    for (const row of dayRows.all(kind, day) as ReportRow[]) add(row);
    for (const row of windowRows.all(kind, addDays(day, -MAX_WINDOW_DAYS), day, day) as ReportRow[]) add(row);
  }

  // Context: the day either side of the relinked days, read but not rewritten.
  const context: ReportRow[] = [];
  for (const b of relinkDays) {
    const [kind, day] = splitBucket(b);
    for (const d of [addDays(day, -1), addDays(day, 1)])
      if (!relinkDays.has(bucketKey(kind, d))) for (const row of dayRows.all(kind, d) as ReportRow[]) if (!loaded.has(row.event_id)) context.push(row);
  }
  rowsRead += context.length;
  const reports = readReports(db, [...loaded.values(), ...context]);

  // Each day from scratch, then next-day joins between relinked days.
  const byDay = new Map<string, Report[]>();
  const windowed: Report[] = [];
  for (const r of reports.values()) {
    if (r.day === null) {
      if (loaded.has(r.eventId)) windowed.push(r);
      continue;
    }
    const b = bucketKey(r.kind, r.day);
    if (!byDay.has(b)) byDay.set(b, []);
    byDay.get(b)!.push(r);
  }
  const clusters = new Map<string, Report[][]>();
  for (const b of [...byDay.keys()].sort()) clusters.set(b, clusterBucket(h, byDay.get(b)!, decisions));
  const at = (kind: string) => (day: string): Report[][] => clusters.get(bucketKey(kind, day)) ?? [];
  const days = [...relinkDays].filter((b) => clusters.has(b)).sort();
  const index = new Map<Report[], number>();
  const all: Report[][] = [];
  for (const b of days)
    for (const g of clusters.get(b)!) {
      index.set(g, all.length);
      all.push(g);
    }
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const b of days) {
    const [kind, day] = splitBucket(b);
    const next = bucketKey(kind, addDays(day, 1));
    if (!relinkDays.has(next) || !clusters.has(next)) continue;
    for (const [i, j] of nextDayJoins(h, day, at(kind))) {
      const x = find(index.get(clusters.get(b)![i]!)!);
      const y = find(index.get(clusters.get(next)![j]!)!);
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  const joined = new Map<number, Report[]>();
  all.forEach((g, i) => joined.set(find(i), [...(joined.get(find(i)) ?? []), ...g]));
  const groups = [...joined.values()];

  // Window reports join the one incident they can be, in a fixed order; else stay alone.
  for (const r of windowed.sort((a, b) => cmp(a.articleKey, b.articleKey) || cmp(a.sig, b.sig))) {
    const pool = groups.filter((g) => g[0]!.kind === r.kind && g.some((m) => m.day !== null && m.day >= r.dayStart! && m.day <= r.dayEnd!));
    const target = decisions.split.has(r.sig) ? null : windowTarget(h, r, pool);
    if (target === null) groups.push([r]);
    else pool[target]!.push(r);
  }
  return { groups: applyMerges(groups, decisions), loaded, rowsRead };
}

export function bucketKey(kind: string, day: string): string {
  return `${kind}|${day}`;
}

function splitBucket(b: string): [string, string] {
  const i = b.indexOf("|");
  return [b.slice(0, i), b.slice(i + 1)];
}

/** Replaces the reports of each article in `todo` by its current linkable events; records the buckets and incidents touched. */
function syncArticles(
  db: Db,
  h: Hierarchy,
  todo: ReadonlyMap<string, { id: number; run: number }>,
  buckets: Set<string>,
  touched: Set<number>,
  loose: ReportRow[],
  inherited: Map<number, number>,
): void {
  const oldRows = db.prepare("SELECT * FROM incident_reports WHERE article_key = ?");
  const dropRows = db.prepare("DELETE FROM incident_reports WHERE article_key = ?");
  const eventsOf = db.prepare(
    `SELECT e.*, (SELECT MIN(s.idx) FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
                   WHERE es.event_id = e.id AND es.field = 'evidence') AS sidx
       FROM events e WHERE e.article_id = ? AND e.run_id = ? ORDER BY e.id`,
  );
  const rejected = db.prepare("SELECT 1 FROM incident_decisions WHERE action = 'reject' AND sig = ?").pluck();
  const insert = db.prepare("INSERT OR REPLACE INTO incident_reports (event_id, article_key, incident_id, kind, day, day_start, day_end, sig) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)");
  const synced = db.prepare("INSERT OR REPLACE INTO incident_synced (article_key, run_id) VALUES (?, ?)");
  const fingerprint = db.prepare("SELECT content_hash FROM article_fingerprints WHERE article_key = ?").pluck();
  const article = db.prepare("SELECT content_hash, text FROM articles WHERE id = ?");
  const putFingerprint = db.prepare("INSERT OR REPLACE INTO article_fingerprints (article_key, content_hash, minhash) VALUES (?, ?, ?)");
  // The old extraction's references go with it (a replaced article's went with its events).
  const dropReferences = db.prepare("DELETE FROM incident_retaliations WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)");
  for (const [key, a] of [...todo].sort((x, y) => cmp(x[0], y[0]))) {
    const bySig = new Map<string, number>();
    for (const old of oldRows.all(key) as ReportRow[]) {
      if (old.incident_id !== null) {
        touched.add(old.incident_id);
        bySig.set(old.sig, old.incident_id);
      }
      if (old.day !== null) buckets.add(bucketKey(old.kind, old.day));
    }
    dropReferences.run(a.id);
    dropRows.run(key);
    const events = eventsOf.all(a.id, a.run) as EventRow[];
    const sigs = signatures(key, events);
    events.forEach((e, i) => {
      const sig = sigs[i]!;
      if (!linkable(e) || rejected.get(sig)) return;
      insert.run(e.id, key, e.kind, e.date, e.date_start, e.date_end, sig);
      const was = bySig.get(sig);
      if (was !== undefined && was !== null) inherited.set(e.id, was);
      if (e.date !== null) buckets.add(bucketKey(e.kind, e.date));
      else loose.push({ event_id: e.id, article_key: key, incident_id: null, kind: e.kind, day: null, day_start: e.date_start, day_end: e.date_end, sig });
    });
    synced.run(key, a.run);
    const text = article.get(a.id) as { content_hash: string; text: string };
    if (fingerprint.get(key) !== text.content_hash) putFingerprint.run(key, text.content_hash, JSON.stringify(minhash(text.text)));
    storeRetaliations(db, h, a.id, a.run);
  }
}

function readDecisions(db: Db): Decisions {
  const rows = db.prepare("SELECT action, sig, other_sig FROM incident_decisions WHERE action IN ('merge', 'split') ORDER BY id").all() as Array<{ action: string; sig: string; other_sig: string | null }>;
  return {
    split: new Set(rows.filter((r) => r.action === "split").map((r) => r.sig)),
    merge: rows.filter((r) => r.action === "merge" && r.other_sig !== null).map((r) => [r.sig, r.other_sig!] as const),
  };
}

function readReports(db: Db, rows: readonly ReportRow[]): Map<number, Report> {
  const eventOf = db.prepare("SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?");
  const out = new Map<number, Report>();
  for (const row of rows) {
    const e = eventOf.get(row.event_id) as (EventRow & { published: string | null }) | undefined;
    if (!e) continue;
    out.set(row.event_id, {
      eventId: e.id,
      articleKey: row.article_key,
      sig: row.sig,
      kind: e.kind,
      day: e.date,
      dayStart: e.date_start,
      dayEnd: e.date_end,
      country: e.country,
      place: e.place,
      actor: e.actor,
      target: e.target,
      weapons: JSON.parse(e.weapons) as string[],
      killed: e.killed,
      injured: e.injured,
      published: e.published,
    });
  }
  return out;
}

/** Joins the groups holding the two sides of each merge decision (union-find), keeping a fixed order. */
export function applyMerges(groups: Report[][], decisions: Pick<Decisions, "merge">): Report[][] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((r) => groupOf.set(r.sig, i)));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of decisions.merge) {
    const x = groupOf.get(a);
    const y = groupOf.get(b);
    if (x !== undefined && y !== undefined) parent[Math.max(find(x), find(y))] = Math.min(find(x), find(y));
  }
  const out = new Map<number, Report[]>();
  groups.forEach((g, i) => {
    const root = find(i);
    out.set(root, [...(out.get(root) ?? []), ...g]);
  });
  return [...out.values()];
}

/** Fixed order of groups for handing out ids: earliest day, then article key, then signature. */
function groupOrder(a: Report[], b: Report[]): number {
  const first = (g: Report[]): Report => [...g].sort((x, y) => cmp(x.day ?? x.dayStart ?? "", y.day ?? y.dayStart ?? "") || cmp(x.articleKey, y.articleKey) || cmp(x.sig, y.sig))[0]!;
  const x = first(a);
  const y = first(b);
  return cmp(x.day ?? x.dayStart ?? "", y.day ?? y.dayStart ?? "") || cmp(x.articleKey, y.articleKey) || cmp(x.sig, y.sig);
}

function writeGroups(db: Db, h: Hierarchy, groups: Report[][], loaded: ReadonlyMap<number, ReportRow>, touched: ReadonlySet<number>, run: number, inherited: ReadonlyMap<number, number>): number {
  const claimed = new Set<number>();
  const newIncident = db.prepare("INSERT INTO incidents (created_run, updated_run, kind) VALUES (?, ?, ?)");
  const setReport = db.prepare("UPDATE incident_reports SET incident_id = ? WHERE event_id = ?");
  const history = db.prepare("INSERT OR REPLACE INTO incident_membership (event_id, run_id, incident_id) VALUES (?, ?, ?)");
  const fingerprintOf = db.prepare("SELECT minhash FROM article_fingerprints WHERE article_key = ?").pluck();
  const update = db.prepare(
    `UPDATE incidents SET updated_run = ?, kind = ?, date = ?, date_start = ?, date_end = ?, country = ?, place = ?, actor = ?,
       weapons = ?, killed = ?, killed_min = ?, killed_max = ?, injured = ?, injured_min = ?, injured_max = ?,
       first_reported = ?, last_reported = ?, reports = ?, sources = ?, conflicts = ? WHERE id = ?`,
  );
  const dissolve = db.prepare("UPDATE incidents SET updated_run = ?, reports = 0, sources = 0 WHERE id = ? AND reports > 0");
  let written = 0;
  for (const g of [...groups].sort(groupOrder)) {
    const old = [...new Set(g.map((r) => loaded.get(r.eventId)!.incident_id ?? inherited.get(r.eventId) ?? null).filter((x): x is number => x !== null))].sort((a, b) => a - b);
    let id = old.find((x) => !claimed.has(x));
    if (id === undefined) id = Number(newIncident.run(run, run, g[0]!.kind).lastInsertRowid);
    claimed.add(id);
    for (const r of g) {
      if (loaded.get(r.eventId)!.incident_id === id) continue;
      setReport.run(id, r.eventId);
      history.run(r.eventId, run, id);
    }
    const v = incidentValues(h, g);
    const hashes = new Map<string, number[]>();
    for (const r of g) {
      const mh = fingerprintOf.get(r.articleKey) as string | undefined;
      if (mh) hashes.set(r.articleKey, JSON.parse(mh) as number[]);
    }
    const sources = distinctSources(hashes);
    update.run(run, v.kind, v.date, v.dateStart, v.dateEnd, v.country, v.place, v.actor, JSON.stringify(v.weapons), v.killed, v.killedMin, v.killedMax, v.injured, v.injuredMin, v.injuredMax, v.firstReported, v.lastReported, v.reports, sources, JSON.stringify(v.conflicts), id);
    written++;
  }
  for (const id of touched) if (!claimed.has(id) && dissolve.run(run, id).changes) written++;
  return written;
}

/** The signature of a stored event (any run), or null when there is no such event. */
export function signatureOf(db: Db, eventId: number): { sig: string; articleKey: string; kind: string; day: string | null } | null {
  const e = db.prepare("SELECT e.article_id, e.run_id, a.key FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?").get(eventId) as
    | { article_id: number; run_id: number; key: string }
    | undefined;
  if (!e) return null;
  const events = db
    .prepare(
      `SELECT e.id, e.kind, e.date, (SELECT MIN(s.idx) FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
                   WHERE es.event_id = e.id AND es.field = 'evidence') AS sidx
         FROM events e WHERE e.article_id = ? AND e.run_id = ? ORDER BY e.id`,
    )
    .all(e.article_id, e.run_id) as Array<{ id: number; kind: string; date: string | null; sidx: number | null }>;
  const sigs = signatures(e.key, events);
  const i = events.findIndex((x) => x.id === eventId);
  return { sig: sigs[i]!, articleKey: e.key, kind: events[i]!.kind, day: events[i]!.date };
}
