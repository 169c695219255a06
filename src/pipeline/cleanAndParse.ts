/**
 * The text stages after decoding (decodeAndHash.ts), for one article: read
 * the date header, clean, split sentences and run compromise over those
 * that need it (needsParse.ts). Pure (no database), so it can run in a
 * worker thread.
 */
import { prependTitle, splitDateHeader } from "../text/header.js";
import { cleanText } from "../text/clean.js";
import { splitSentences } from "../text/sentences.js";
import { parseArticle } from "../parse/parseArticle.js";
import { needsParse } from "./needsParse.js";
import type { ArticleRecord } from "../db/storeArticle.js";
import type { Decoded } from "./decodeAndHash.js";

export type { Decoded, RawArticle } from "./decodeAndHash.js";

/** Article text and sentences, parsed; publication date still to be inferred if no header/field. */
export type ParsedArticle = ArticleRecord;

/** Cleans, splits and parses a decoded article. */
export function cleanAndParse(d: Extract<Decoded, { ok: true }>): ParsedArticle {
  const { published: headerDate, body } = splitDateHeader(d.text);
  const cleanedBody = cleanText(body);
  const warnings = [...d.warnings, ...cleanedBody.warnings.map((w) => ({ code: w.code, message: w.message }))];
  if (cleanedBody.text.trim() === "")
    throw Object.assign(new Error("no text left after clean-up (only a date line, template tags or invisible characters): nothing to ingest"), {
      code: "E_EMPTY",
    });
  // A dump record's title is stored as the text's first line, so the headline has offsets.
  const title = d.raw.meta.title ? cleanText(d.raw.meta.title).text : null;
  const cleaned = { text: prependTitle(title, cleanedBody.text) };
  const spans = splitSentences(cleaned.text);
  const parses = parseArticle(spans, needsParse);
  const sentences = spans.map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parses[idx]! }));
  const published = headerDate ?? d.raw.meta.published;
  return {
    key: d.raw.key,
    sourcePath: d.raw.sourcePath,
    sourceLine: d.raw.sourceLine,
    url: d.raw.meta.url,
    title: d.raw.meta.title,
    contentHash: d.hash,
    encoding: d.encoding,
    text: cleaned.text,
    published,
    publishedMethod: headerDate ? "header" : d.raw.meta.published ? "field" : "unknown",
    publishedSpan: null,
    warnings,
    sentences,
  };
}
