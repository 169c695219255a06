/**
 * Windows counted from the reporting anchor (inside a quotation the date of
 * the statement it belongs to, else the publication date):
 * - "last week" = the previous Monday–Sunday week (an article of Friday
 *   2023-10-27 → 2023-10-16 … 2023-10-22);
 * - "earlier this week" = Monday … anchor; "later this week" = anchor … Sunday;
 *   plain "this week" = Monday … anchor in the past tense, anchor … Sunday in the future;
 * - "over the weekend" = the latest Saturday–Sunday up to the anchor (the next one in the future tense);
 * - "this month" / "last month" = month precision; "earlier this month" = 1st … anchor;
 * - "this year" / "last year" = year precision; "earlier this year" = Jan 1 … anchor;
 * - "the past N days/weeks/months/hours" = [anchor − N units, anchor].
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import {
  addDays,
  addMonths,
  maxIso,
  minIso,
  monthRange,
  mondayOfWeek,
  splitIso,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearRange,
} from "../isoDate.js";
import { NO_ANCHOR, reportingAnchor } from "../anchors.js";
import { isResolved, kindOf, resolve, ruleName } from "../notes.js";
import { calendarWindowRow, type CalendarWindowRow } from "../parsers/calendarWindowParser.js";
import { readTrailingKind, type TrailingUnit } from "../parsers/trailingWindowParser.js";
import { detectTense, type Tense } from "../tense.js";
import type { Precision } from "../types.js";

const SATURDAY = 6;

interface Window {
  precision: Precision;
  range: [string, string];
}

export function calendarWindow(row: CalendarWindowRow, anchor: string, tense: Tense): Window {
  const toAnchor = row.part === "toAnchor" || (row.part === undefined && row.shift === 0 && tense === "past");
  switch (row.unit) {
    case "week": {
      const monday = addDays(mondayOfWeek(anchor), 7 * row.shift);
      const sunday = addDays(monday, 6);
      if (row.shift !== 0) return { precision: "range", range: [monday, sunday] };
      return { precision: "range", range: toAnchor ? [monday, anchor] : [anchor, sunday] };
    }
    case "weekend": {
      if (row.shift === -1) {
        const saturday = weekdayOnOrBefore(addDays(anchor, -1), SATURDAY);
        return { precision: "range", range: [saturday, minIso(addDays(saturday, 1), anchor)] };
      }
      if (tense === "future") {
        const saturday = weekdayOnOrAfter(anchor, SATURDAY);
        return { precision: "range", range: [maxIso(saturday, anchor), addDays(saturday, 1)] };
      }
      const saturday = weekdayOnOrBefore(anchor, SATURDAY);
      return { precision: "range", range: [saturday, minIso(addDays(saturday, 1), anchor)] };
    }
    case "month": {
      const { year, month } = splitIso(addMonths(anchor, row.shift));
      const whole = monthRange(year, month);
      if (row.part === "toAnchor") return { precision: "range", range: [whole[0], anchor] };
      return { precision: "month", range: whole };
    }
    case "year": {
      const whole = yearRange(splitIso(anchor).year + row.shift);
      if (row.part === "toAnchor") return { precision: "range", range: [whole[0], anchor] };
      return { precision: "year", range: whole };
    }
  }
}

export function trailingWindow(count: number, unit: TrailingUnit, anchor: string): Window {
  const start =
    unit === "hour"
      ? addDays(anchor, -Math.max(1, Math.ceil(count / 24)))
      : unit === "day"
        ? addDays(anchor, -count)
        : unit === "week"
          ? addDays(anchor, -7 * count)
          : addMonths(anchor, -count);
  return { precision: "range", range: [start, anchor] };
}

export class CalendarWindowRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const kind = kindOf(r);
      if (isResolved(r) || !kind) continue;
      const row = kind.startsWith("window:") ? calendarWindowRow(kind.slice(7)) : undefined;
      const trailing = readTrailingKind(kind);
      if (!row && !trailing) continue;
      const anchor = reportingAnchor(context, results, r, "quotation");
      const rule = ruleName("calendarWindowRefiner", r);
      if (!anchor.date) {
        const precision: Precision = row && row.part === undefined && (row.unit === "month" || row.unit === "year") ? row.unit : "range";
        resolve(r, { precision, date: null, range: null, anchor: NO_ANCHOR, rule });
        continue;
      }
      const tense = detectTense(context.text, r.index, r.index + r.text.length);
      const w = row ? calendarWindow(row, anchor.date, tense) : trailingWindow(trailing!.count, trailing!.unit, anchor.date);
      resolve(r, { precision: w.precision, date: null, range: w.range, anchor, rule });
    }
    return results;
  }
}
