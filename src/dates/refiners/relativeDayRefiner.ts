/**
 * "today", "this morning", "yesterday", "last night", "overnight",
 * "tomorrow" (found by `casualDayParser`), counted from the reporting
 * anchor: inside a quotation, the date of the statement it is attributed to;
 * else the publication date. "Last night" and "overnight" may be the
 * evening before or the small hours of the anchor day: the date is the day
 * before, the range runs [day before, anchor day].
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays } from "../isoDate.js";
import { NO_ANCHOR, reportingAnchor } from "../anchors.js";
import { isResolved, kindOf, resolve, ruleName } from "../notes.js";
import { casualDayRow } from "../parsers/casualDayParser.js";

export class RelativeDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const kind = kindOf(r);
      if (isResolved(r) || !kind?.startsWith("day:")) continue;
      const row = casualDayRow(kind.slice(4));
      if (!row) continue;
      const anchor = reportingAnchor(context, results, r, "quotation");
      const rule = ruleName("relativeDayRefiner", r);
      if (!anchor.date) {
        resolve(r, { precision: "day", date: null, range: null, anchor: NO_ANCHOR, rule });
        continue;
      }
      const date = addDays(anchor.date, row.offset);
      const range: [string, string] | null = row.night ? [date, anchor.date] : null;
      resolve(r, { precision: "day", date, range, anchor, rule });
    }
    return results;
  }
}
