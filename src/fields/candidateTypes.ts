/**
 * What a rule proposes: a candidate event or tally, every field with the
 * span of the words it came from. Refiners then work on these across the
 * article.
 */
import type { TallyOut } from "../model/extraction.js";
import type { DateMention } from "../dates/index.js";
import type { PlaceMention, WeaponMention } from "../lexicon/index.js";
import type { AssertedBy, EventKind, Outcome } from "../types.js";

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
  /** A ship shot the weapons down: the event is at sea, wherever they were launched from. */
  atSea?: boolean;
  /** Only adds to an event reported before it; dropped when there is none. */
  continuation?: boolean;
  /** "… and another at a base in northern Iraq": a further one, never the same event as one at a named place. */
  further?: boolean;
}

/** A tally as a rule proposes it: the stored fields, with its span relative to the sentence. */
export interface TallyCandidate extends Pick<TallyOut, "sentenceIdx" | "rule" | "metric" | "value" | "qualifier" | "region" | "since" | "asOf"> {
  span: RelSpan;
}
