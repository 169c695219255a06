/**
 * What a rule is. An event rule reads one sentence (with its mentions) and
 * proposes candidate events; refiners (src/refine) then filter, split, merge
 * and complete them across the article. A tally rule proposes tallies. Each
 * rule carries its own positive and negative example sentences, which
 * test/rules/ruleExamples.test.ts runs.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { EventCandidate, TallyCandidate } from "../fields/candidateTypes.js";
import type { AssertedBy, EventKind, Outcome, Qualifier, TallyMetric } from "../types.js";

// Rule authors build candidates; their types live with the field pickers.
export type { EventCandidate, RelSpan, TallyCandidate, ValueWithSpan } from "../fields/candidateTypes.js";

/** Expected fields of a positive example (only the fields given are checked). */
export interface ExpectedEvent {
  kind: EventKind;
  date?: string | null;
  place?: string | null;
  country?: string | string[] | null;
  actor?: string | null;
  weapons?: string[];
  killed?: number | null;
  injured?: number | null;
  count?: number | null;
  outcome?: Outcome;
  assertedBy?: AssertedBy;
}

export interface ExpectedTally {
  metric: TallyMetric;
  value: number;
  qualifier?: Qualifier;
  region?: string | null;
  since?: string | null;
}

export interface RuleExample<E> {
  text: string;
  /** Publication date the sentence is read against (default 2023-11-24). */
  published?: string;
  expect: E[];
}

/** A sentence that must give nothing. */
export interface NegativeExample {
  text: string;
  published?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  /**
   * The cue lists (names in lexicons/cues.json) whose words trigger the
   * rule: at least one must occur (case-insensitive) for it to run, so a
   * sentence without them costs nothing.
   */
  triggers: readonly string[];
  /** Ids of rules whose events this one builds on (its examples run them too). */
  requires?: string[];
}

export interface EventRule {
  meta: RuleMeta & { type: "event" };
  match(ctx: SentenceContext): EventCandidate[];
  examples: { valid: RuleExample<ExpectedEvent>[]; invalid: NegativeExample[] };
}

export interface TallyRule {
  meta: RuleMeta & { type: "tally" };
  match(ctx: SentenceContext): TallyCandidate[];
  examples: { valid: RuleExample<ExpectedTally>[]; invalid: NegativeExample[] };
}

export type Rule = EventRule | TallyRule;
