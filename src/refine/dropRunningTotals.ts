/**
 * drop-running-totals: a sentence that states a running total ("attacked 66
 * times since October 17", "there were 10 attacks … between October 17 and
 * 24") is a tally, not an event, unless it also dates one event to a day.
 */
import type { Refiner } from "./refiner.js";

export const dropRunningTotals: Refiner = {
  id: "drop-running-totals",
  description: "Removes undated events from sentences that state a cumulative tally or count since a date.",
  refine(candidates, article) {
    return candidates.filter((c) => {
      const s = article.sentences[c.sentenceIdx]!;
      const ownDay = c.dates.some((d) => d.precision === "day");
      if (ownDay) return true;
      const since = s.dates.some((d) => d.role === "since" && d.span.start >= c.segment[0] && d.span.end <= c.segment[1]);
      return !since && !article.tallySentences.has(c.sentenceIdx);
    });
  },
};
