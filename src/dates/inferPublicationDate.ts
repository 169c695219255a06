/**
 * Publication date from the text alone, for articles without a header date
 * (GUIDELINES §5): the latest reporting date the text implies. Dates in photo
 * captions never count (they often date an old file photo).
 *
 * 1. A calendar date in dateline or byline position (`dateline.ts`) wins; of
 *    several ("Dec 03, 2023" and "Washington, DC [US], December 4 :"), the
 *    latest. An "Updated:" stamp dates a later edit: it counts only when no
 *    other dateline does.
 * 2. Otherwise the latest statement date: a date next to a reporting verb or
 *    statement noun ("a Pentagon spokesperson said on 4 December",
 *    "at a Nov. 14 press conference"), resolved like any other date with no
 *    publication date (year from a nearby full date, else the reference date).
 * 3. A statement dated only by a weekday ("CENTCOM's Monday press
 *    statement") counts when a calendar date in the text anchors it: the
 *    first such weekday on or after the latest calendar date the text gives
 *    up to two sentences after it (statements follow the events they report). The start of a running
 *    period ("since Oct. 17") anchors nothing: the statement may be weeks
 *    later. Only a weekday tied to a reporting verb or a statement noun
 *    counts (not "On Monday, a group … claimed"); a weekday with no calendar
 *    date dates nothing.
 * 4. A statement date more than a day (time zones) before a calendar date of
 *    a reported (not future) event is an older statement quoted as
 *    background, not the article's date: then nothing dates it.
 * 5. With no dateline and no calendar-dated statement, an article that speaks of
 *    "today" ("shot down drones earlier today", a quote "our response began
 *    today") is dated by the latest day its reported events name.
 *
 * Other event dates are never publication dates; with no candidate the
 * result is `{ date: null, method: "unknown" }`.
 */
import type { Span } from "../types.js";
import { isDatelinePosition, isUpdateStamp } from "./dateline.js";
import { addDays, weekdayOnOrAfter } from "./isoDate.js";
import { weekdayNamedIn } from "./lexicon.js";
import { resolveArticleDates } from "./resolveArticleDates.js";
import { roleCueFor } from "./roleCues.js";
import { detectTense } from "./tense.js";
import type { DateMention, PublicationInference, SentenceBounds } from "./types.js";

/** A weekday statement may be anchored by a calendar date up to this many sentences after it ("said on Monday. … From October 17 to October 30, …"). */
const WEEKDAY_ANCHOR_AHEAD = 2;
/** A statement in Washington on the evening of the 11th reports a strike on the 12th local time. */
const TIME_ZONE_SLACK_DAYS = 1;

interface Candidate {
  date: string;
  span: Span;
}

/** A date written on the calendar (not counted from another one). */
function isCalendarDay(m: DateMention): boolean {
  return m.precision === "day" && m.date !== null && (m.anchor.source === "explicit" || m.anchor.source === "reference");
}

/** The last day a calendar mention names: the day, or a range's end ("From October 17 to October 30"). */
function calendarEnd(m: DateMention): string | null {
  if (isCalendarDay(m)) return m.date;
  if (m.precision === "range" && m.range && (m.anchor.source === "explicit" || m.anchor.source === "reference") && /\d/.test(m.span.text))
    return m.range[1];
  return null;
}

/** Roles whose dates say when something happened or was said (not a period's start, an end, or a photo). */
/** A date just after "since", "after" or "following" (a few words between): the start a story counts from. */
const NAMED_START = /\b(?:since|after|following)\s+(?:[\w’'.-]+\s+){0,3}$/i;

function datesTheStory(m: DateMention): boolean {
  return m.role === "event" || m.role === "statement" || m.role === "as_of";
}

/** Whether a statement mention is tied to a reporting verb or statement noun right beside it. */
function hasStrongStatementCue(text: string, sentences: SentenceBounds[], m: DateMention): boolean {
  const s = sentences[m.sentenceIndex]!;
  return roleCueFor(text.slice(s.start, s.end), m.span.start - s.start, m.span.end - s.start).strong;
}

function later(a: Candidate | null, b: Candidate): Candidate {
  return !a || b.date > a.date ? b : a;
}

/** "today", "earlier today", "this afternoon", "tonight" (casualDayParser's "today" row): the text's own day. */
function isToday(m: DateMention): boolean {
  return m.role !== "caption" && /\(day:today\)/.test(m.rule);
}

export function inferPublicationDate(text: string, sentences: SentenceBounds[], referenceDate: string, today?: string): PublicationInference {
  const mentions = resolveArticleDates({ text, sentences, published: null, referenceDate, today }).filter((m) => m.role !== "caption");

  let dateline: Candidate | null = null;
  let update: Candidate | null = null;
  for (const m of mentions) {
    if (!isCalendarDay(m) || !isDatelinePosition(text, m.span)) continue;
    if (isUpdateStamp(text, m.span)) update = later(update, { date: m.date!, span: m.span });
    else dateline = later(dateline, { date: m.date!, span: m.span });
  }
  const stamped = dateline ?? update;
  if (stamped) return { date: stamped.date, method: "inferred", span: stamped.span };

  // The latest calendar day up to each sentence, for anchoring weekday statements.
  const calendarUpTo: Array<string | null> = sentences.map(() => null);
  let latestEvent: string | null = null;
  for (const m of mentions) {
    const end = datesTheStory(m) ? calendarEnd(m) : null;
    if (end === null) continue;
    const i = m.sentenceIndex;
    if (!calendarUpTo[i] || end > calendarUpTo[i]!) calendarUpTo[i] = end;
    const past = m.role === "event" && detectTense(text, m.span.start, m.span.end) !== "future";
    if (past && (!latestEvent || end > latestEvent)) latestEvent = end;
  }

  for (let i = 1; i < calendarUpTo.length; i++) if (calendarUpTo[i - 1] && (!calendarUpTo[i] || calendarUpTo[i - 1]! > calendarUpTo[i]!)) calendarUpTo[i] = calendarUpTo[i - 1]!;

  let best: Candidate | null = null;
  for (const m of mentions) {
    if (m.role !== "statement") continue;
    if (isCalendarDay(m)) best = later(best, { date: m.date!, span: m.span });
    else if (m.precision === "day" && m.date === null && m.rule.startsWith("weekdayRefiner") && hasStrongStatementCue(text, sentences, m)) {
      const anchor = calendarUpTo[Math.min(m.sentenceIndex + WEEKDAY_ANCHOR_AHEAD, calendarUpTo.length - 1)];
      const weekday = weekdayNamedIn(m.span.text);
      if (anchor && weekday !== null) best = later(best, { date: weekdayOnOrAfter(anchor, weekday), span: m.span });
    }
  }
  if (best) {
    if (latestEvent && addDays(best.date, TIME_ZONE_SLACK_DAYS) < latestEvent) return { date: null, method: "unknown" };
    return { date: best.date, method: "inferred", span: best.span };
  }

  // No calendar statement date is left here (any would have been `best`).
  // "today" is the day of the story's latest event, not of one it names as a starting point
  // ("… since the group began attacking ships after Hamas's October 7 onslaught").
  const storyDays = mentions.filter((m) => m.role === "event" && calendarEnd(m) !== null && detectTense(text, m.span.start, m.span.end) !== "future" && !NAMED_START.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)));
  const latestStoryDay = storyDays.reduce<string | null>((a, m) => (!a || calendarEnd(m)! > a ? calendarEnd(m) : a), null);
  if (mentions.some(isToday) && latestStoryDay) {
    const day = storyDays.find((m) => calendarEnd(m) === latestStoryDay)!;
    return { date: latestStoryDay, method: "inferred", span: day.span };
  }
  return { date: null, method: "unknown" };
}
