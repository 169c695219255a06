/** drop-negated: "no new attacks were launched", "the attack ultimately did not occur". */
import { hits, loadCues } from "../extract/cues.js";
import type { Refiner } from "./refiner.js";

export const dropNegated: Refiner = {
  id: "drop-negated",
  description: "Removes events from sentences that say the event did not happen.",
  refine(candidates, article) {
    const cues = loadCues();
    return candidates.filter((c) => hits(cues.negation, article.sentences[c.sentenceIdx]!.text).length === 0);
  },
};
