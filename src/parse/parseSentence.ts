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
/** `[start, end, tag]` for each name-like span (Place, Organization, ProperNoun). */
export type NameRow = [number, number, string];

export interface SentenceParse {
  v: 1;
  /** Not parsed at ingest: no rule's trigger words occur in the sentence (see parseArticle.ts). */
  skipped?: boolean;
  verbs: VerbRow[];
  names: NameRow[];
}

interface TermJson {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const NAME_TAGS: Array<[string, string]> = [
  ["Place", "Place"],
  ["Organization", "Organization"],
  ["ProperNoun", "ProperNoun"],
];

/**
 * compromise's tagging without its two last passes. The post-tagger (about
 * two thirds of compromise's time here) corrects tags with hundreds of
 * match patterns, and the chunker groups terms into phrases; what sitrep
 * reads — which verb phrases are future or negated, for drop-hypothetical —
 * came out the same without them on all 376 trigger sentences of the dev and
 * founding articles (153 had some other verb tag differ), and the dev scores
 * did not move. Measured in test/parse/parseSentence.test.ts.
 */
const SKIPPED_PASSES = new Set(["postTagger", "chunks"]);
let passes: string[] | undefined;

function tag(text: string): { json(options: object): unknown } {
  passes ??= (nlp.world() as { hooks: string[] }).hooks.filter((h) => !SKIPPED_PASSES.has(h));
  return nlp.tokenize(text).compute(passes);
}

function verbTense(terms: TermJson[]): VerbTense {
  const has = (tag: string): boolean => terms.some((t) => t.tags.includes(tag));
  if (terms.some((t) => /^(?:will|shall|won't|'ll)$/i.test(t.text)) || has("FutureTense")) return "future";
  if (has("PastTense") || has("Participle") || has("PerfectTense")) return "past";
  if (has("Gerund")) return "gerund";
  if (has("Infinitive") && !has("PresentTense")) return "infinitive";
  return "present";
}

/**
 * Runs compromise once over a whole text and returns, for each of the given
 * sentence ranges, its verb phrases (tense, negation) and name-like spans,
 * with offsets relative to the sentence. Everything is read off the term
 * tags of one `json()` pass: compromise's `verbs()` and `places()` views
 * cost several times more than the tagging itself.
 */
export function parseSentences(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  tagger: (text: string) => { json(options: object): unknown } = tag,
): SentenceParse[] {
  const out: SentenceParse[] = sentences.map(() => ({ v: 1, verbs: [], names: [] }));
  if (!sentences.length) return out;
  // Sentence index of an absolute offset (sentences are sorted and disjoint).
  const at = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return pos >= sentences[lo]!.start && pos < sentences[lo]!.end ? lo : -1;
  };
  const terms = (tagger(text).json({ offset: true }) as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  // Runs of consecutive terms in one sentence that share a property: verb phrases and names.
  const runs = (inRun: (t: TermJson) => boolean, emit: (run: TermJson[], sentence: number) => void): void => {
    let run: TermJson[] = [];
    let runSentence = -1;
    const close = (): void => {
      if (run.length && runSentence >= 0) emit(run, runSentence);
      run = [];
    };
    for (const t of terms) {
      const i = at(t.offset.start);
      if (!inRun(t) || i !== runSentence || (run.length && /[,;:.!?()"“”]/.test(run.at(-1)!.post))) close();
      if (inRun(t)) {
        runSentence = i;
        run.push(t);
      }
    }
    close();
  };
  const span = (run: TermJson[], i: number): [number, number] => {
    const base = sentences[i]!.start;
    const last = run.at(-1)!;
    return [run[0]!.offset.start - base, Math.min(last.offset.start + last.offset.length, sentences[i]!.end) - base];
  };
  const verbish = (t: TermJson): boolean => t.tags.includes("Verb") || t.tags.includes("Auxiliary") || t.tags.includes("Modal") || t.tags.includes("Negative");
  runs(verbish, (run, i) => {
    if (!run.some((t) => t.tags.includes("Verb"))) return;
    const [s, e] = span(run, i);
    out[i]!.verbs.push([s, e, verbTense(run), run.some((t) => t.tags.includes("Negative")) ? 1 : 0]);
  });
  for (const [tag, label] of NAME_TAGS) {
    runs((t) => t.tags.includes(tag), (run, i) => {
      const [s, e] = span(run, i);
      if (!out[i]!.names.some(([a, b]) => a === s && b === e)) out[i]!.names.push([s, e, label]);
    });
  }
  return out;
}

/** Runs compromise over one sentence (tests and tools; ingest parses whole articles). */
export function parseSentence(sentence: string): SentenceParse {
  return parseSentences(sentence, [{ start: 0, end: sentence.length }])[0]!;
}
