/**
 * date-headline: a headline ("Navy destroyer shoots down 14 drones") states
 * the article's news without a date. It takes the day of the first event
 * of its kind, in the same country, that the body reports (merging then makes them one
 * event with both sentences as evidence); when the body reports none, the
 * headline's event is the news of the day the article was published.
 */
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import { isHeadline } from "../fields/headline.js";

export { isHeadline };

// "How US warships are shooting down drones", "Why the Houthis keep attacking ships":
// an explainer's headline tells a practice, not the day's news.
const EXPLAINER = /^\W*(?:how|why|what|who|where|when|explainer|analysis|opinion|inside)\b|\b(?:are|is)\s+\w+ing\b/i;

/** At sea: a headline's "Red Sea" names the waters the body may call the Gulf of Aden. */
const atSea = (c: EventCandidate): boolean => c.atSea === true || c.places.some((p) => p.kind === "sea");

export const dateHeadline: Refiner = {
  id: "date-headline",
  description: "An undated headline event takes the date of the body's first dated event of its kind, else the publication date.",
  refine(candidates, article) {
    return candidates.map((c) => {
      const s = article.sentences[c.sentenceIdx]!;
      if (c.dates.length || !isHeadline(s, article.sentences) || EXPLAINER.test(s.text)) return c;
      // The body's report of the same news: one day, and not in another country ("past few days in Iraq" is background).
      const countries = new Set(c.countries.map((k) => k.value));
      const sameCountry = (o: EventCandidate): boolean => !countries.size || !o.countries.length || o.countries.some((k) => countries.has(k.value));
      const body = candidates.find(
        (o) =>
          o !== c &&
          o.kind === c.kind &&
          o.dates.length === 1 &&
          o.dates[0]!.precision === "day" &&
          o.sentenceIdx > c.sentenceIdx &&
          (sameCountry(o) || (atSea(c) && atSea(o))),
      );
      if (body) {
        // Matched only as waters: the body's sea is the more exact ("Red Sea" in the headline, "Gulf of Aden" in the body).
        if (!sameCountry(body)) return { ...c, dates: body.dates, inheritedDate: true, countries: body.countries, places: body.places };
        // "Drone hits U.S. base near Erbil" over "… targeted al-Harir airbase … near Erbil": the headline's town
        // or province holds the body's base, which is the more exact place of the one event.
        const here = c.places[0];
        const there = body.places[0];
        const holds = here && there && here.kind !== "base" && there.kind === "base" && there.province !== null && (here.province === there.province || here.name === there.province);
        return holds ? { ...c, dates: body.dates, inheritedDate: true, places: body.places } : { ...c, dates: body.dates, inheritedDate: true };
      }
      if (!article.published) return c;
      const published = article.published;
      return {
        ...c,
        // No words of the headline give the day: an empty span, so no back-link claims any.
        dates: [{ date: published, range: null, precision: "day", role: "event", span: { start: 0, end: 0, text: "" }, sentenceIndex: c.sentenceIdx, rule: "headline", anchor: { date: published, source: "publication" } }],
        inheritedDate: true,
      };
    });
  },
};
