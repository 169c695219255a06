/**
 * The news date chrono: chrono's casual English configuration with the
 * news parsers in front and the news refiners behind, in the order written
 * here (like chrono's `locales/en/configuration.ts`). Built once at module
 * load; per-call state travels in the parse option (`newsContext.ts`).
 */
import { NightIntoDayRefiner } from "./refiners/nightIntoDayRefiner.js";
import * as chrono from "chrono-node";
import { BareYearParser } from "./parsers/bareYearParser.js";
import { CalendarWindowParser } from "./parsers/calendarWindowParser.js";
import { CasualDayParser } from "./parsers/casualDayParser.js";
import { DiscourseAnchorParser } from "./parsers/discourseAnchorParser.js";
import { HolidayParser } from "./parsers/holidayParser.js";
import { TrailingWindowParser } from "./parsers/trailingWindowParser.js";
import { BetweenRangeRefiner } from "./refiners/betweenRangeRefiner.js";
import { CalendarWindowRefiner } from "./refiners/calendarWindowRefiner.js";
import { DateListRefiner } from "./refiners/dateListRefiner.js";
import { DiscourseAnchorRefiner } from "./refiners/discourseAnchorRefiner.js";
import { NewsNoiseFilter } from "./refiners/newsNoiseFilter.js";
import { NumericOrderRefiner } from "./refiners/numericOrderRefiner.js";
import { PartOfDayOfRefiner } from "./refiners/partOfDayOfRefiner.js";
import { PartOfMonthRefiner } from "./refiners/partOfMonthRefiner.js";
import { RelativeDayRefiner } from "./refiners/relativeDayRefiner.js";
import { RelativeOffsetRefiner } from "./refiners/relativeOffsetRefiner.js";
import { RoleRefiner } from "./refiners/roleRefiner.js";
import { TimeThenDateRefiner } from "./refiners/timeThenDateRefiner.js";
import { SpanTrimRefiner } from "./refiners/spanTrimRefiner.js";
import { UnresolvedFilter } from "./refiners/unresolvedFilter.js";
import { WeekdayRefiner } from "./refiners/weekdayRefiner.js";
import { YearRefiner } from "./refiners/yearRefiner.js";
import { YearSuffixGuardRefiner } from "./refiners/yearSuffixGuardRefiner.js";
import { KeywordGuardedParser } from "./keywordGuardedParser.js";

/** Builds a fresh news chrono (tests may build their own; the module keeps one). */
export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  // chrono's duration parsers are its costliest; run them only where their words occur.
  news.parsers = news.parsers.map((p) => {
    const name = p.constructor.name;
    if (name === "ENTimeUnitAgoFormatParser") return new KeywordGuardedParser(p, /\b(?:ago|before|earlier)\b/i);
    if (name === "ENTimeUnitLaterFormatParser") return new KeywordGuardedParser(p, /\b(?:later|after|from\s+now|henceforth|forward|out)\b/i);
    return p;
  });

  // News parsers go first: chrono sorts results by position with a stable
  // sort and its OverlapRemovalRefiner keeps the earlier of two equally long
  // overlapping results, so on a tie ("last week") the news reading wins; a
  // longer news match ("over the weekend", "mid-October" via the refiner)
  // wins anyway.
  news.parsers.unshift(
    // "the day before", "the same day", "hours later" — chrono has no or a publication-relative reading.
    new DiscourseAnchorParser(),
    // "the past two days", "in the past month" — before CalendarWindowParser so "in the last week" is a trailing window.
    new TrailingWindowParser(),
    // "last week", "earlier this week", "over the weekend", "this month".
    new CalendarWindowParser(),
    // "today", "last night", "overnight", "this morning" — claimed from chrono to re-anchor on statements.
    new CasualDayParser(),
    // "in 2014", "since 2004" — chrono's casual mode ignores a bare year.
    new BareYearParser(),
    // "on Christmas Day" — a month-day without a year, for yearRefiner.
    new HolidayParser(),
  );

  news.refiners.push(
    // "6:25 PM PT – Wednesday, March 8, 2023" is a timestamp, not a range: keep the date before the time-only filter drops it.
    new TimeThenDateRefiner(),
    // "the evening of 11 January": chrono's casual time parser loses the date; read it again.
    new PartOfDayOfRefiner(),
    // "01.11.2023", "04-01-2024": dots and dashes are day-first, before any year or role is read.
    new NumericOrderRefiner(),
    // Drop non-dates first ("now", "USA Today", "sat down", "9/11", bare times) so nothing below sees them.
    new NewsNoiseFilter(),
    // "October 17, 10 days after" is not 2010: before any year is trusted.
    new YearSuffixGuardRefiner(),
    // Spans lose "on", commas and prepositions; role cues then read the preposition outside the span.
    new SpanTrimRefiner(),
    // "overnight Saturday", "late Friday into Saturday": one night, one date.
    new NightIntoDayRefiner(),
    // "mid-October", "the end of October": widen month results before ranges and lists look at them.
    new PartOfMonthRefiner(),
    // "between October 17 and 24": merge before the list refiner would split "17 and 24".
    new BetweenRangeRefiner(),
    // "Nov. 8 and 12": one result per listed day, after ranges took theirs.
    new DateListRefiner(),
    // Roles (since / as_of / until / statement / event) before resolution: anchors depend on statements.
    new RoleRefiner(),
    // Calendar dates and their years: statement dates must be known before relative mentions count from them.
    new YearRefiner(),
    // Bare weekdays: statement weekdays first, then event weekdays anchored on them.
    new WeekdayRefiner(),
    // "last night", "yesterday", "today" against the statement or publication date.
    new RelativeDayRefiner(),
    // "last week", "this month", "the past two days".
    new CalendarWindowRefiner(),
    // Chrono's leftover offsets ("three days ago").
    new RelativeOffsetRefiner(),
    // "the day before", "the same day": last, so every other date of the sentence is resolved.
    new DiscourseAnchorRefiner(),
    // Whatever no refiner understood is dropped, never guessed.
    new UnresolvedFilter(),
  );
  return news;
}

/** The shared instance. */
export const newsChrono: chrono.Chrono = createNewsChrono();
