/**
 * What came of a candidate event: casualties, intercepted, damage, a hit.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Outcome } from "../types.js";
import { freeSegments } from "./freeSegments.js";
import { has, loadCues, perCueFile } from "../lexicon/cues.js";
import { SitrepError } from "../errors.js";

interface OutcomePatterns {
  intercepted: RegExp;
  damage: RegExp;
  /** "no significant damage", "without causing any damage". */
  noDamage: RegExp;
  /** "fell harmlessly into the sea", "missed its target", "did not hit the base": it hit nothing. */
  missed: RegExp;
  impact: RegExp;
}

const patternsOf = perCueFile((cues): OutcomePatterns => {
  const words = (name: string): RegExp => {
    const re = cues.outcomeWords[name];
    if (!re) throw new SitrepError("E_LEXICON", `lexicons/cues.json: "outcomeWords.${name}" is missing (fields/outcome.ts reads it)`);
    return re;
  };
  const damage = words("damage");
  return {
    intercepted: words("intercepted"),
    damage,
    noDamage: new RegExp(`\\bno\\s+(?:\\w+\\s+){0,3}(?:${damage.source})|\\bwithout\\s+(?:causing\\s+)?(?:any\\s+)?(?:${damage.source})`, "i"),
    missed: words("missed"),
    impact: words("impact"),
  };
});

/**
 * What came of the event, from the words of its clause (and of any clause
 * beside it that states no event of its own): people killed or injured,
 * else intercepted, damage, a hit, or null when the text does not say.
 */
export function outcomeOf(ctx: SentenceContext, killed: number | null, injured: number | null, segment: [number, number] = [0, ctx.text.length]): Outcome {
  if ((killed ?? 0) > 0 || (injured ?? 0) > 0) return "casualties";
  const whole = segment[0] === 0 && segment[1] === ctx.text.length;
  const t = [segment, ...(whole ? [] : freeSegments(ctx, segment))].map(([a, b]) => ctx.text.slice(a, b)).join(" ");
  const pat = patternsOf(loadCues());
  if (has(pat.intercepted, t)) return "intercepted";
  if (has(pat.damage, t) && !pat.noDamage.test(t)) return "damage";
  if (has(pat.missed, t)) return null;
  if (has(pat.impact, t)) return "impact";
  return null;
}
