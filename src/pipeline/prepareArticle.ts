/**
 * Stages 2–4 and the parse pass for one article: decode, read the date
 * header, clean, hash, split sentences and run compromise over each. Pure
 * (no database), so it can run in a worker thread.
 */
import { createHash } from "node:crypto";
import { decodeArticleBytes } from "../text/decode.js";
import { splitDateHeader } from "../text/header.js";
import { cleanText } from "../text/clean.js";
import { splitSentences } from "../text/sentences.js";
import { parseArticle } from "../parse/parseArticle.js";
import type { ArticleMeta } from "../read/readCorpus.js";
import type { ArticleRecord } from "../db/storeArticle.js";

export interface RawArticle {
  key: string;
  sourcePath: string;
  sourceLine: number | null;
  /** Bytes of a .txt file, or the text of a dump record. */
  content: Buffer | string;
  meta: ArticleMeta;
  warnings: string[];
}

export type Decoded =
  | { ok: true; raw: RawArticle; text: string; encoding: string; warnings: Array<{ code: string; message: string }>; hash: string }
  | { ok: false; code: string; reason: string };

/** Decodes the article and computes its content hash (cheap; done before deciding to parse). */
export function decodeArticle(raw: RawArticle): Decoded {
  let text: string;
  let encoding: string;
  const warnings = raw.warnings.map((message) => ({ code: "W_FIELD", message }));
  if (typeof raw.content === "string") {
    text = raw.content;
    encoding = "utf-8";
  } else {
    const decoded = decodeArticleBytes(raw.content);
    if (!decoded.ok) return { ok: false, code: `E_${decoded.code.toUpperCase()}`, reason: decoded.reason };
    text = decoded.text;
    encoding = decoded.encoding;
    for (const w of decoded.warnings) warnings.push({ code: "W_ENCODING", message: w });
  }
  const hash = createHash("sha256")
    .update(text)
    .update("\0")
    .update(JSON.stringify([raw.meta.published, raw.meta.title, raw.meta.url]))
    .digest("hex");
  return { ok: true, raw, text, encoding, warnings, hash };
}

/** Article text and sentences, parsed; publication date still to be inferred if no header/field. */
export type PreparedArticle = ArticleRecord;

/** Cleans, splits and parses a decoded article. */
export function prepareArticle(d: Extract<Decoded, { ok: true }>): PreparedArticle {
  const { published: headerDate, body } = splitDateHeader(d.text);
  const cleaned = cleanText(body);
  const warnings = [...d.warnings, ...cleaned.warnings.map((w) => ({ code: w.code, message: w.message }))];
  if (cleaned.text.trim() === "")
    throw Object.assign(new Error("no text left after clean-up (only a date line, template tags or invisible characters): nothing to ingest"), {
      code: "E_EMPTY",
    });
  const spans = splitSentences(cleaned.text);
  const parses = parseArticle(spans);
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
