/**
 * Resolves calendar dates: month-days, months, month parts, ranges and bare
 * years, choosing the year when the text does not write one (GUIDELINES §1):
 *
 * 1. A weekday with a month-day ("Sunday, Dec. 3") fits only some years: the
 *    fitting year nearest the publication (else hint, else reference) date.
 * 2. With a publication date: the year that puts the date on or before it
 *    (one day of slack for time zones); in a future-tense clause, on or after.
 * 3. Without one: the year nearest an explicit full date near the sentence
 *    ("Dec. 9, 2023"), else nearest the corpus reference date.
 *
 * A reported (not future-tense) date never lands after the publication date
 * (one day of slack) nor after today: of the years that fit, the nearest one
 * on or before that limit ("Friday 8 December" read in 2026 is 2023's, not
 * 2028's).
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import {
  addDays,
  minIso,
  daysBetween,
  daysInMonth,
  isValidYmd,
  monthRange,
  toIso,
  weekdayOf,
  yearRange,
  splitIso,
} from "../isoDate.js";
import { MONTH_TOKEN_RE } from "../lexicon.js";
import { newsOf } from "../newsContext.js";
import { isResolved, kindOf, resolve, ruleName } from "../notes.js";
import { detectTense, type Tense } from "../tense.js";
import type { DateAnchor, NewsContext } from "../types.js";
import { monthPartDays, type MonthPart } from "./partOfMonthRefiner.js";

/** Days a month-day may fall after the publication date and still keep its year (time zones, late editions). */
const PUBLICATION_SLACK_DAYS = 1;
/** How far from the base year a weekday-fitting year is searched. */
const WEEKDAY_FIT_YEARS = 6;

export interface YearChoice {
  year: number;
  anchor: DateAnchor;
  how: string;
}

/** The day a (year, month, day|null) stands for when comparing: the day itself, or the month's middle. */
function pivot(year: number, month: number, day: number | null): string | null {
  if (day === null) return toIso(year, month, 15);
  return isValidYmd(year, month, day) ? toIso(year, month, day) : null;
}

/** Year of a month(-day) written without one. */
export function chooseYear(
  month: number,
  day: number | null,
  weekday: number | null,
  news: Pick<NewsContext, "published" | "yearHint" | "referenceDate" | "today">,
  tense: Tense,
): YearChoice | null {
  const target = news.published ?? news.yearHint ?? news.referenceDate;
  const baseYear = splitIso(target).year;
  // The latest day a reported date may fall on.
  const limit = tense === "future" ? null : minIso(news.published ? addDays(news.published, PUBLICATION_SLACK_DAYS) : news.today, news.today);
  const fits = (p: string | null): p is string => p !== null && (limit === null || p <= limit);

  if (weekday !== null && day !== null) {
    let best: { year: number; distance: number } | null = null;
    for (let y = baseYear - WEEKDAY_FIT_YEARS; y <= baseYear + WEEKDAY_FIT_YEARS; y++) {
      if (!isValidYmd(y, month, day) || weekdayOf(toIso(y, month, day)) !== weekday || !fits(toIso(y, month, day))) continue;
      const distance = Math.abs(daysBetween(target, toIso(y, month, day)));
      if (!best || distance < best.distance) best = { year: y, distance };
    }
    if (best) return { year: best.year, anchor: { date: null, source: "explicit" }, how: "weekday-fit" };
  }

  if (news.published) {
    const pub = news.published;
    const anchor: DateAnchor = { date: pub, source: "publication" };
    if (tense === "future") {
      for (let y = baseYear - 1; y <= baseYear + 2; y++) {
        const last = day === null ? toIso(y, month, daysInMonth(y, month)) : pivot(y, month, day);
        if (last && last >= pub) return { year: y, anchor, how: "on-or-after-publication" };
      }
    } else {
      const limit = addDays(pub, PUBLICATION_SLACK_DAYS);
      for (let y = baseYear + 1; y >= baseYear - 4; y--) {
        const first = day === null ? toIso(y, month, 1) : pivot(y, month, day);
        if (first && first <= limit) return { year: y, anchor, how: "on-or-before-publication" };
      }
    }
    return null;
  }

  const anchor: DateAnchor = news.yearHint
    ? { date: news.yearHint, source: "explicit" }
    : { date: news.referenceDate, source: "reference" };
  let best: { year: number; distance: number } | null = null;
  // Nearest the target, among the years that put the date on or before today; as far back as needed for that.
  const earliest = limit === null ? baseYear - 1 : Math.min(baseYear - 1, splitIso(limit).year - 1);
  for (let y = earliest; y <= baseYear + 1; y++) {
    const first = day === null ? toIso(y, month, 1) : pivot(y, month, day);
    if (!fits(first)) continue;
    const p = pivot(y, month, day);
    if (!p) continue;
    const distance = Math.abs(daysBetween(target, p));
    if (!best || distance < best.distance) best = { year: y, distance };
  }
  return best ? { year: best.year, anchor, how: news.yearHint ? "nearest-explicit-date" : "nearest-reference-date" } : null;
}

/** Results this refiner owns: chrono's calendar dates, bare years, month parts. */
function isCalendar(r: ParsingResult): boolean {
  const kind = kindOf(r);
  if (kind === "year" || kind?.startsWith("part:")) return true;
  if (kind !== null || !r.start.isCertain("month")) return false;
  // A chrono relative result counts only when merged onto a written date ("two days after Oct. 7").
  return !r.tags().has("result/relativeDate") || MONTH_TOKEN_RE.test(r.text);
}

function written(c: ParsingComponents, comp: "year" | "day" | "weekday"): number | null {
  return c.isCertain(comp) ? c.get(comp) : null;
}

export class YearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const news = newsOf(context);
    for (const r of results) {
      if (isResolved(r) || !isCalendar(r)) continue;
      const kind = kindOf(r);
      const tense = detectTense(context.text, r.index, r.index + r.text.length);
      const explicit: DateAnchor = { date: null, source: "explicit" };

      if (kind === "year") {
        resolve(r, { precision: "year", date: null, range: yearRange(r.start.get("year")!), anchor: explicit, rule: ruleName("yearRefiner", r) });
        continue;
      }

      const month = r.start.get("month")!;
      const day = kind?.startsWith("part:") ? null : written(r.start, "day");
      let year = written(r.start, "year");
      let anchor = explicit;
      let how = "written-year";
      if (year === null) {
        const choice = chooseYear(month, day, written(r.start, "weekday"), news, tense);
        if (!choice) continue;
        ({ year, anchor, how } = choice);
      }
      const rule = `${ruleName("yearRefiner", r)}:${how}`;

      if (kind?.startsWith("part:")) {
        const [from, to] = monthPartDays(kind.slice(5) as MonthPart, daysInMonth(year, month));
        resolve(r, { precision: "range", date: null, range: [toIso(year, month, from), toIso(year, month, to)], anchor, rule });
        continue;
      }
      if (day === null) {
        resolve(r, { precision: "month", date: null, range: monthRange(year, month), anchor, rule });
        continue;
      }
      if (!isValidYmd(year, month, day)) continue;
      const start = toIso(year, month, day);
      if (r.end && r.end.isCertain("month") && r.end.isCertain("day")) {
        const endMonth = r.end.get("month")!;
        const endDay = r.end.get("day")!;
        let endYear = written(r.end, "year") ?? year;
        if (!r.end.isCertain("year") && isValidYmd(endYear, endMonth, endDay) && toIso(endYear, endMonth, endDay) < start) endYear++;
        if (!isValidYmd(endYear, endMonth, endDay)) continue;
        const end = toIso(endYear, endMonth, endDay);
        if (end < start) continue;
        resolve(r, { precision: "range", date: null, range: [start, end], anchor, rule });
        continue;
      }
      resolve(r, { precision: "day", date: start, range: null, anchor, rule });
    }
    return results;
  }
}
