/**
 * attach-claims: a group that claims attacks is their actor, also when the
 * claim comes in a nearby sentence ("a group calling itself the Islamic
 * Resistance in Iraq claimed attacks on those locations").
 */
import { has, loadCues } from "../extract/cues.js";
import type { Refiner } from "./refiner.js";
import { claimant } from "../rules/fields.js";

const WINDOW = 3;

export const attachClaims: Refiner = {
  id: "attach-claims",
  description: "Gives attacks without a named actor the group that claims them in a sentence nearby.",
  refine(candidates, article) {
    const cues = loadCues();
    const claims = article.sentences
      .filter((s) => has(cues.claim, s.text))
      .map((s) => ({ idx: s.idx, actor: claimant(s) }))
      .filter((c) => c.actor && !c.actor.generic);
    if (!claims.length) return candidates;
    return candidates.map((c) => {
      if (c.kind !== "attack" || (c.actor && !c.actorGeneric)) return c;
      const claim = claims.find((k) => k.idx >= c.sentenceIdx && k.idx - c.sentenceIdx <= WINDOW) ?? claims.find((k) => k.idx < c.sentenceIdx && c.sentenceIdx - k.idx <= 1);
      if (!claim) return c;
      return { ...c, actor: { value: claim.actor!.name, span: claim.actor!.span, sentenceIdx: claim.idx }, actorGeneric: false, assertedBy: "claim" as const, extraSentences: c.extraSentences.includes(claim.idx) || claim.idx === c.sentenceIdx ? c.extraSentences : [...c.extraSentences, claim.idx] };
    });
  },
};
