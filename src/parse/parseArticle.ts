/**
 * Parses the sentences of an article that need it in one compromise
 * document. Which need it is the caller's decision (`needsParse`: the
 * pipeline's, from the rules' trigger words — only those sentences can give
 * an event or a tally, so only they need the expensive pass); the others
 * are stored with `skipped: true` and an empty parse. When a later rule
 * change makes a skipped sentence relevant, `sitrep extract` parses it then
 * and stores the result.
 */
import { parseSentences, type SentenceParse } from "./parseSentence.js";

const SEPARATOR = "\n\n";

/** Parses the sentences that need it, as one compromise document; the rest come back `skipped`. */
export function parseArticle(sentences: Array<{ text: string }>, needsParse: (sentence: string) => boolean): SentenceParse[] {
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
