/**
 * "between October 17 and 24", "between Oct. 17 and Nov. 2", "between 17
 * and 24 October": one range. Chrono merges "October 17 to 30" itself but
 * reads "between … and …" as the first date alone. The span runs from the
 * first date to the last; "between" stays outside it.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isValidYmd } from "../isoDate.js";
import { kindOf, viaTag } from "../notes.js";

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_DAY_AFTER = /^\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[,.]\d|%|percent|people|troops|attacks))/i;
const DAY_AND_BEFORE = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i;

function isMonthDay(r: ParsingResult | undefined): r is ParsingResult {
  return !!r && kindOf(r) === null && !r.end && r.start.isCertain("month") && r.start.isCertain("day");
}

function dayFits(r: ParsingResult, day: number): boolean {
  return isValidYmd(r.start.get("year") ?? 2000, r.start.get("month")!, day);
}

export class BetweenRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (!isMonthDay(r)) {
        out.push(r);
        continue;
      }
      const text = context.text;
      const endOfR = r.index + r.text.length;
      if (BETWEEN_BEFORE.test(text.slice(0, r.index))) {
        const next = results[i + 1];
        // "between Oct. 17 and Nov. 2"
        if (isMonthDay(next) && /^\s+and\s+$/i.test(text.slice(endOfR, next.index))) {
          const merged = context.createParsingResult(r.index, next.index + next.text.length, r.start, next.start);
          merged.addTag(viaTag("betweenRangeRefiner"));
          out.push(merged);
          i++;
          continue;
        }
        // "between October 17 and 24"
        const m = AND_DAY_AFTER.exec(text.slice(endOfR));
        if (m) {
          const day = Number(m[1]);
          if (day > r.start.get("day")! && dayFits(r, day)) {
            const end = r.start.clone();
            end.delete("weekday");
            end.assign("day", day);
            const merged = context.createParsingResult(r.index, endOfR + m[0].length, r.start, end);
            merged.addTag(viaTag("betweenRangeRefiner"));
            out.push(merged);
            continue;
          }
        }
      }
      // "between 17 and 24 October"
      const lm = DAY_AND_BEFORE.exec(text.slice(0, r.index));
      if (lm && /^\d/.test(r.text)) {
        const day = Number(lm[1]);
        if (day < r.start.get("day")! && dayFits(r, day)) {
          const start = r.start.clone();
          start.delete("weekday");
          start.assign("day", day);
          const from = lm.index + lm[0].indexOf(lm[1]!);
          const merged = context.createParsingResult(from, endOfR, start, r.start);
          merged.addTag(viaTag("betweenRangeRefiner"));
          out.push(merged);
          continue;
        }
      }
      out.push(r);
    }
    return out;
  }
}
