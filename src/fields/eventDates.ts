/**
 * The dates of a candidate event: which date mentions can date an event
 * (day or short window, not a reference point) and which date a statement.
 */
import type { DateMention } from "../dates/index.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import { inside } from "./clauses.js";


// "the war that began on Oct. 7": a reference point, not the date of this event.
// "prior to the Thursday strike": likewise.
const REFERENCE_POINT = /\b(?:(?:began|begun|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?|(?:prior\s+to|before|ahead\s+of)\s+(?:the\s+)?)$/i;

/** Longest window that still dates an event ("last week"); longer ones date it only to a month or so. */
const MAX_EVENT_WINDOW_DAYS = 7;

const windowDays = (r: [string, string]): number => (Date.parse(r[1]) - Date.parse(r[0])) / 86_400_000;

/** Dates that can date an event: role "event", at day or short-window precision. */
export function eventDates(ctx: SentenceContext, segment?: [number, number]): DateMention[] {
  const all = ctx.dates.filter(
    (d) =>
      d.role === "event" &&
      (d.precision === "day" ? d.date !== null : d.precision === "range" && d.range !== null && windowDays(d.range) <= MAX_EVENT_WINDOW_DAYS) &&
      !REFERENCE_POINT.test(ctx.text.slice(Math.max(0, d.span.start - 20), d.span.start)),
  );
  if (!segment) return all;
  return all.filter((d) => inside(d.span, segment));
}

/** Dates of statements ("the Pentagon announced Oct. 19", "said last week") in the sentence. */
export function statementDates(ctx: SentenceContext): DateMention[] {
  return ctx.dates.filter((d) => d.role === "statement" && (d.precision === "day" ? d.date !== null : d.precision === "range" && d.range !== null));
}

/** ACLED time precision of an event's date: 1 a day, 2 a window of up to a week, 3 longer (a month). */
export function timePrecisionOf(d: DateMention | undefined): 1 | 2 | 3 | null {
  if (!d) return null;
  if (d.precision === "day") return 1;
  if (d.range) return windowDays(d.range) <= MAX_EVENT_WINDOW_DAYS ? 2 : 3;
  return 3;
}
