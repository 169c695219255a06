/**
 * Everything between a decoded article and what gets stored: clean, split,
 * parse (compromise) and extract. Pure and self-contained, so it runs the
 * same in the main thread or in a worker (parseWorker.ts).
 */
import type { Extraction } from "../model/extraction.js";
import { extractArticle } from "../extract/extractArticle.js";
import type { Lexicons } from "../lexicon/index.js";
import { prepareArticle, type Decoded, type PreparedArticle } from "./prepareArticle.js";

export type DecodedArticle = Extract<Decoded, { ok: true }>;

export interface Processed {
  prepared: PreparedArticle;
  extraction: Extraction;
}

export function processArticle(decoded: DecodedArticle, referenceDate: string, lexicons: Lexicons): Processed {
  const prepared = prepareArticle(decoded);
  const extraction = extractArticle(
    {
      key: prepared.key,
      text: prepared.text,
      published: prepared.published,
      publishedMethod: prepared.publishedMethod,
      referenceDate,
      sentences: prepared.sentences,
    },
    lexicons,
  );
  return { prepared, extraction };
}
