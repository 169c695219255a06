/**
 * The rule registry: every rule sitrep runs, sorted by id. Adding a rule
 * means one file in src/rules/ and one line here; test/rules checks the
 * registry against the folder.
 */
import type { EventRule, TallyRule } from "./rule.js";
import { attackOnUsForces } from "./attackOnUsForces.js";
import { cumulativeTally } from "./cumulativeTally.js";
import { strikeAnaphora } from "./strikeAnaphora.js";
import { usStrike } from "./usStrike.js";

export const EVENT_RULES: EventRule[] = [attackOnUsForces, strikeAnaphora, usStrike];
export const TALLY_RULES: TallyRule[] = [cumulativeTally];
