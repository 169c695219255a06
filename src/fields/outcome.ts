/**
 * What came of a candidate event: casualties, intercepted, damage, a hit.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Outcome } from "../types.js";
import { freeSegments } from "./freeSegments.js";

const INTERCEPTED = /\b(?:shot\s+down|shoot\s+down|shooting\s+down|intercepted|downed|engaged\s+and\s+destroyed|thwarted|foiled|repelled)\b/i;
const DAMAGED = /\bdamag(?:e|ed|ing)\b/i;
const NO_DAMAGE = /\bno\s+(?:\w+\s+){0,3}damage\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?damage\b/i;
const IMPACT = /\b(?:hit|impact(?:ed)?|struck|landed|exploded)\b/i;
// "fell harmlessly into the sea", "missed its target", "did not hit the base": it hit nothing.
const MISSED = /\b(?:harmlessly|missed\s+(?:its|their)\s+targets?|fell\s+short|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:hit|strike|reach))\b/i;

/**
 * What came of the event, from the words of its clause (and of any clause
 * beside it that states no event of its own): people killed or injured,
 * else intercepted, damage, a hit, or null when the text does not say.
 */
export function outcomeOf(ctx: SentenceContext, killed: number | null, injured: number | null, segment: [number, number] = [0, ctx.text.length]): Outcome {
  if ((killed ?? 0) > 0 || (injured ?? 0) > 0) return "casualties";
  const whole = segment[0] === 0 && segment[1] === ctx.text.length;
  const t = [segment, ...(whole ? [] : freeSegments(ctx, segment))].map(([a, b]) => ctx.text.slice(a, b)).join(" ");
  if (INTERCEPTED.test(t)) return "intercepted";
  if (DAMAGED.test(t) && !NO_DAMAGE.test(t)) return "damage";
  if (MISSED.test(t)) return null;
  if (IMPACT.test(t)) return "impact";
  return null;
}
