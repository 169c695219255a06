/**
 * Drops chrono results that are not dates in news text:
 * - "now" ("now 66 attacks");
 * - "Today" inside a name ("USA Today", "The Europe Today");
 * - times without a day ("at 10 a.m.", "0700 EDT") and hour offsets ("within 24 hours");
 * - lower-case or abbreviated weekdays alone ("sat down", "the sun", "The Sun reported");
 * - lower-case month words ("a march on Baghdad");
 * - a month alone without a preposition before it ("March on", "the October surprise");
 * - slash forms without a year ("9/11 attacks", "1/2 of", "24/7");
 * - chrono offsets that are not counted from "now": "a week" ("the second set in a week"),
 *   "past weeks", and "ten days after" / "a day after" (after what? the noun that follows).
 * Results of the news parsers (tagged `sitrep/kind/…`) filter themselves.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { MONTH_TOKEN_RE, WEEKDAY_NAME_RE, WEEKDAY_TOKEN_RE } from "../lexicon.js";
import { kindOf } from "../notes.js";

const MONTH_ALONE_PREPOSITION =
  /\b(?:in|since|by|until|till|during|through|throughout|of|from|last|this|next|early|mid|late|before|after|between|and|to|or|around|starting|beginning)\s*-?\s*$/i;

/** Offsets chrono counts from the reference that news also counts from "now". */
const COUNTED_FROM_NOW = /\b(?:ago|later|earlier|hence)\b|\bfrom\s+now\b/i;
/** "ten days after", "two weeks before": relative to a noun this layer does not see. */
const DANGLING_RELATION = /\b(?:after|before|since|from)\s*$/i;

function isValid(context: ParsingContext, result: ParsingResult): boolean {
  if (kindOf(result) !== null) return true;
  const text = result.text;
  const start = result.start;
  const tags = result.tags();
  if (/^now$/i.test(text.trim())) return false;
  if (/^Today/.test(text.trim()) && /[A-Z][\w.'’-]*\s+$/.test(context.text.slice(0, result.index))) return false;
  if (tags.has("result/relativeDateAndTime")) return false;
  if (/^within\b/i.test(text)) return false;
  if (tags.has("result/relativeDate") && !MONTH_TOKEN_RE.test(text)) {
    if (!COUNTED_FROM_NOW.test(text) || DANGLING_RELATION.test(text)) return false;
  }
  const hasDate = ["weekday", "day", "month", "year"].some((c) => start.isCertain(c as "day"));
  if (!hasDate) return false;
  if (/^\s*\d{1,2}\/\d{1,2}\s*$/.test(text)) return false;

  if (start.isOnlyWeekdayComponent()) {
    const full = WEEKDAY_NAME_RE.exec(text);
    if (!full || !/^[A-Z]/.test(full[0])) return false;
  } else if (start.isCertain("weekday")) {
    const token = WEEKDAY_TOKEN_RE.exec(text);
    if (token && !/^[A-Z]/.test(token[0])) return false;
  }

  if (start.isCertain("month") && !tags.has("result/relativeDate")) {
    const month = MONTH_TOKEN_RE.exec(text);
    if (month && !/^[A-Z]/.test(month[0])) return false;
    const monthAlone = !start.isCertain("day") && !start.isCertain("year");
    if (monthAlone && !MONTH_ALONE_PREPOSITION.test(context.text.slice(0, result.index))) return false;
  }
  return true;
}

export class NewsNoiseFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isValid(context, r));
  }
}
