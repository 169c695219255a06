/**
 * split-lists: one event per date of a list ("on Oct. 26, Nov. 8, and Nov.
 * 12") and per place of a list ("at Ain al-Asad and at Erbil"), as
 * GUIDELINES §2 asks.
 */
import type { Refiner } from "./refiner.js";

export const splitLists: Refiner = {
  id: "split-lists",
  description: "Splits an event over a list of dates or of places into one event each.",
  refine(candidates) {
    return candidates.flatMap((c) => {
      const byDate = c.dates.length > 1 ? c.dates.map((d) => ({ ...c, dates: [d] })) : [c];
      return byDate.flatMap((e) => (e.places.length > 1 ? e.places.map((p) => ({ ...e, places: [p], count: null })) : [e]));
    });
  },
};
