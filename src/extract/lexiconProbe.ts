/**
 * An article's lexicon probe: what of its text the lexicons can reach in
 * one extraction — the normalised words of the sentences the rules read,
 * and the capitalised phrases the fuzzy matcher could look up there. Stored
 * with the extraction (`article_probes`); `sitrep extract` tests a lexicon
 * change against it instead of re-extracting every article.
 */
import { FuzzyConcernIndex, fuzzyCandidates } from "../lexicon/fuzzyMatch.js";
import { tokenize } from "../lexicon/matchAliases.js";
import type { LexiconChange } from "./lexiconChange.js";
import type { LexiconProbe } from "../model/extraction.js";

export type { LexiconProbe };

/** Collects the probe sentence by sentence. */
export class ProbeBuilder {
  private readonly words: string[] = [];
  private readonly phrases = new Set<string>();

  add(sentence: string): void {
    const t = tokenize(sentence);
    this.words.push(t.norm.join(" "));
    for (const p of fuzzyCandidates(t)) this.phrases.add(p);
  }

  build(): LexiconProbe {
    return { words: ` ${this.words.join(" | ")} `, phrases: [...this.phrases].join(" ") };
  }
}

export function buildProbe(sentences: readonly string[]): LexiconProbe {
  const b = new ProbeBuilder();
  for (const s of sentences) b.add(s);
  return b.build();
}

/** A lexicon change compiled for testing many probes: word forms indexed by first word, compact forms for the fuzzy test. */
export class ChangeProbe {
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly compacts: FuzzyConcernIndex;
  /** Verdicts per fuzzy phrase: phrases repeat across articles. */
  private readonly fuzzyMemo = new Map<string, boolean>();

  constructor(change: Extract<LexiconChange, { kind: "entries" }>) {
    for (const w of change.words) {
      const first = w.split(" ", 1)[0]!;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(` ${w} `);
      this.byFirstWord.set(first, list);
    }
    this.compacts = new FuzzyConcernIndex(change.compacts);
  }

  /**
   * Whether a changed entry can reach the article: one of its forms' words
   * occurs in a read sentence, or a candidate phrase is fuzzily close to one.
   */
  reaches(probe: LexiconProbe): boolean {
    const words = probe.words;
    // Few first words: search for each (no allocation); many: index the article's words once.
    if (this.byFirstWord.size <= 12) {
      for (const [first, forms] of this.byFirstWord) if (words.includes(` ${first} `) && forms.some((f) => words.includes(f))) return true;
    } else {
      for (const word of new Set(words.split(" "))) {
        const forms = this.byFirstWord.get(word);
        if (forms && forms.some((f) => words.includes(f))) return true;
      }
    }
    if (!probe.phrases) return false;
    for (const phrase of probe.phrases.split(" ")) {
      let hit = this.fuzzyMemo.get(phrase);
      if (hit === undefined) {
        hit = this.compacts.concerns(phrase);
        this.fuzzyMemo.set(phrase, hit);
      }
      if (hit) return true;
    }
    return false;
  }
}
