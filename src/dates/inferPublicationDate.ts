/**
 * Publication date from the text alone, for articles without a header date
 * (GUIDELINES §5): the latest reporting date the text implies.
 *
 * 1. A calendar date in dateline position (`dateline.ts`) wins.
 * 2. Otherwise the latest statement date: a date next to a reporting verb or
 *    statement noun ("a Pentagon spokesperson said on 4 December",
 *    "at a Nov. 14 press conference"), resolved like any other date with no
 *    publication date (year from a nearby full date, else the reference date).
 * 3. A statement dated only by a weekday ("CENTCOM's Monday press
 *    statement") counts when a calendar date earlier in the text anchors it:
 *    the first such weekday on or after that date (statements follow the
 *    events they report). Only a weekday tied to a reporting verb or a
 *    statement noun counts (not "On Monday, a group … claimed"); a weekday
 *    with no calendar date before it dates nothing.
 *
 * Event dates are never publication dates; with no candidate the result is
 * `{ date: null, method: "unknown" }`.
 */
import type { Span } from "../types.js";
import { isDatelinePosition } from "./dateline.js";
import { weekdayOnOrAfter } from "./isoDate.js";
import { weekdayNamedIn } from "./lexicon.js";
import { resolveArticleDates } from "./resolveArticleDates.js";
import { roleCueFor } from "./roleCues.js";
import type { DateMention, PublicationInference, SentenceBounds } from "./types.js";

/** A date written on the calendar (not counted from another one). */
function isCalendarDay(m: DateMention): boolean {
  return m.precision === "day" && m.date !== null && (m.anchor.source === "explicit" || m.anchor.source === "reference");
}

/** Whether a statement mention is tied to a reporting verb or statement noun right beside it. */
function hasStrongStatementCue(text: string, sentences: SentenceBounds[], m: DateMention): boolean {
  const s = sentences[m.sentenceIndex]!;
  return roleCueFor(text.slice(s.start, s.end), m.span.start - s.start, m.span.end - s.start).strong;
}

export function inferPublicationDate(text: string, sentences: SentenceBounds[], referenceDate: string): PublicationInference {
  const mentions = resolveArticleDates({ text, sentences, published: null, referenceDate });

  const dateline = mentions.find((m) => isCalendarDay(m) && isDatelinePosition(text, m.span));
  if (dateline) return { date: dateline.date, method: "inferred", span: dateline.span };

  let best: { date: string; span: Span } | null = null;
  const consider = (date: string, span: Span) => {
    if (!best || date > best.date) best = { date, span };
  };
  let latestCalendarSoFar: string | null = null;
  for (const m of mentions) {
    if (m.role === "statement") {
      if (isCalendarDay(m)) consider(m.date!, m.span);
      else if (
        m.precision === "day" &&
        m.date === null &&
        m.rule.startsWith("weekdayRefiner") &&
        latestCalendarSoFar &&
        hasStrongStatementCue(text, sentences, m)
      ) {
        const weekday = weekdayNamedIn(m.span.text);
        if (weekday !== null) consider(weekdayOnOrAfter(latestCalendarSoFar, weekday), m.span);
      }
    }
    if (isCalendarDay(m) && (!latestCalendarSoFar || m.date! > latestCalendarSoFar)) latestCalendarSoFar = m.date;
  }
  const found = best as { date: string; span: Span } | null;
  return found ? { date: found.date, method: "inferred", span: found.span } : { date: null, method: "unknown" };
}
