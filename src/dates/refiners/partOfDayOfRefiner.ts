/**
 * "the evening of 11 January", "the night of Jan 3": chrono's casual time
 * parser takes the whole phrase and loses the date (its day and month fall
 * back to the reference). The date after "of" is read again on its own and
 * replaces the result, its span cut to the date; the part of day stays in the
 * sentence, where role cues still read "said on the evening of".
 */
import * as chrono from "chrono-node";
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { viaTag } from "../notes.js";

const PART_OF_DAY_OF = /^(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|hours)\s+of\s+/i;

export class PartOfDayOfRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const lead = PART_OF_DAY_OF.exec(r.text);
      if (!lead || r.start.isCertain("day") || r.start.isCertain("weekday")) return r;
      const tailIndex = r.index + lead[0].length;
      const tail = context.text.slice(tailIndex);
      const again = (chrono.casual.parse(tail, { instant: context.reference.instant, timezone: context.reference.timezoneOffset ?? 0 }) as ParsingResult[])[0];
      if (!again || again.index !== 0 || !again.start.isCertain("day") || !again.start.isCertain("month")) return r;
      const out = context.createParsingResult(tailIndex, again.text, again.start, again.end);
      out.addTags(again.tags());
      out.addTag(viaTag("partOfDayOfRefiner"));
      return out;
    });
  }
}
