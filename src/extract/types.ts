/**
 * What extraction reads (an article as stored: clean text, sentences and
 * their compromise parse) and what it returns (mentions, events, tallies),
 * every value with the span of text it came from. Extraction is a pure
 * function of these inputs plus the lexicons, which is what lets
 * `sitrep extract` rerun it from the database alone.
 */
import type { DateMention } from "../dates/index.js";
import type { LexiconProbe } from "./lexiconProbe.js";
import type { AssertedBy, EventKind, Outcome, Qualifier, TallyMetric, Weapon } from "../types.js";
import type { SentenceInput } from "../context/sentenceContext.js";

export type { AssertedBy, Outcome } from "../types.js";
export type { SentenceInput } from "../context/sentenceContext.js";


export interface ArticleInput {
  key: string;
  text: string;
  /** From the header line or dump field; null means extraction infers it. */
  published: string | null;
  publishedMethod: "header" | "field" | "inferred" | "unknown";
  referenceDate: string;
  sentences: SentenceInput[];
}

export type MentionType = "date" | "place" | "actor" | "weapon" | "number";

/** Offsets are into the article text. */
export interface MentionOut {
  sentenceIdx: number;
  type: MentionType;
  start: number;
  end: number;
  text: string;
  value: string | null;
  data: Record<string, unknown>;
}

/** One back-link: the words in a sentence that gave an event's field. */
export interface SourceOut {
  sentenceIdx: number;
  field: "evidence" | "date" | "place" | "country" | "actor" | "target" | "weapons" | "killed" | "injured" | "count";
  start: number;
  end: number;
  text: string;
}


export interface EventOut {
  kind: EventKind;
  date: string | null;
  dateRange: [string, string] | null;
  countries: string[];
  place: string | null;
  actor: string | null;
  target: string | null;
  weapons: Weapon[];
  killed: number | null;
  injured: number | null;
  count: number | null;
  umbrella: boolean;
  optional: boolean;
  outcome: Outcome;
  assertedBy: AssertedBy;
  timePrecision: 1 | 2 | 3 | null;
  geoPrecision: 1 | 2 | 3 | null;
  latitude: number | null;
  longitude: number | null;
  rule: string;
  reason: string;
  sources: SourceOut[];
}

export interface TallyOut {
  sentenceIdx: number;
  metric: TallyMetric;
  value: number;
  qualifier: Qualifier;
  region: string | null;
  since: string | null;
  asOf: string | null;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface PublishedOut {
  date: string | null;
  method: "header" | "field" | "inferred" | "unknown";
  span: { start: number; end: number } | null;
}

/** The date layer's result for an article: reusable while the date code and reference date hold. */
export interface ArticleDates {
  published: PublishedOut;
  mentions: DateMention[];
}

export interface Extraction {
  /** The publication date used; inferred from the text when no header or field gave one. */
  published: PublishedOut;
  mentions: MentionOut[];
  events: EventOut[];
  tallies: TallyOut[];
  /** The resolved dates, and whether they were given (cached) rather than computed here. */
  dates: ArticleDates;
  datesReused: boolean;
  /** What of the article the lexicons can reach (see lexiconProbe.ts). */
  probe: LexiconProbe;
}
