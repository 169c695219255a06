/**
 * drop-undated: events no date resolves are optional at best (GUIDELINES
 * §1); sitrep leaves them out rather than guess.
 */
import type { Refiner } from "./refiner.js";

export const dropUndated: Refiner = {
  id: "drop-undated",
  description: "Removes events that no day or window date resolves.",
  refine(candidates) {
    return candidates.filter((c) => c.dates.length > 0);
  },
};
