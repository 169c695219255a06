/**
 * attribute-by-article: an attack the article reports without naming its
 * doer ("the destroyer shot down 14 drones", "rockets targeted the base")
 * takes the group the article holds responsible for attacks there — the
 * armed group that claims attacks in it, else the one it names most, among
 * groups that operate where the attack happened (actors.json `operatesIn`:
 * the Houthis at sea and in Yemen, Iraqi militias in Iraq, Syria and
 * Jordan). A generic description ("Iran-backed militias") is taken when no
 * group is named. An attack whose place is unknown, or an article naming
 * rival candidates equally often, or saying that nobody is known to have
 * done it, stays without an actor. A group a strike hit or killed, or a
 * description in a forecast, is not a candidate (fields/notTheDoer.ts).
 */
import { kindOf } from "../kinds.js";
import { has, loadCues } from "../lexicon/cues.js";
import type { ActorMention } from "../lexicon/index.js";
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import { claimant, deniesInvolvement } from "../fields/attribution.js";
import { segmentAt } from "../fields/clauses.js";
import { usReferences } from "../fields/usReferences.js";
import { refersTo } from "./attachClaims.js";
import { forecastOnly, saysDoerUnknown, struckGroup } from "../fields/notTheDoer.js";
import { anaphoricDoer } from "../fields/groupAnaphora.js";
import type { SentenceContext } from "../context/sentenceContext.js";

/** A sentence saying the doer is unknown covers the attacks of the countries it names, or all when it names none. */
function saysUnknownOf(s: SentenceContext, where: string[]): boolean {
  // "ties to Iran": a country named as an actor is no location.
  const named = s.places.filter((p) => !s.actors.some((a) => a.span.start <= p.span.start && p.span.end <= a.span.end)).map((p) => p.country);
  return !named.length || named.some((n) => where.includes(n));
}

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
    if (!candidates.some((c) => kindOf(c.kind).takesClaimedActor && !c.actor)) return candidates;
    const cues = loadCues();
    const named = new Map<string, Named>();
    // A strike's target, named in that strike's own sentences, is what was struck there.
    const struckIn = new Map<number, Set<string>>();
    for (const c of candidates) {
      if (kindOf(c.kind).takesClaimedActor || !c.target) continue;
      for (const i of [c.sentenceIdx, ...c.extraSentences]) struckIn.set(i, (struckIn.get(i) ?? new Set()).add(c.target.value));
    }
    // "Officials did not say who was responsible": where the article says so, its attacks take nobody.
    const unknown = article.sentences.filter(saysDoerUnknown);
    for (const s of article.sentences) {
      const claimed = has(cues.claim, s.text) ? claimant(s) : null;
      const struck = usReferences(s).filter((r) => r.role === "striker").map((r) => segmentAt(s.text, r.start));
      for (const a of s.actors) {
        if (a.role !== "axis" || !a.operatesIn.length) continue;
        // Not a group that denies it, nor one a US strike hit, nor a description in a forecast.
        if (deniesInvolvement(s, a) || struck.some(([x, y]) => a.span.start >= x && a.span.end <= y)) continue;
        // What a strike hit stays so even in a sentence with a claim word ("…, as claimed in the statement").
        if (struckGroup(s, a) || (claimed?.name !== a.name && (struckIn.get(s.idx)?.has(a.name) || forecastOnly(s, a)))) continue;
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
      if (!kindOf(c.kind).takesClaimedActor || c.actor) return c;
      // "The militia shot down a Reaper drone": the group named just before.
      const anaphor = anaphoricDoer(article.sentences, article.sentences[c.sentenceIdx]!, c.trigger.start);
      if (anaphor) return { ...c, actor: { value: anaphor.actor.name, span: anaphor.actor.span, sentenceIdx: anaphor.sentenceIdx }, actorGeneric: false };
      const where = [...c.countries.map((k) => k.value), ...c.places.map((p) => p.country)];
      if (unknown.some((s) => saysUnknownOf(s, where))) return c;
      const found = where.length ? choose(c, where) : null;
      if (!found) return c;
      return { ...c, actor: { value: found.actor.name, span: found.actor.span, sentenceIdx: found.sentenceIdx }, actorGeneric: found.actor.generic };
    });
  },
};
