/**
 * Shapes of the date layer: what `resolveArticleDates` returns, and the
 * per-call news context that the orchestrator hands to chrono's refiners.
 */
import type { Span } from "../types.js";

/** A `[start, end)` sentence of the article's clean text. */
export interface SentenceBounds {
  start: number;
  end: number;
}

export type Precision = "day" | "range" | "month" | "year";

/**
 * What a date does in its sentence: `event` dates an action; `since` starts a
 * tally ("since Oct. 17"); `as_of` stamps a figure ("As of Thursday");
 * `statement` dates a report ("said on 4 December"); `until` ends a window;
 * `caption` dates a photo in a caption (often an old file photo): it dates
 * neither an event nor the article.
 */
export type DateRole = "event" | "since" | "as_of" | "statement" | "until" | "caption";

/** What a mention was resolved against. */
export type AnchorSource = "publication" | "reference" | "statement" | "event" | "explicit" | "none";

export interface DateAnchor {
  /** The date the mention was resolved against; null when it needed none or none was available. */
  date: string | null;
  source: AnchorSource;
}

export interface DateMention {
  span: Span;
  sentenceIndex: number;
  precision: Precision;
  /** The day, for day precision; null otherwise or when unresolved. */
  date: string | null;
  /** Inclusive window for range/month/year precision, or the ambiguity window of a day ("last night"). */
  range: [string, string] | null;
  role: DateRole;
  anchor: DateAnchor;
  /** Which parser/refiner produced the value, for tracing. */
  rule: string;
}

export interface ResolveArticleDatesInput {
  text: string;
  sentences: SentenceBounds[];
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** The corpus reference date `YYYY-MM-DD` (always given). */
  referenceDate: string;
  /** Today `YYYY-MM-DD` (default: the clock's UTC date): no reported event is dated after it. */
  today?: string;
}

export interface PublicationInference {
  date: string | null;
  method: "inferred" | "unknown";
  span?: Span;
}

/** Dates seen so far in the article, for "the day before", "the same day" … */
export interface DiscourseState {
  /** The most recent day-precision event date mentioned so far. */
  lastEvent: string | null;
  /** The most recent day-precision statement date mentioned so far. */
  lastStatement: string | null;
}

/**
 * Everything a news refiner needs beyond the sentence text. It travels in
 * chrono's `ParsingOption` (see `newsContext.ts`), so one shared chrono
 * instance serves every call.
 */
export interface NewsContext {
  published: string | null;
  referenceDate: string;
  /** No past-tense date is resolved after this day (the run's today). */
  today: string;
  /** An explicit full date near this sentence, for years when there is no publication date. */
  yearHint: string | null;
  /** The date of a statement that reports this sentence from a neighbouring attribution (`"…", X said on Nov. 21.`). */
  statementAnchor: string | null;
  discourse: DiscourseState;
  /** The sentence lies on a photo caption line (`src/text/captions.ts`). */
  caption?: boolean;
}
