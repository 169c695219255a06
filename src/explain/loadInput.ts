/**
 * What `sitrep explain` extracts from: a stored article (its clean text,
 * sentences and stored parse, read without writing anything back), or a
 * text or file a rule author is trying, prepared as ingest prepares it.
 */
import type { Db } from "../db/openDatabase.js";
import type { ArticleInput } from "../extract/types.js";
import { needsParse } from "../parse/needsParse.js";
import { parseArticle } from "../parse/parseArticle.js";
import { parseSentence, type SentenceParse } from "../parse/parseSentence.js";
import { cleanText, splitDateHeader, splitSentences } from "../text/index.js";

/** A stored article, or null when no article has that key. */
export function storedInput(db: Db, key: string, referenceDate: string | undefined): ArticleInput | null {
  const a = db.prepare("SELECT id, key, text, published, published_method FROM articles WHERE key = ?").get(key) as
    | { id: number; key: string; text: string; published: string | null; published_method: ArticleInput["publishedMethod"] }
    | undefined;
  if (!a) return null;
  // The reference date of the run that last extracted it, as `sitrep extract` would use.
  const runRef = db
    .prepare("SELECT r.reference_date FROM extractions x JOIN runs r ON r.id = x.run_id WHERE x.article_id = ? ORDER BY x.run_id DESC LIMIT 1")
    .pluck()
    .get(a.id) as string | null | undefined;
  const rows = db.prepare("SELECT idx, start, end, text, parse FROM sentences WHERE article_id = ? ORDER BY idx").all(a.id) as Array<{
    idx: number;
    start: number;
    end: number;
    text: string;
    parse: string;
  }>;
  const sentences = rows.map((r) => {
    let parse = JSON.parse(r.parse) as SentenceParse;
    // A sentence skipped at ingest that a changed rule now reads is parsed here, in memory only.
    if (parse.skipped && needsParse(r.text)) parse = parseSentence(r.text);
    return { idx: r.idx, start: r.start, end: r.end, text: r.text, parse };
  });
  // As `sitrep extract` passes it: a header or dump date is kept, an inferred one inferred again.
  return {
    key: a.key,
    text: a.text,
    published: a.published,
    publishedMethod: a.published_method,
    referenceDate: referenceDate ?? runRef ?? new Date().toISOString().slice(0, 10),
    sentences,
  };
}

/**
 * A text as ingest would store it: a leading date line is the publication
 * date (unless `published` is given), the rest is cleaned and split.
 */
export function textInput(raw: string, key: string, published: string | undefined, referenceDate: string): ArticleInput {
  const header = splitDateHeader(raw);
  const text = cleanText(header.body).text;
  const spans = splitSentences(text);
  const parses = parseArticle(spans);
  const date = published ?? header.published ?? null;
  return {
    key,
    text,
    published: date,
    publishedMethod: date ? "header" : "unknown",
    referenceDate,
    sentences: spans.map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parses[idx]! })),
  };
}
