/**
 * split-lists: one event per date of a list ("on Oct. 26, Nov. 8, and Nov.
 * 12") and per place of a list ("at Ain al-Asad and at Erbil"), as
 * GUIDELINES §2 asks.
 */
import type { Refiner } from "./refiner.js";

export const splitLists: Refiner = {
  id: "split-lists",
  description: "Splits an event over a list of dates or of places into one event each.",
  refine(candidates, article) {
    return candidates.flatMap((c) => {
      const byDate = c.dates.length > 1 ? c.dates.map((d) => ({ ...c, dates: [d] })) : [c];
      const byPlace = byDate.flatMap((e) => (e.places.length > 1 ? e.places.map((p) => ({ ...e, places: [p], count: null })) : [e]));
      // "targets in eastern Syria and western Iraq", "in the Red Sea and Gulf of Aden":
      // separate regions or seas are separate events; "in Iraq and Syria" stays one.
      return byPlace.flatMap((e) => {
        if (e.places.length) {
          // "on al-Asad air base in western Iraq and three troop locations in Syria":
          // a further country, listed with "and", is a further (placeless) event.
          const s = article.sentences[e.sentenceIdx]!;
          const extra = e.countries.filter((k) => !e.places.some((p) => p.country === k.value) && /\band\b[^,;]{0,40}\bin\s+$/i.test(s.text.slice(Math.max(0, k.span.start - 50), k.span.start).replace(/(?:(?:north|south|east|west)(?:ern)?\s+)$/i, "")));
          return [e, ...extra.map((k) => ({ ...e, places: [], countries: [k], count: null }))];
        }
        if (e.countries.length < 2) return [e];
        const s = article.sentences[e.sentenceIdx]!;
        const regional = e.countries.every((k) => s.places.some((p) => (p.kind === "region" || p.kind === "sea") && p.span.start === k.span.start));
        return regional ? e.countries.map((k) => ({ ...e, countries: [k], count: null })) : [e];
      });
    });
  },
};
