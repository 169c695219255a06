/**
 * Writes one article and everything derived from it. Each call is one
 * synchronous transaction (better-sqlite3 cannot span an await), deleting
 * what the article's previous version owned before inserting, so reruns are
 * idempotent and a crash leaves whole articles or nothing.
 */
import { SitrepError } from "../errors.js";
import type { Db } from "./openDatabase.js";
import { insertRows, statement } from "./statements.js";
import type { Extraction } from "../model/extraction.js";
import type { SentenceParse } from "../parse/parseSentence.js";

export interface ArticleRecord {
  key: string;
  sourcePath: string;
  sourceLine: number | null;
  url: string | null;
  title: string | null;
  contentHash: string;
  encoding: string;
  text: string;
  published: string | null;
  publishedMethod: "header" | "field" | "inferred" | "unknown";
  publishedSpan: { start: number; end: number } | null;
  warnings: Array<{ code: string; message: string }>;
  sentences: Array<{ idx: number; start: number; end: number; text: string; parse: SentenceParse }>;
}

/**
 * The stored hash of an article key, or null when it is new — or when other
 * text-stage code than `textVersion` made its stored text and sentences, so
 * that ingesting it again remakes them (a NULL version, from before schema
 * v5, is taken as current).
 */
export function storedHash(db: Db, key: string, textVersion?: string): string | null {
  const row = statement(db, "SELECT content_hash, text_version FROM articles WHERE key = ?").get(key) as { content_hash: string; text_version: string | null } | undefined;
  if (!row) return null;
  if (textVersion !== undefined && row.text_version !== null && row.text_version !== textVersion) return null;
  return row.content_hash;
}

/** Inserts (or replaces) an article with its sentences and its extraction under `runId`. */
export function storeArticle(db: Db, article: ArticleRecord, extraction: Extraction, runId: number): number {
  return db.transaction(() => {
    // ON DELETE CASCADE removes the old version's sentences, mentions, events and tallies.
    statement(db, "DELETE FROM articles WHERE key = ?").run(article.key);
    const info = statement(
      db,
      `INSERT INTO articles (key, source_path, source_line, url, title, content_hash, encoding, text,
         published, published_method, published_start, published_end, warnings, ingested_at, text_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT text_version FROM runs WHERE id = ?))`,
    ).run(
      article.key,
      article.sourcePath,
      article.sourceLine,
      article.url,
      article.title,
      article.contentHash,
      article.encoding,
      article.text,
      article.published,
      article.publishedMethod,
      article.publishedSpan?.start ?? null,
      article.publishedSpan?.end ?? null,
      JSON.stringify(article.warnings),
      new Date().toISOString(),
      runId,
    );
    const articleId = Number(info.lastInsertRowid);
    const insertSentence = statement(db, "INSERT INTO sentences (article_id, idx, start, end, text, parse) VALUES (?, ?, ?, ?, ?, ?)");
    const sentenceIds: number[] = [];
    for (const s of article.sentences) {
      sentenceIds[s.idx] = Number(insertSentence.run(articleId, s.idx, s.start, s.end, s.text, JSON.stringify(s.parse)).lastInsertRowid);
    }
    writeExtraction(db, articleId, sentenceIds, extraction, runId);
    return articleId;
  })();
}

/** Sentence ids of a stored article, indexed by sentence idx. */
export function sentenceIdsOf(db: Db, articleId: number): number[] {
  const ids: number[] = [];
  for (const r of statement(db, "SELECT id, idx FROM sentences WHERE article_id = ?").all(articleId) as Array<{ id: number; idx: number }>) ids[r.idx] = r.id;
  return ids;
}

/**
 * Records `extraction` as the article's result in run `runId`. Call inside a
 * transaction. Earlier runs' rows stay, so old runs remain queryable.
 */
export function writeExtraction(db: Db, articleId: number, sentenceIds: number[], extraction: Extraction, runId: number): void {
  const sid = (idx: number): number => {
    const id = sentenceIds[idx];
    if (id === undefined) throw new SitrepError("E_INTERNAL", `extraction refers to sentence ${idx}, which the article does not have`);
    return id;
  };
  // A run that re-extracts an article it already covered replaces its own rows.
  for (const table of ["events", "tallies", "mentions"]) statement(db, `DELETE FROM ${table} WHERE article_id = ? AND run_id = ?`).run(articleId, runId);
  const p = extraction.published;
  // Only when it changed: an update rewrites the whole row, text included.
  statement(
    db,
    `UPDATE articles SET published = @date, published_method = @method, published_start = @start, published_end = @end
      WHERE id = @id AND (published IS NOT @date OR published_method IS NOT @method OR published_start IS NOT @start OR published_end IS NOT @end)`,
  ).run({ date: p.date, method: p.method, start: p.span?.start ?? null, end: p.span?.end ?? null, id: articleId });
  statement(db, "INSERT OR IGNORE INTO extractions (article_id, run_id) VALUES (?, ?)").run(articleId, runId);
  // Caches for the next `sitrep extract`, keyed by the run's versions.
  if (!extraction.datesReused)
    statement(
      db,
      `INSERT OR REPLACE INTO article_dates (article_id, dates_version, reference_date, data)
       SELECT ?, dates_version, reference_date, ? FROM runs WHERE id = ? AND dates_version IS NOT NULL AND reference_date IS NOT NULL`,
    ).run(articleId, JSON.stringify(extraction.dates), runId);
  statement(db, "INSERT OR REPLACE INTO article_probes (article_id, run_id, words, phrases) VALUES (?, ?, ?, ?)").run(
    articleId,
    runId,
    extraction.probe.words,
    extraction.probe.phrases,
  );
  insertRows(
    db,
    "mentions",
    ["run_id", "article_id", "sentence_id", "type", "start", "end", "text", "value", "data"],
    extraction.mentions.map((m) => [runId, articleId, sid(m.sentenceIdx), m.type, m.start, m.end, m.text, m.value, JSON.stringify(m.data)]),
  );
  const insertEvent = statement(
    db,
    `INSERT INTO events (run_id, article_id, kind, date, date_start, date_end, country, place, actor, target, weapons,
       killed, injured, count, umbrella, optional, outcome, asserted_by, time_precision, geo_precision, latitude, longitude, rule, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of extraction.events) {
    const eventId = Number(
      insertEvent.run(
        runId,
        articleId,
        e.kind,
        e.date,
        e.dateRange?.[0] ?? null,
        e.dateRange?.[1] ?? null,
        e.countries.length ? e.countries.join("; ") : null,
        e.place,
        e.actor,
        e.target,
        JSON.stringify(e.weapons),
        e.killed,
        e.injured,
        e.count,
        e.umbrella ? 1 : 0,
        e.optional ? 1 : 0,
        e.outcome,
        e.assertedBy,
        e.timePrecision,
        e.geoPrecision,
        e.latitude,
        e.longitude,
        e.rule,
        e.reason,
      ).lastInsertRowid,
    );
    insertRows(db, "event_sources", ["event_id", "sentence_id", "field", "start", "end", "text"], e.sources.map((s) => [eventId, sid(s.sentenceIdx), s.field, s.start, s.end, s.text]));
  }
  const insertTally = statement(
    db,
    `INSERT INTO tallies (run_id, article_id, sentence_id, metric, value, qualifier, region, since, as_of, start, end, text, rule)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of extraction.tallies)
    insertTally.run(runId, articleId, sid(t.sentenceIdx), t.metric, t.value, t.qualifier, t.region, t.since, t.asOf, t.start, t.end, t.text, t.rule);
}
