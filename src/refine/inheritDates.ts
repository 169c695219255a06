/**
 * inherit-dates: a sentence that continues the report of a dated event
 * ("US and international forces were attacked at two sites in northeastern
 * Syria" after "US forces were attacked four times … on Thursday, November
 * 23") takes that event's date: from the nearest event of the same kind
 * dated in one of the two sentences before. A reply "immediately after the
 * raid" or "in response" takes the date of the event it answers, whatever
 * its kind.
 */
import type { EventCandidate } from "../rules/rule.js";
import type { Refiner } from "./refiner.js";

const LOOKBACK = 2;
const RESPONSE = /\b(?:immediately|shortly|soon)\s+(?:after|later)\b|\bin\s+(?:response|retaliation)\b/i;

export const inheritDates: Refiner = {
  id: "inherit-dates",
  description: "Undated events take the date of the event reported just before them.",
  refine(candidates, article) {
    const dated = (c: EventCandidate): boolean => c.dates.length > 0 && !c.inheritedDate;
    return candidates.map((c) => {
      if (c.dates.length) return c;
      const response = RESPONSE.test(article.sentences[c.sentenceIdx]!.text);
      for (let i = c.sentenceIdx - (response ? 0 : 1); i >= Math.max(0, c.sentenceIdx - LOOKBACK); i--) {
        const prior = candidates.filter((p) => p !== c && p.sentenceIdx === i && dated(p) && (p.kind === c.kind || response));
        if (!prior.length) continue;
        const dates = prior.at(-1)!.dates;
        return dates.length === 1 ? { ...c, dates, inheritedDate: true } : c;
      }
      return c;
    });
  },
};
