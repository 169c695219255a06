/**
 * The rule registry: every rule sitrep runs, sorted by id. Adding a rule
 * means one file in src/rules/ and one line here; test/rules checks the
 * registry against the folder.
 */
import type { EventRule, TallyRule } from "./rule.js";
import { has } from "../lexicon/cues.js";
import { attackOnUsForces } from "./attackOnUsForces.js";
import { cumulativeTally } from "./cumulativeTally.js";
import { strikeAnaphora } from "./strikeAnaphora.js";
import { usStrike } from "./usStrike.js";

export const EVENT_RULES: EventRule[] = [attackOnUsForces, strikeAnaphora, usStrike];
export const TALLY_RULES: TallyRule[] = [cumulativeTally];

const ALL_RULES: ReadonlyArray<EventRule | TallyRule> = [...EVENT_RULES, ...TALLY_RULES];

/** True when some rule's trigger words occur in `text`: only then can it give an event or tally. */
export function triggersAnyRule(text: string, rules: ReadonlyArray<EventRule | TallyRule> = ALL_RULES): boolean {
  return rules.some((r) => has(r.meta.triggers, text));
}
