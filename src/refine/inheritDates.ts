/**
 * inherit-dates: a sentence that continues the report of a dated event
 * ("The Ain al-Asad base was targeted with drones" after "US forces were
 * attacked on Thursday") takes that date, from the nearest of the two
 * sentences before it that gave an event a date of its own.
 */
import type { Refiner } from "./refiner.js";
import { eventDates } from "../rules/fields.js";

const LOOKBACK = 2;

export const inheritDates: Refiner = {
  id: "inherit-dates",
  description: "Undated events take the date of the event reported just before them.",
  refine(candidates, article) {
    return candidates.map((c) => {
      if (c.dates.length) return c;
      for (let i = c.sentenceIdx - 1; i >= Math.max(0, c.sentenceIdx - LOOKBACK); i--) {
        const prior = candidates.find((p) => p.sentenceIdx === i && p.dates.length && !p.inheritedDate);
        const dates = prior ? prior.dates : eventDates(article.sentences[i]!).filter((d) => d.precision === "day");
        if (dates.length === 1) return { ...c, dates, inheritedDate: true };
        if (dates.length > 1) break;
      }
      return c;
    });
  },
};
