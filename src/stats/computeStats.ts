/**
 * Counts for `sitrep stats` over the current snapshot (or as of a run):
 * events by kind, country, actor and month, and the articles that gave no
 * event. Lexicon misses are in lexiconMisses.ts.
 */
import type { Db } from "../db/openDatabase.js";
import { snapshotSql } from "../export/readAnswers.js";

export interface CountRow {
  value: string;
  count: number;
}

export interface QuietArticle {
  article: string;
  published: string | null;
  sentences: number;
}

export interface EventCounts {
  totals: { articles: number; events: number; tallies: number };
  by_kind: CountRow[];
  /** Each event once, under its country value ("Iraq; Syria" for an event in both): sums to the events. */
  by_country: CountRow[];
  /** The breakdown per country: an event in several countries counts in each, so this sums to more. */
  per_country: CountRow[];
  by_actor: CountRow[];
  by_month: CountRow[];
  articles_without_events: QuietArticle[];
}

function tally(values: Iterable<string>): CountRow[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Articles, events and tallies of every article's result as of `run` (null: the current one). */
export function snapshotTotals(db: Db, run: number | null): { articles: number; events: number; tallies: number } {
  const snap = snapshotSql(run);
  const count = (sql: string): number => (db.prepare(sql).get(...snap.params) as { n: number }).n;
  const joined = (table: string) => `SELECT COUNT(*) AS n FROM ${table} t JOIN (${snap.sql}) c ON c.article_id = t.article_id AND c.run_id = t.run_id`;
  return { articles: count(`SELECT COUNT(*) AS n FROM (${snap.sql})`), events: count(joined("events")), tallies: count(joined("tallies")) };
}

export function computeStats(db: Db, run: number | null): EventCounts {
  const snap = snapshotSql(run);
  const events = db
    .prepare(
      `SELECT e.kind, e.country, e.actor, COALESCE(e.date, e.date_start) AS day
         FROM events e JOIN (${snap.sql}) c ON c.article_id = e.article_id AND c.run_id = e.run_id`,
    )
    .all(...snap.params) as Array<{ kind: string; country: string | null; actor: string | null; day: string | null }>;
  const quiet = db
    .prepare(
      `SELECT a.key AS article, a.published, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) AS sentences
         FROM articles a JOIN (${snap.sql}) c ON c.article_id = a.id
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.run_id = c.run_id)
        ORDER BY a.key`,
    )
    .all(...snap.params) as QuietArticle[];
  return {
    totals: snapshotTotals(db, run),
    by_kind: tally(events.map((e) => e.kind)),
    by_country: tally(events.map((e) => e.country ?? "(unknown)")),
    // An event in "Iraq; Syria" counts once for each.
    per_country: tally(events.flatMap((e) => (e.country ? e.country.split("; ") : ["(unknown)"]))),
    by_actor: tally(events.map((e) => e.actor ?? "(unknown)")),
    by_month: tally(events.map((e) => e.day?.slice(0, 7) ?? "(undated)")).sort((a, b) => a.value.localeCompare(b.value)),
    articles_without_events: quiet,
  };
}
