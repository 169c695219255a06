/**
 * The stored compromise parse: verb phrases with tense and negation, and
 * name-like spans, from compromise's tagger without its post-tagger and
 * chunker passes (see src/parse/parseSentence.ts for why).
 */
import { describe, expect, it } from "vitest";
import nlp from "compromise";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSentence, parseSentences, type SentenceParse } from "../../src/parse/parseSentence.js";
import { needsParse } from "../../src/pipeline/needsParse.js";
import { splitSentences } from "../../src/text/sentences.js";

const verbAt = (p: SentenceParse, s: string, word: string) => {
  const at = s.indexOf(word);
  return p.verbs.find(([a, b]) => a <= at && at < b);
};

describe("parseSentence", () => {
  it.each([
    ["The militia will strike US bases again.", "strike", "future", 0],
    ["Iran-backed groups won't stop their attacks.", "stop", "future", 1],
    ["Rockets struck the base on Tuesday.", "struck", "past", 0],
    ["The drone did not hit the base.", "hit", "past", 1],
    ["US forces have been attacked 66 times.", "attacked", "past", 0],
    ["The group is attacking ships in the Red Sea.", "attacking", "gerund", 0],
    ["The group says it attacks ships.", "attacks", "present", 0],
    ["They never attacked the embassy.", "attacked", "past", 1],
  ])("%s → %s is %s, negated %s", (sentence, word, tense, negated) => {
    const v = verbAt(parseSentence(sentence), sentence, word);
    expect(v, JSON.stringify(parseSentence(sentence))).toBeDefined();
    expect(v![2]).toBe(tense);
    expect(v![3]).toBe(negated);
  });

  it("spans_are_slices_of_the_sentence", () => {
    const s = "Pentagon spokesman Patrick Ryder said US forces in Syria were attacked twice.";
    const p = parseSentence(s);
    expect(p.verbs.length).toBeGreaterThan(0);
    for (const [a, b] of [...p.verbs, ...p.names]) expect(s.slice(a, b).trim()).toBe(s.slice(a, b));
    expect(p.names.map(([a, b]) => s.slice(a, b))).toContain("Syria");
  });

  it("future_and_negated_verbs_match_full_compromise_on_the_founding_articles", () => {
    // What the rules read (drop-hypothetical: future verb phrases) must not depend on the skipped passes.
    const dir = join(import.meta.dirname, "..", "..", "corpus");
    const sentences = readdirSync(dir)
      .flatMap((f) => splitSentences(readFileSync(join(dir, f), "utf8")).map((s) => s.text))
      .filter(needsParse);
    expect(sentences.length).toBeGreaterThan(40);
    const marked = (p: SentenceParse) => JSON.stringify(p.verbs.filter((v) => v[2] === "future" || v[3] === 1).map(([a, b, tense, neg]) => [a, b, tense === "future", neg]));
    let differentTags = 0;
    for (const s of sentences) {
      const light = parseSentences(s, [{ start: 0, end: s.length }])[0]!;
      const full = parseSentences(s, [{ start: 0, end: s.length }], (t) => nlp(t))[0]!;
      expect(marked(light), s).toBe(marked(full));
      if (JSON.stringify(light) !== JSON.stringify(full)) differentTags++;
    }
    // The passes do change other tags: the comparison above is not vacuous.
    expect(differentTags).toBeGreaterThan(0);
  });
});
