/**
 * Shared shapes of sitrep: the answer format of GUIDELINES §5 (what export
 * writes and eval reads), and the spans every stage hands to the next.
 */

/** A `[start, end)` slice of an article's stored clean text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EventKind = "attack" | "strike";
export type Weapon = "rocket" | "mortar" | "drone" | "missile" | "aircraft" | "gunfire" | "explosive";
export const WEAPON_CATEGORIES: readonly Weapon[] = [
  "rocket",
  "mortar",
  "drone",
  "missile",
  "aircraft",
  "gunfire",
  "explosive",
];

export type TallyMetric = "attacks" | "injured" | "killed" | "strikes";
export type Qualifier = "at least" | "more than" | "about" | null;

/** One event as GUIDELINES §3 defines it (gold and export share it). */
export interface AnswerEvent {
  kind: EventKind;
  date: string | null;
  date_range?: [string, string];
  country: string | string[] | null;
  place: string | null;
  actor: string | null;
  target?: string | null;
  weapons: Weapon[];
  killed: number | null;
  injured: number | null;
  count?: number;
  umbrella?: boolean;
  optional?: boolean;
  evidence: string[];
  /** Export-only extras; scoring ignores them. */
  [extra: string]: unknown;
}

/** One tally as GUIDELINES §4 defines it. */
export interface AnswerTally {
  metric: TallyMetric;
  value: number;
  qualifier: Qualifier;
  region: string | null;
  since: string | null;
  as_of: string | null;
  evidence: string;
  [extra: string]: unknown;
}

/** One article's answers (GUIDELINES §5). */
export interface AnswerArticle {
  article: string;
  published: string | null;
  events: AnswerEvent[];
  tallies: AnswerTally[];
  [extra: string]: unknown;
}

/** What came of an event, as its words say (null: they do not say). */
export type Outcome = "intercepted" | "impact" | "damage" | "casualties" | null;
/** Who the sentence says asserts the event. */
export type AssertedBy = "claim" | "official" | "monitor" | "local" | "report";
