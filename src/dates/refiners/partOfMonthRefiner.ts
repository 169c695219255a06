/**
 * Early, mid and late parts of a month: "mid-October", "late November",
 * "the end of October", "the beginning of December". Chrono finds the month
 * (and reads "end of October" as October 31); this refiner widens the span
 * to the qualifier and tags the part, which `yearRefiner` turns into a range
 * (early = 1–10, mid = 11–20, late = 21–end of month).
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { kindOf, kindTag } from "../notes.js";

export type MonthPart = "early" | "mid" | "late";

const QUALIFIER_BEFORE = /(?:\b(early|mid|late)[\s-]*|\bthe\s+(beginning|start|middle|end)\s+of\s+)$/i;
const PART_OF_WORD: Readonly<Record<string, MonthPart>> = {
  early: "early",
  beginning: "early",
  start: "early",
  mid: "mid",
  middle: "mid",
  late: "late",
  end: "late",
};

/** Day span of a month part, given the month's length. */
export function monthPartDays(part: MonthPart, monthLength: number): [number, number] {
  if (part === "early") return [1, 10];
  if (part === "mid") return [11, 20];
  return [21, monthLength];
}

export class PartOfMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (kindOf(result) !== null || !result.start.isCertain("month") || result.end) continue;
      const endOfPeriod = result.tags().has("refiner/ENEndOfPeriodRefiner");
      if (result.start.isCertain("day") && !endOfPeriod) continue;
      if (endOfPeriod) {
        // Chrono's "end of October" = October 31; news means the last days of the month.
        result.start.delete(["day", "weekday"]);
        const the = /\bthe\s+$/i.exec(context.text.slice(0, result.index));
        if (the && /^end\b/i.test(result.text)) {
          result.index -= the[0].length;
          result.text = context.text.slice(result.index, result.index + the[0].length + result.text.length);
        }
        result.addTag(kindTag("part:late"));
        continue;
      }
      const m = QUALIFIER_BEFORE.exec(context.text.slice(0, result.index));
      if (!m) continue;
      const part = PART_OF_WORD[(m[1] ?? m[2])!.toLowerCase()]!;
      result.index -= m[0].length;
      result.text = context.text.slice(result.index, result.index + m[0].length + result.text.length);
      result.addTag(kindTag(`part:${part}`));
    }
    return results;
  }
}
