/**
 * The expensive pass: compromise over one sentence. Its result is stored as
 * JSON in `sentences.parse`, so `sitrep extract` reruns the rules after a
 * rule or lexicon change without running compromise again. Offsets are
 * relative to the sentence start and come from compromise's own term
 * offsets, never guessed.
 */
import nlp from "compromise";

export type VerbTense = "past" | "present" | "future" | "infinitive" | "gerund";

/** `[start, end, tense, negative(0|1)]` relative to the sentence. */
export type VerbRow = [number, number, VerbTense, 0 | 1];
/** `[start, end, value]` for each number compromise read ("eight" → 8). */
export type NumberRow = [number, number, number];
/** `[start, end, tag]` for each name-like span (Place, Organization, ProperNoun). */
export type NameRow = [number, number, string];

export interface SentenceParse {
  v: 1;
  verbs: VerbRow[];
  numbers: NumberRow[];
  names: NameRow[];
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
  terms?: Array<{ text: string; offset: { start: number; length: number } }>;
}

/** Bounds a view's span to its words (compromise offsets include trailing punctuation in `text`). */
function spanOf(j: OffsetJson): [number, number] {
  const terms = j.terms ?? [];
  if (terms.length === 0) return [j.offset.start, j.offset.start + j.offset.length];
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  return [first.offset.start, last.offset.start + last.offset.length];
}

function tenseOf(grammar: { tense?: string; form?: string; isInfinitive?: boolean } | undefined, text: string): VerbTense {
  if (!grammar) return "present";
  if (grammar.form === "gerund" || /ing$/i.test(text.trim())) return "gerund";
  if (grammar.tense === "FutureTense") return "future";
  if (grammar.tense === "PastTense") return "past";
  if (grammar.isInfinitive) return "infinitive";
  return "present";
}

/** Runs compromise over `sentence` and keeps what the rules and reports use. */
export function parseSentence(sentence: string): SentenceParse {
  const doc = nlp(sentence);
  const opts = { offset: true, terms: { offset: true } };
  const verbs: VerbRow[] = [];
  for (const v of doc.verbs().json(opts) as Array<OffsetJson & { verb?: { grammar?: { tense?: string; form?: string; isInfinitive?: boolean }; negative?: boolean } }>) {
    const [s, e] = spanOf(v);
    verbs.push([s, e, tenseOf(v.verb?.grammar, sentence.slice(s, e)), v.verb?.negative ? 1 : 0]);
  }
  const numbers: NumberRow[] = [];
  for (const n of doc.numbers().json(opts) as Array<OffsetJson & { number?: { num?: number } }>) {
    const num = n.number?.num;
    if (typeof num !== "number" || !Number.isFinite(num)) continue;
    const [s, e] = spanOf(n);
    numbers.push([s, e, num]);
  }
  const names: NameRow[] = [];
  const seen = new Set<string>();
  for (const [tag, view] of [
    ["Place", doc.places()],
    ["Organization", doc.organizations()],
    ["ProperNoun", doc.match("#ProperNoun+")],
  ] as const) {
    for (const p of view.json(opts) as OffsetJson[]) {
      const [s, e] = spanOf(p);
      const id = `${s}:${e}`;
      if (seen.has(id)) continue;
      seen.add(id);
      names.push([s, e, tag]);
    }
  }
  return { v: 1, verbs, numbers, names };
}
