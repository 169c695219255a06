/**
 * confirm-headline-strike: a headline's strike without a named striker
 * (rules/headlineStrike.ts) is a US strike only when the body says the US
 * struck — "U.S. F-16s struck two depots", "the spokesman accused the
 * United States of carrying out the attack" — in the headline's country
 * when both name one; and not when the headline also reports an attack
 * (a drone strike on US troops is theirs, not ours).
 */
import type { Refiner } from "./refiner.js";
import { usReferences } from "../fields/usReferences.js";
import { countriesOf } from "../fields/places.js";

export const confirmHeadlineStrike: Refiner = {
  id: "confirm-headline-strike",
  description: "Keeps a headline strike without a named striker only when the body says the US struck, in the same country.",
  refine(candidates, article) {
    return candidates.filter((c) => {
      if (c.rule !== "headline-strike") return true;
      if (candidates.some((o) => o.sentenceIdx === c.sentenceIdx && o.kind !== c.kind)) return false;
      const own = new Set([...c.countries.map((k) => k.value), ...c.places.map((p) => p.country)]);
      return article.sentences.some((s) => {
        if (s.idx === c.sentenceIdx || !usReferences(s).some((r) => r.role === "striker")) return false;
        const theirs = countriesOf(s).map((k) => k.value);
        return !own.size || !theirs.length || theirs.some((k) => own.has(k));
      });
    });
  },
};
