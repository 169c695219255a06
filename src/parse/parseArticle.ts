/**
 * Decides which sentences of an article go through compromise and parses
 * them in one document. Only sentences that some rule's trigger words
 * match can give an event or a tally, so only they need the expensive
 * pass; the others are stored with `skipped: true` and an empty parse.
 * When a later rule change makes a skipped sentence relevant, `sitrep
 * extract` parses it then and stores the result (parseSkipped below).
 */
import { needsParse } from "./needsParse.js";
import { parseSentences, type SentenceParse } from "./parseSentence.js";

export { needsParse };

const SEPARATOR = "\n\n";

/** Parses the sentences that need it, as one compromise document; the rest come back `skipped`. */
export function parseArticle(sentences: Array<{ text: string }>): SentenceParse[] {
  const wanted = sentences.map((s) => needsParse(s.text));
  const spans: Array<{ start: number; end: number }> = [];
  let joined = "";
  sentences.forEach((s, i) => {
    if (!wanted[i]) return;
    if (joined) joined += SEPARATOR;
    spans.push({ start: joined.length, end: joined.length + s.text.length });
    joined += s.text;
  });
  const parsed = parseSentences(joined, spans);
  let k = 0;
  return sentences.map((_, i) => (wanted[i] ? parsed[k++]! : { v: 1, verbs: [], names: [], skipped: true }));
}
