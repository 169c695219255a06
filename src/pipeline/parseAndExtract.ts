/**
 * Everything between a decoded article and what gets stored: clean, split,
 * parse (compromise) and extract. Pure and self-contained, so it runs the
 * same in the main thread or in a worker (parseAndExtractWorker.ts).
 */
import type { Extraction } from "../model/extraction.js";
import { extractEventsAndTallies } from "../extract/extractEventsAndTallies.js";
import type { Lexicons } from "../lexicon/index.js";
import { cleanAndParse, type Decoded, type ParsedArticle } from "./cleanAndParse.js";

export type DecodedArticle = Extract<Decoded, { ok: true }>;

export interface ParsedAndExtracted {
  parsed: ParsedArticle;
  extraction: Extraction;
}

export function parseAndExtract(decoded: DecodedArticle, referenceDate: string, lexicons: Lexicons): ParsedAndExtracted {
  const parsed = cleanAndParse(decoded);
  const extraction = extractEventsAndTallies(
    {
      key: parsed.key,
      text: parsed.text,
      published: parsed.published,
      publishedMethod: parsed.publishedMethod,
      referenceDate,
      sentences: parsed.sentences,
    },
    lexicons,
  );
  return { parsed, extraction };
}
