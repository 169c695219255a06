/**
 * place-headline: a headline names the place loosely ("Drones attack a US
 * base in southern Syria") and the body names it ("the al-Tanf garrison …
 * was attacked"). A headline event without a named place takes the place
 * of the body's event of its kind in its country — only when the body
 * names one such place, so a headline over several attacks stays general.
 */
import type { Refiner } from "./refiner.js";
import type { PlaceMention } from "../lexicon/index.js";
import { isHeadline } from "../fields/headline.js";

const isSpecific = (p: PlaceMention): boolean => p.kind !== "country" && p.kind !== "region" && p.kind !== "sea";

export const placeHeadline: Refiner = {
  id: "place-headline",
  description: "A headline event without a named place takes the one place the body names for an event of its kind in its country.",
  refine(candidates, article) {
    return candidates.map((c) => {
      if (!isHeadline(article.sentences[c.sentenceIdx]!, article.sentences) || c.places.some(isSpecific)) return c;
      const countries = new Set(c.countries.map((k) => k.value));
      // "… strikes in Iraq and Syria": a headline over several countries sums up several events.
      if (countries.size > 1) return c;
      const body = candidates.filter(
        (o) => o.kind === c.kind && o.sentenceIdx > c.sentenceIdx && o.places.some((p) => isSpecific(p) && (!countries.size || countries.has(p.country))),
      );
      // One place in all: a body listing several ("raids on Sanaa, Hodeidah and Saada") leaves the headline their summary.
      const names = new Set(body.flatMap((o) => o.places.filter(isSpecific).map((p) => p.name)));
      if (names.size !== 1) return c;
      const from = body[0]!;
      // The event's date is another question: a body sentence dated otherwise is left to merging.
      if (from.dates.length && c.dates.length && from.dates[0]!.date !== c.dates[0]!.date) return c;
      return { ...c, places: from.places.filter(isSpecific), extraSentences: [...new Set([...c.extraSentences, from.sentenceIdx])] };
    });
  },
};
