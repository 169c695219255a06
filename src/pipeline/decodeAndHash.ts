/**
 * Stage 2a: bytes (or a dump record's text) to a string, plus the content
 * hash that decides whether the article needs processing at all. Cheap and
 * free of the NLP libraries, so the ingest's main thread, which only reads,
 * decodes, hashes and writes, never loads compromise or chrono when worker
 * threads do the parsing.
 */
import { createHash } from "node:crypto";
import { decodeArticleBytes } from "../text/decode.js";
import type { ArticleMeta } from "../read/readCorpus.js";

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
export function decodeAndHash(raw: RawArticle): Decoded {
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

