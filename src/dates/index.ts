/**
 * sitrep's news-aware date layer, built on chrono-node: resolves the date
 * mentions of an article against its publication date, the statements it
 * quotes and its own story dates, and infers a missing publication date.
 */
export { resolveArticleDates } from "./resolveArticleDates.js";
export { inferPublicationDate } from "./inferPublicationDate.js";
export { createNewsChrono, newsChrono } from "./configuration.js";
export { detectTense, type Tense } from "./tense.js";
export {
  addDays,
  addMonths,
  compareIso,
  daysBetween,
  isIsoDate,
  mondayOfWeek,
  monthRange,
  toIso,
  weekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearRange,
} from "./isoDate.js";
export type {
  AnchorSource,
  DateAnchor,
  DateMention,
  DateRole,
  Precision,
  PublicationInference,
  ResolveArticleDatesInput,
  SentenceBounds,
} from "./types.js";
