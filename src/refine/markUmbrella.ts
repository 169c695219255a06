/**
 * mark-umbrella: a summary ("attacked four times in Iraq and Syria on
 * Thursday") whose parts the article also lists one by one is an umbrella
 * event (GUIDELINES §2).
 */
import type { Refiner } from "./refiner.js";
import { countriesOfCandidate, dayOf } from "./mergeSameEvent.js";

export const markUmbrella: Refiner = {
  id: "mark-umbrella",
  description: "Marks summaries whose parts are listed separately as umbrella events.",
  refine(candidates) {
    return candidates.map((c) => {
      if (c.places.length) return c;
      const countries = countriesOfCandidate(c);
      const parts = candidates.filter(
        (o) => o !== c && o.kind === c.kind && dayOf(o) === dayOf(c) && countriesOfCandidate(o).some((x) => countries.length === 0 || countries.includes(x)),
      );
      const summary = (c.count?.value ?? 0) > 1 || countries.length > 1;
      return summary && parts.length >= 2 ? { ...c, umbrella: true } : c;
    });
  },
};
