/**
 * attach-claims: a group that claims attacks is their actor, also when the
 * claim comes in a nearby sentence ("a group calling itself the Islamic
 * Resistance in Iraq claimed attacks on those locations"); so is a group
 * the sentence after blames for them ("The U.S. blamed Kataib Hezbollah for
 * the attack") — named as the doer, though it did not claim it.
 */
import { kindOf } from "../kinds.js";
import { has, loadCues } from "../lexicon/cues.js";
import type { Refiner } from "./refiner.js";
import { blamedGroup, claimant } from "../fields/attribution.js";
import { anaphoricClaimant } from "../fields/groupAnaphora.js";
import { eventDates } from "../fields/eventDates.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { EventCandidate } from "../rules/rule.js";
import { dayOf } from "./mergeSameEvent.js";

const WINDOW = 3;

/**
 * Whether a claim sentence can be about the event: when it names places
 * ("claimed the attack on al-Tanf") or days ("claimed Tuesday's attack"),
 * the event must be at one of them.
 */
export function refersTo(s: SentenceContext, c: EventCandidate): boolean {
  if (s.idx === c.sentenceIdx || c.extraSentences.includes(s.idx)) return true;
  // A town named as an actor ("militias backed by Tehran") is no place of the claim.
  const places = s.places
    .filter((p) => (p.kind === "base" || p.kind === "town") && !s.actors.some((a) => a.span.start <= p.span.start && p.span.end <= a.span.end))
    .map((p) => p.name);
  if (places.length && !c.places.some((p) => places.includes(p.name))) return false;
  // "claimed Tuesday's attack": a possessive day names the event's day, whatever role it got.
  const possessive = s.dates.filter((d) => d.precision === "day" && /^['’]s\b/.test(s.text.slice(d.span.end, d.span.end + 3)));
  const days = [...eventDates(s), ...possessive].map((d) => d.date).filter((d): d is string => d !== null);
  return !days.length || days.includes(dayOf(c) ?? "");
}

export const attachClaims: Refiner = {
  id: "attach-claims",
  description: "Gives attacks without a named actor the group that claims them (or is blamed for them) in a sentence nearby.",
  refine(candidates, article) {
    const cues = loadCues();
    const claims = article.sentences
      .map((s) => {
        const claimed = has(cues.claim, s.text) ? claimant(s) : null;
        // "The group took responsibility for …": the group named last before it.
        const anaphor = claimed || !has(cues.claim, s.text) ? null : anaphoricClaimant(article.sentences, s);
        const actor = claimed ?? anaphor?.actor ?? blamedGroup(s);
        return { idx: s.idx, actor, actorIdx: anaphor && !claimed ? anaphor.sentenceIdx : s.idx, claim: claimed !== null || anaphor !== null };
      })
      .filter((c) => c.actor && !c.actor.generic);
    if (!claims.length) return candidates;
    return candidates.map((c) => {
      if (!kindOf(c.kind).takesClaimedActor || (c.actor && !c.actorGeneric)) return c;
      const about = claims.filter((k) => refersTo(article.sentences[k.idx]!, c));
      const claim = about.find((k) => k.idx >= c.sentenceIdx && k.idx - c.sentenceIdx <= WINDOW) ?? about.find((k) => k.idx < c.sentenceIdx && c.sentenceIdx - k.idx <= 1);
      if (!claim) return c;
      return {
        ...c,
        actor: { value: claim.actor!.name, span: claim.actor!.span, sentenceIdx: claim.actorIdx },
        actorGeneric: false,
        assertedBy: claim.claim ? ("claim" as const) : c.assertedBy,
        extraSentences: c.extraSentences.includes(claim.idx) || claim.idx === c.sentenceIdx ? c.extraSentences : [...c.extraSentences, claim.idx],
      };
    });
  },
};
