/**
 * Loads one event by id for `sitrep show`: its fields and sentences, the
 * article it came from (and how its publication date was found), and the run
 * that made it — with whether that run is still the article's current one.
 */
import type { Db } from "../db/openDatabase.js";
import { EVENT_COLUMNS } from "./buildEventQuery.js";
import { toEventRecords, type EventRecord } from "./queryEvents.js";

export interface EventDetail {
  event: EventRecord;
  /** The readable key `ARTICLE#N`: the N-th event of the article in the event's run (sitrep show accepts it). */
  key: string;
  article: { id: number; key: string; source_path: string; source_line: number | null; url: string | null; title: string | null; published: string | null; published_method: string; published_words: string | null };
  run: { id: number; command: string; started_at: string; rules_version: string; reference_date: string | null };
  /** The article's newest extraction: when it is not `run.id`, the event is from an older snapshot. */
  current_run: number;
}

export function loadEvent(db: Db, id: number): EventDetail | null {
  const row = db.prepare(`SELECT ${EVENT_COLUMNS}, e.article_id FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`).get(id) as
    | (Parameters<typeof toEventRecords>[1][number] & { article_id: number })
    | undefined;
  if (!row) return null;
  const { article_id, ...eventRow } = row;
  const [event] = toEventRecords(db, [eventRow]);
  const a = db
    .prepare("SELECT id, key, source_path, source_line, url, title, text, published, published_method, published_start, published_end FROM articles WHERE id = ?")
    .get(article_id) as Omit<EventDetail["article"], "published_words"> & { text: string; published_start: number | null; published_end: number | null };
  const { text, published_start, published_end, ...article } = a;
  const run = db.prepare("SELECT id, command, started_at, rules_version, reference_date FROM runs WHERE id = ?").get(row.run_id) as EventDetail["run"];
  const current = db.prepare("SELECT MAX(run_id) AS run_id FROM extractions WHERE article_id = ?").get(article_id) as { run_id: number };
  const place = db.prepare("SELECT COUNT(*) AS n FROM events WHERE article_id = ? AND run_id = ? AND id <= ?").get(article_id, row.run_id, id) as { n: number };
  return {
    event: event!,
    key: `${article.key}#${place.n}`,
    article: { ...article, published_words: published_start !== null && published_end !== null ? text.slice(published_start, published_end) : null },
    run,
    current_run: current.run_id,
  };
}

/**
 * The id of the event a readable key `ARTICLE#N` names: the N-th event
 * (by id) of the article in run `run`, by default the article's newest
 * extraction. Null when there is no such article or event.
 */
export function eventIdByKey(db: Db, key: string, run: number | null): number | null {
  const m = /^(.+)#(\d+)$/.exec(key);
  if (!m) return null;
  const article = db.prepare("SELECT id FROM articles WHERE key = ?").get(m[1]) as { id: number } | undefined;
  if (!article) return null;
  const runId = run ?? (db.prepare("SELECT MAX(run_id) AS r FROM extractions WHERE article_id = ?").get(article.id) as { r: number | null }).r;
  const n = Number(m[2]);
  if (runId === null || n < 1) return null;
  const row = db.prepare("SELECT id FROM events WHERE article_id = ? AND run_id = ? ORDER BY id LIMIT 1 OFFSET ?").get(article.id, runId, n - 1) as { id: number } | undefined;
  return row?.id ?? null;
}
