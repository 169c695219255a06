/**
 * What a rule is. An event rule reads one sentence (with its mentions) and
 * proposes candidate events; refiners (src/refine) then filter, split, merge
 * and complete them across the article. A tally rule proposes tallies. Each
 * rule carries its own positive and negative example sentences, which
 * test/rules/ruleExamples.test.ts runs.
 */
import type { SentenceContext } from "../extract/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import type { ActorMention, PlaceMention, WeaponMention } from "../lexicon/index.js";
import type { AssertedBy, Outcome } from "../extract/types.js";
import type { EventKind, Qualifier, TallyMetric } from "../types.js";

/** A span relative to the sentence start. */
export interface RelSpan {
  start: number;
  end: number;
  text: string;
}

export interface ValueWithSpan<T> {
  value: T;
  span: RelSpan;
  /** The sentence the span is in, when not the candidate's own (claims, merges). */
  sentenceIdx?: number;
}

export interface EventCandidate {
  kind: EventKind;
  sentenceIdx: number;
  rule: string;
  reason: string;
  trigger: RelSpan;
  /** The clause of the sentence that states this event. */
  segment: [number, number];
  /** Day or window dates the sentence gives this event (empty: undated here). */
  dates: DateMention[];
  places: PlaceMention[];
  /** Countries named without a place (regions, "in Iraq and Syria"). */
  countries: ValueWithSpan<string>[];
  actor: ValueWithSpan<string> | null;
  actorGeneric: boolean;
  target: ValueWithSpan<string> | null;
  weapons: WeaponMention[];
  killed: ValueWithSpan<number | null> | null;
  injured: ValueWithSpan<number | null> | null;
  count: ValueWithSpan<number> | null;
  outcome: Outcome;
  assertedBy: AssertedBy;
  /** Extra sentences merged in by refiners. */
  extraSentences: number[];
  umbrella: boolean;
  /** The date came from a neighbouring sentence, not this one. */
  inheritedDate: boolean;
  /** Only adds to an event reported before it; dropped when there is none. */
  continuation?: boolean;
}

export interface TallyCandidate {
  sentenceIdx: number;
  rule: string;
  metric: TallyMetric;
  value: number;
  qualifier: Qualifier;
  region: string | null;
  since: string | null;
  asOf: string | null;
  span: RelSpan;
}

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
  /** Words of which at least one must occur (case-insensitive) for the rule to run. */
  triggers: RegExp;
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
