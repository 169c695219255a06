/**
 * sea-of-engagement: a ship's shoot-down reported without the sea's name
 * ("the destroyer shot down four drones on Saturday") happened in the sea
 * the article names; with several, the one it names most, first named on a
 * tie. With none, the event keeps no country rather than a guess.
 */
import type { Refiner } from "./refiner.js";

export const seaOfEngagement: Refiner = {
  id: "sea-of-engagement",
  description: "A naval engagement whose sentence names no sea takes the sea the article names most.",
  refine(candidates, article) {
    if (!candidates.some((c) => c.atSea && !c.countries.length)) return candidates;
    const counts = new Map<string, { n: number; first: number; span: { start: number; end: number; text: string }; sentenceIdx: number }>();
    for (const s of article.sentences)
      for (const p of s.places) {
        if (p.kind !== "sea") continue;
        const known = counts.get(p.country);
        if (known) known.n++;
        else counts.set(p.country, { n: 1, first: s.idx, span: p.span, sentenceIdx: s.idx });
      }
    const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
    if (!best) return candidates;
    const [sea, where] = best;
    return candidates.map((c) => (c.atSea && !c.countries.length ? { ...c, countries: [{ value: sea, span: where.span, sentenceIdx: where.sentenceIdx }] } : c));
  },
};
