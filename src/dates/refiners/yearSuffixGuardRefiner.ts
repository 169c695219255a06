/**
 * Removes years chrono reads from a number that follows a month and day:
 * "since October 17, 10 days after the war began" is not 2010, and
 * "Dec. 3, 1,200 people" is not the year 1. A year counts only when the text
 * writes four digits, an apostrophe year ("'23") or an ISO date.
 *
 * A month-day whose written year is impossible news ("January 1, 0000",
 * "01/01/0000", "5 May 0999": a four-digit year starting with 0) is dropped
 * altogether: a typo or a placeholder dates nothing, and guessing its year
 * from the reference date would invent a date.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { kindOf, viaTag } from "../notes.js";

const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b|['’]\d{2}\b/;
/** A placeholder or typo year right after the date, or at the end of a numeric date. */
const IMPOSSIBLE_YEAR_AFTER = /^,?\s*0\d{3}\b/;
const IMPOSSIBLE_YEAR_INSIDE = /(?:^|[\s,/.-])0\d{3}$/;

function hasImpossibleYear(context: ParsingContext, result: ParsingResult): boolean {
  if (!result.start.isCertain("month")) return false;
  const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 8);
  return IMPOSSIBLE_YEAR_AFTER.test(after) || IMPOSSIBLE_YEAR_INSIDE.test(result.text);
}

function dropYear(components: ParsingComponents | null | undefined, fallbackYear: number): void {
  if (!components || !components.isCertain("year")) return;
  components.delete("year");
  components.imply("year", fallbackYear);
}

export class YearSuffixGuardRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results = results.filter((r) => kindOf(r) !== null || !hasImpossibleYear(context, r));
    for (const result of results) {
      if (kindOf(result) !== null || result.tags().has("result/relativeDate")) continue;
      if (!result.start.isCertain("year") || WRITTEN_YEAR.test(result.text)) continue;
      if (!result.start.isCertain("month")) continue;
      const fallback = context.reference.instant.getUTCFullYear();
      dropYear(result.start, fallback);
      dropYear(result.end, fallback);
      // Cut the number chrono took for a year off the span: "October 17, 10" → "October 17".
      result.text = result.text.replace(/[\s,]+[\d,]+$/, "");
      result.addTag(viaTag("yearSuffixGuardRefiner"));
    }
    return results;
  }
}
