/**
 * Chrono's own relative offsets that no news parser claimed ("three days
 * ago", "two weeks ago", "in 3 days"): chrono computed them from its
 * reference (the publication date, else the corpus reference date); this
 * refiner keeps the offset and re-counts it from the reporting anchor (a
 * quoted statement's date inside its quotation, else the publication date), or
 * leaves the mention unresolved when there is none.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, daysBetween, isValidYmd, toIso } from "../isoDate.js";
import { NO_ANCHOR, reportingAnchor } from "../anchors.js";
import { chronoAnchor, newsOf } from "../newsContext.js";
import { isResolved, kindOf, resolve, ruleName } from "../notes.js";

export class RelativeOffsetRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (isResolved(r) || kindOf(r) !== null || !r.tags().has("result/relativeDate")) continue;
      const y = r.start.get("year");
      const m = r.start.get("month");
      const d = r.start.get("day");
      if (y === null || m === null || d === null || !isValidYmd(y, m, d) || !r.start.isCertain("day")) continue;
      const offset = daysBetween(chronoAnchor(newsOf(context)), toIso(y, m, d));
      const anchor = reportingAnchor(context, results, r, "quotation");
      const rule = ruleName("relativeOffsetRefiner", r);
      resolve(r, {
        precision: "day",
        date: anchor.date ? addDays(anchor.date, offset) : null,
        range: null,
        anchor: anchor.date ? anchor : NO_ANCHOR,
        rule,
      });
    }
    return results;
  }
}
