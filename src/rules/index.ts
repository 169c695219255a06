/**
 * The rule registry: every rule sitrep runs, sorted by id. Adding a rule
 * means one file in src/rules/ and one line here; test/rules checks the
 * registry against the folder.
 */
import type { EventRule, TallyRule } from "./rule.js";
import { cueTerms, has, loadCues, phraseRegex, type Cues } from "../lexicon/cues.js";
import { attackOnUsForces } from "./attackOnUsForces.js";
import { cumulativeTally } from "./cumulativeTally.js";
import { headlineStrike } from "./headlineStrike.js";
import { strikeAnaphora } from "./strikeAnaphora.js";
import { usStrike } from "./usStrike.js";

export const EVENT_RULES: EventRule[] = [attackOnUsForces, headlineStrike, strikeAnaphora, usStrike];
export const TALLY_RULES: TallyRule[] = [cumulativeTally];

const ALL_RULES: ReadonlyArray<EventRule | TallyRule> = [...EVENT_RULES, ...TALLY_RULES];

const compiled = new WeakMap<Cues, Map<string, RegExp>>();

/** One regex over the words of a rule's trigger lists (compiled once per cue file). */
export function triggerRegex(rule: EventRule | TallyRule): RegExp {
  const triggers = rule.meta.triggers;
  const cues = loadCues();
  let byRule = compiled.get(cues);
  if (!byRule) compiled.set(cues, (byRule = new Map()));
  let re = byRule.get(rule.meta.id);
  if (!re) byRule.set(rule.meta.id, (re = phraseRegex(triggers.flatMap((name) => cueTerms(cues, name)))));
  return re;
}

/** True when `rule`'s trigger words occur in `text`. */
export function triggers(rule: EventRule | TallyRule, text: string): boolean {
  return has(triggerRegex(rule), text);
}

/** True when some rule's trigger words occur in `text`: only then can it give an event or tally. */
export function triggersAnyRule(text: string, rules: ReadonlyArray<EventRule | TallyRule> = ALL_RULES): boolean {
  return rules.some((r) => triggers(r, text));
}
