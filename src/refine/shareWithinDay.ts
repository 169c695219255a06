/**
 * share-within-day: attacks reported together on one day share what the
 * report says of them all — the group that claimed them ("a group calling
 * itself the Islamic Resistance in Iraq claimed attacks on those
 * locations") and an explicit "no casualties" for the whole set — when the
 * events themselves say nothing else. Strikes (and attacks) of one day told
 * together likewise share the weapons named for them ("U.S. military
 * aircraft attacked two facilities … The strikes destroyed …").
 */
import { kindOf } from "../kinds.js";
import type { EventCandidate } from "../rules/rule.js";
import type { Refiner } from "./refiner.js";
import { dayOf } from "./mergeSameEvent.js";
import { refersTo } from "./attachClaims.js";

/** How many sentences apart two reports of one day still count as told together. */
const TOLD_TOGETHER = 2;

/** Both name countries, and none in common. */
function apartIn(a: EventCandidate, b: EventCandidate): boolean {
  const kb = new Set(b.countries.map((k) => k.value));
  return a.countries.length > 0 && kb.size > 0 && !a.countries.some((k) => kb.has(k.value));
}

/** Some sentence of one is within TOLD_TOGETHER of some sentence of the other. */
function near(a: EventCandidate, b: EventCandidate): boolean {
  const told = (e: EventCandidate): number[] => [e.sentenceIdx, ...e.extraSentences];
  return told(a).some((i) => told(b).some((j) => Math.abs(i - j) <= TOLD_TOGETHER));
}

export const shareWithinDay: Refiner = {
  id: "share-within-day",
  description: "Attacks on the same day in one article share a single named claimant and a stated 'no casualties'.",
  refine(candidates, article) {
    const byDay = new Map<string, EventCandidate[]>();
    for (const c of candidates) {
      const day = dayOf(c);
      if (!day) continue;
      const key = `${c.kind}|${day}`;
      byDay.set(key, [...(byDay.get(key) ?? []), c]);
    }
    return candidates.map((c) => {
      const day = dayOf(c);
      const group = day ? (byDay.get(`${c.kind}|${day}`) ?? []) : [];
      if (group.length < 2) return c;
      let out = c;
      // Weapons are shared only among reports told together: near each other and not in different countries
      // (two attacks of one day in Iraq and Syria, told paragraphs apart, keep their own).
      const together = group.filter((g) => near(g, c) && !apartIn(g, c));
      const armed = together.filter((g) => g.weapons.length);
      const kinds = new Set(armed.map((g) => g.weapons.map((w) => w.category).sort().join(",")));
      if (!c.weapons.length && kinds.size === 1) {
        const from = armed[0]!;
        out = { ...out, weapons: from.weapons.map((w) => ({ ...w, sentenceIdx: (w as { sentenceIdx?: number }).sentenceIdx ?? from.sentenceIdx })) };
      }
      if (!kindOf(c.kind).takesClaimedActor) return out;
      const actors = [...new Set(group.filter((g) => g.actor && !g.actorGeneric).map((g) => g.actor!.value))];
      if (actors.length === 1 && (!c.actor || c.actorGeneric)) {
        const from = group.find((g) => g.actor?.value === actors[0])!;
        // Not a claim that names another place ("claimed the drone attack on al-Tanf").
        const said = article.sentences[from.actor!.sentenceIdx ?? from.sentenceIdx];
        if (!said || refersTo(said, c))
          out = { ...out, actor: { ...from.actor!, sentenceIdx: from.actor!.sentenceIdx ?? from.sentenceIdx }, actorGeneric: false };
      }
      // "no casualties" (0 and 0) or "no injuries" (0 injured, dead not said).
      const none = group.find((g) => g.injured?.value === 0 && (g.killed === null || g.killed.value === 0));
      if (none && c.killed === null && c.injured === null) {
        const at = (v: NonNullable<EventCandidate["injured"]>) => ({ ...v, sentenceIdx: v.sentenceIdx ?? none.sentenceIdx });
        out = { ...out, killed: none.killed ? at(none.killed) : null, injured: at(none.injured!) };
      }
      return out;
    });
  },
};
