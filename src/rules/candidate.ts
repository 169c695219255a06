/** Builds an event candidate with the fields every rule fills the same way. */
import type { SentenceContext } from "../extract/sentenceContext.js";
import type { EventCandidate } from "./rule.js";
import { assertedBy, countOf, countriesOf, eventDates, outcomeOf, preferSegment } from "./fields.js";

export function newCandidate(
  ctx: SentenceContext,
  fields: Pick<EventCandidate, "kind" | "rule" | "reason" | "trigger" | "places" | "actor" | "actorGeneric" | "target" | "weapons" | "killed" | "injured">,
  segment: [number, number] = [0, ctx.text.length],
): EventCandidate {
  // Tag every span with its sentence, so merged events link each field to the right one.
  const tag = <T extends object | null>(x: T): T => (x ? { ...x, sentenceIdx: ctx.idx } : x);
  return {
    ...fields,
    places: fields.places.map(tag),
    weapons: fields.weapons.map(tag),
    actor: tag(fields.actor),
    target: tag(fields.target),
    killed: tag(fields.killed),
    injured: tag(fields.injured),
    sentenceIdx: ctx.idx,
    dates: eventDates(ctx, segment),
    segment,
    countries: preferSegment(countriesOf(ctx), segment).map(tag),
    count: tag(countOf(ctx)),
    outcome: outcomeOf(ctx, fields.killed?.value ?? null, fields.injured?.value ?? null),
    assertedBy: assertedBy(ctx),
    extraSentences: [],
    umbrella: false,
    inheritedDate: false,
  };
}
