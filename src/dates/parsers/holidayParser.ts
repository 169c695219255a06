/**
 * Fixed-date holidays that news uses as dates: "on Christmas Day",
 * "Christmas Eve", "New Year's Day", "New Year's Eve". They come out as a
 * month and day without a year, like "Dec. 25", so `yearRefiner` picks the
 * year. Movable feasts (Eid, Easter) need calendars this layer does not have.
 */
import type { ParsingComponents, ParsingContext } from "chrono-node";
import { viaTag } from "../notes.js";
import { WordBoundaryParser } from "./wordBoundaryParser.js";

export interface HolidayRow {
  pattern: string;
  month: number;
  day: number;
  reason: string;
}

export const HOLIDAY_ROWS: readonly HolidayRow[] = [
  { pattern: "Christmas\\s+Eve", month: 12, day: 24, reason: '"on Christmas Eve"' },
  { pattern: "Christmas(?:\\s+Day)?", month: 12, day: 25, reason: '"a drone attack on Christmas Day"' },
  { pattern: "Boxing\\s+Day", month: 12, day: 26, reason: '"on Boxing Day"' },
  { pattern: "New\\s+Year['’]s\\s+Eve", month: 12, day: 31, reason: '"on New Year\'s Eve"' },
  { pattern: "New\\s+Year['’]s(?:\\s+Day)?", month: 1, day: 1, reason: '"on New Year\'s Day"' },
];

const ROW_RES = HOLIDAY_ROWS.map((row) => ({ row, re: new RegExp(`^(?:${row.pattern})$`) }));

export class HolidayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    // Case-sensitive: holidays are capitalised ("christmas" in running text is rare and not a date cue).
    return new RegExp(`(${HOLIDAY_ROWS.map((r) => r.pattern).join("|")})(?=\\W|$)`);
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const text = match[0];
    const hit = ROW_RES.find(({ re }) => re.test(text));
    if (!hit) return null;
    // "Christmas" alone is a date only after "on" ("on Christmas"), not in "Christmas decorations".
    if (/^Christmas$/.test(text) && !/\bon\s+$/i.test(context.text.slice(0, match.index))) return null;
    return context.createParsingComponents({ month: hit.row.month, day: hit.row.day }).addTag(viaTag("holidayParser"));
  }
}
