/** Test helper: extracts from a one-paragraph article made of the given text. */
import { splitSentences } from "../../src/text/sentences.js";
import { parseSentence } from "../../src/parse/parseSentence.js";
import { extractEventsAndTallies } from "../../src/extract/extractEventsAndTallies.js";
import { loadLexicons } from "../../src/lexicon/index.js";
import type { EventRule, TallyRule } from "../../src/rules/rule.js";
import type { Extraction } from "../../src/model/extraction.js";

export function extractSentence(
  text: string,
  published = "2023-11-24",
  rules: { events?: EventRule[]; tallies?: TallyRule[] } = {},
  referenceDate = "2023-12-15",
): Extraction {
  const sentences = splitSentences(text).map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parseSentence(s.text) }));
  return extractEventsAndTallies({ key: "t", text, published, publishedMethod: "header", referenceDate, sentences }, loadLexicons(), rules);
}
