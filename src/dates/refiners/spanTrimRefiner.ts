/**
 * Trims spans to the date expression: chrono keeps a leading "on" or comma
 * and a trailing comma ("on Thursday,"); the news parsers keep a leading
 * preposition ("since 2004", "over the weekend"). The preposition stays in
 * the sentence, where `roleRefiner` reads it ("since" → a tally start).
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

const LEADING = /^(?:[\s,([]+|(?:on|in|at|within|over|during|for|since|of|from|until|till|through)\s+)+/i;
const TRAILING = /[\s,;:([]+$/;

export class SpanTrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const lead = LEADING.exec(result.text);
      if (lead && lead[0].length < result.text.length) {
        result.index += lead[0].length;
        result.text = result.text.slice(lead[0].length);
      }
      result.text = result.text.replace(TRAILING, "");
    }
    return results;
  }
}
