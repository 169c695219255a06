/**
 * Calendar windows named relative to "now": "last week", "earlier this
 * week", "over the weekend", "this month", "last month", "earlier this
 * year". Chrono reads "last week" as the single day seven days back; news
 * means the whole previous Monday–Sunday week, so this parser claims the
 * phrase and `calendarWindowRefiner` computes the window.
 */
import type { ParsingContext, ParsingComponents } from "chrono-node";
import { WordBoundaryParser, relativeNewsComponents } from "./wordBoundaryParser.js";

export type WindowUnit = "week" | "weekend" | "month" | "year";

export interface CalendarWindowRow {
  key: string;
  pattern: string;
  unit: WindowUnit;
  /** Which window: -1 the previous one, 0 the current one, +1 the next one. */
  shift: -1 | 0 | 1;
  /** Part of the current window: up to the anchor ("earlier this week") or from it ("later this week"). */
  part?: "toAnchor" | "fromAnchor";
  reason: string;
}

export const CALENDAR_WINDOW_ROWS: readonly CalendarWindowRow[] = [
  { key: "last-week", pattern: "last\\s+week", unit: "week", shift: -1, reason: '"indicated last week" → previous Monday–Sunday' },
  { key: "earlier-this-week", pattern: "(?:earlier|early)\\s+(?:this|in\\s+the)\\s+week", unit: "week", shift: 0, part: "toAnchor", reason: '"earlier this week" → Monday … publication' },
  { key: "later-this-week", pattern: "later\\s+this\\s+week", unit: "week", shift: 0, part: "fromAnchor", reason: '"later this week" → publication … Sunday' },
  { key: "this-week", pattern: "this\\s+week", unit: "week", shift: 0, reason: '"this week" → Monday … publication (past) or … Sunday (future)' },
  { key: "next-week", pattern: "next\\s+week", unit: "week", shift: 1, reason: '"next week"' },
  { key: "last-weekend", pattern: "last\\s+weekend", unit: "weekend", shift: -1, reason: '"last weekend"' },
  { key: "weekend", pattern: "(?:over|during|on|at)\\s+the\\s+weekend|this\\s+(?:past\\s+)?weekend", unit: "weekend", shift: 0, reason: '"over the weekend" → the latest Saturday–Sunday' },
  { key: "last-month", pattern: "last\\s+month", unit: "month", shift: -1, reason: '"last month" → the previous calendar month' },
  { key: "earlier-this-month", pattern: "(?:earlier|early)\\s+this\\s+month", unit: "month", shift: 0, part: "toAnchor", reason: '"earlier this month"' },
  { key: "this-month", pattern: "this\\s+month", unit: "month", shift: 0, reason: '"attacks this month" → the month of publication' },
  { key: "next-month", pattern: "next\\s+month", unit: "month", shift: 1, reason: '"next month"' },
  { key: "last-year", pattern: "last\\s+year", unit: "year", shift: -1, reason: '"last year"' },
  { key: "earlier-this-year", pattern: "(?:earlier|early)\\s+this\\s+year", unit: "year", shift: 0, part: "toAnchor", reason: '"earlier this year"' },
  { key: "this-year", pattern: "this\\s+year", unit: "year", shift: 0, reason: '"this year"' },
  { key: "next-year", pattern: "next\\s+year", unit: "year", shift: 1, reason: '"next year"' },
];

const ROW_RES = CALENDAR_WINDOW_ROWS.map((row) => ({ row, re: new RegExp(`^(?:${row.pattern})$`, "i") }));

export function calendarWindowRow(key: string): CalendarWindowRow | undefined {
  return CALENDAR_WINDOW_ROWS.find((r) => r.key === key);
}

export class CalendarWindowParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(${CALENDAR_WINDOW_ROWS.map((r) => r.pattern).join("|")})(?=\\W|$)`, "i");
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const hit = ROW_RES.find(({ re }) => re.test(match[0]));
    return hit ? relativeNewsComponents(context, `window:${hit.row.key}`) : null;
  }
}
