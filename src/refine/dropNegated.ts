/**
 * drop-negated: "no new attacks were launched", "the attack ultimately did
 * not occur". A negation counts in the clause that states the event (not
 * "…; no attacks have been reported since"), and a sentence that negates
 * "the attack" as a whole ("In the end, the attack did not occur") negates
 * the attack the sentence before it reported.
 */
import { hits, loadCues } from "../lexicon/cues.js";
import type { Refiner } from "./refiner.js";
import { segmentAt } from "../fields/clauses.js";

// "the attack ultimately did not occur", "that strike was called off": refers back.
const ANAPHORIC = /\b(?:the|that|this|such\s+an?)\s+(?:(?:planned|expected|feared|threatened|reported)\s+)?(attack|strike)\s+(?:\w+\s+)?$/i;

const NEGATED_VERB = /\b(?:not|n't)\s+(?:been\s+)?(?:strike|attack|fire|launch|target|struck|attacked|fired|launched|targeted|carr)/i;

export const dropNegated: Refiner = {
  id: "drop-negated",
  description: "Removes events from clauses that say the event did not happen, and attacks a following sentence says did not occur.",
  refine(candidates, article) {
    const cues = loadCues();
    const negatedBack = new Set<string>();
    for (const s of article.sentences)
      for (const h of hits(cues.negation, s.text)) {
        const m = ANAPHORIC.exec(s.text.slice(Math.max(0, h.start - 40), h.start));
        if (m && !s.dates.some((d) => d.role === "event")) negatedBack.add(`${s.idx - 1}|${m[1]!.toLowerCase() === "strike" ? "strike" : "attack"}`);
      }
    return candidates.filter((c) => {
      if (negatedBack.has(`${c.sentenceIdx}|${c.kind}`)) return false;
      const text = article.sentences[c.sentenceIdx]!.text;
      const clause = segmentAt(text, c.trigger.start);
      return !hits(cues.negation, text).some((h) => {
        // A negated verb ("did not strike", "were not attacked") negates only itself:
        // not "Militants fired rockets …, but U.S. forces did not fire back".
        if (NEGATED_VERB.test(h.text)) return c.trigger.start >= h.start && c.trigger.start < h.end;
        const own = segmentAt(text, h.start);
        return own[0] === clause[0] && own[1] === clause[1];
      });
    });
  },
};
