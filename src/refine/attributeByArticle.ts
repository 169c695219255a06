/**
 * attribute-by-article: an attack the article reports without naming its
 * doer ("the destroyer shot down 14 drones", "rockets targeted the base")
 * takes the group the article holds responsible for attacks there — the
 * armed group that claims attacks in it, else the one it names most, among
 * groups that operate where the attack happened (actors.json `operatesIn`:
 * the Houthis at sea and in Yemen, Iraqi militias in Iraq, Syria and
 * Jordan). A generic description ("Iran-backed militias") is taken when no
 * group is named. An attack whose place is unknown, or an article naming
 * rival candidates equally often, stays without an actor.
 */
import { has, loadCues } from "../lexicon/cues.js";
import type { ActorMention } from "../lexicon/index.js";
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import { claimant, deniesInvolvement } from "../fields/attribution.js";
import { segmentAt } from "../fields/clauses.js";
import { usReferences } from "../fields/usReferences.js";
import { refersTo } from "./attachClaims.js";

interface Named {
  actor: ActorMention;
  sentenceIdx: number;
  times: number;
  claims: number;
  /** The sentences naming it; a claim there about another place or day does not make it this event's doer. */
  sentences: number[];
}

export const attributeByArticle: Refiner = {
  id: "attribute-by-article",
  description: "An attack without a named actor takes the group the article blames for attacks where it happened.",
  refine(candidates, article) {
    if (!candidates.some((c) => c.kind === "attack" && !c.actor)) return candidates;
    const cues = loadCues();
    const named = new Map<string, Named>();
    for (const s of article.sentences) {
      const claimed = has(cues.claim, s.text) ? claimant(s) : null;
      const struck = usReferences(s).filter((r) => r.role === "striker").map((r) => segmentAt(s.text, r.start));
      for (const a of s.actors) {
        if (a.role !== "axis" || !a.operatesIn.length) continue;
        // Not a group that denies it, nor one a US strike hit.
        if (deniesInvolvement(s, a) || struck.some(([x, y]) => a.span.start >= x && a.span.end <= y)) continue;
        const known = named.get(a.name) ?? { actor: a, sentenceIdx: s.idx, times: 0, claims: 0, sentences: [] };
        known.times++;
        known.sentences.push(s.idx);
        if (claimed?.name === a.name) known.claims++;
        named.set(a.name, known);
      }
    }
    const choose = (c: EventCandidate, where: string[]): Named | null => {
      const fit = [...named.values()].filter((n) => where.some((w) => n.actor.operatesIn.includes(w)) && n.sentences.some((i) => refersTo(article.sentences[i]!, c)));
      const specific = fit.filter((n) => !n.actor.generic);
      const pool = specific.length ? specific : fit;
      const ranked = pool.sort((a, b) => b.claims - a.claims || b.times - a.times);
      const [best, next] = ranked;
      if (!best || (next && next.claims === best.claims && next.times === best.times)) return null;
      return best;
    };
    return candidates.map((c): EventCandidate => {
      if (c.kind !== "attack" || c.actor) return c;
      const where = [...c.countries.map((k) => k.value), ...c.places.map((p) => p.country)];
      const found = where.length ? choose(c, where) : null;
      if (!found) return c;
      return { ...c, actor: { value: found.actor.name, span: found.actor.span, sentenceIdx: found.sentenceIdx }, actorGeneric: found.actor.generic };
    });
  },
};
