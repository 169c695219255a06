/**
 * Day-first numeric dates: chrono reads every "a.b.yyyy" as month-first, but
 * a date written with dots or dashes ("01.11.2023", "04-01-2024 16:13 IST")
 * is day-first wherever such bylines come from (Europe, India, the Gulf); the
 * US month-first form uses slashes ("11/09/23"), which keep chrono's reading.
 * A first number over 12 is a day either way; a second over 12 keeps chrono's.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isValidYmd } from "../isoDate.js";
import { viaTag } from "../notes.js";

const DAY_FIRST = /^(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b/;

export class NumericOrderRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const m = DAY_FIRST.exec(r.text);
      if (!m || !r.start.isCertain("day") || !r.start.isCertain("month")) continue;
      const day = Number(m[1]);
      const month = Number(m[3]);
      const year = Number(m[4]);
      if (month > 12 || !isValidYmd(year, month, day)) continue;
      if (r.start.get("day") === day && r.start.get("month") === month) continue;
      r.start.assign("day", day);
      r.start.assign("month", month);
      r.start.assign("year", year);
      r.addTag(viaTag("numericOrderRefiner"));
    }
    return results;
  }
}
