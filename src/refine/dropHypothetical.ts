/**
 * drop-hypothetical: threats, conditions, plans and future tense ("vowed to
 * attack", "if a drone kills", "will strike") are not events.
 */
import { hits, loadCues } from "../extract/cues.js";
import type { Refiner } from "./refiner.js";

export const dropHypothetical: Refiner = {
  id: "drop-hypothetical",
  description: "Removes events stated as threats, conditions, plans or in the future tense.",
  refine(candidates, article) {
    const cues = loadCues();
    return candidates.filter((c) => {
      const s = article.sentences[c.sentenceIdx]!;
      // A cue counts when it governs the trigger: before it, in the same clause.
      const cue = hits(cues.hypothetical, s.text).find((h) => h.start <= c.trigger.start + 40 && !/[.;]/.test(s.text.slice(h.end, c.trigger.start)));
      if (cue) return false;
      const verbs = s.parse.verbs;
      const nearest = verbs.find(([a, b]) => a <= c.trigger.start && b >= c.trigger.start) ?? verbs.find(([a]) => a > c.trigger.start - 30 && a < c.trigger.end + 30);
      return !(nearest && nearest[2] === "future");
    });
  },
};
