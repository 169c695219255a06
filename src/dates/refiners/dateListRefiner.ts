/**
 * Lists of days sharing one month: "on Nov. 8 and 12", "Oct. 26, 27 and 29",
 * "on 27 and 28 October". Each listed day becomes its own result (one event
 * per date, GUIDELINES §2). Lists that repeat the month ("Oct. 26, Nov. 8,
 * and Nov. 12") are already separate chrono results.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isValidYmd } from "../isoDate.js";
import { kindOf, viaTag } from "../notes.js";

const SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)";
/** What may follow a listed day: punctuation, the end, or a word that starts a new phrase. */
const LIST_END = "(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|in|at|on|against|when|while|respectively|that|near|off|by|with)\\b)";
const NEXT_DAY = new RegExp(`^${SEPARATOR}(\\d{1,2})(?:st|nd|rd|th)?${LIST_END}`, "i");
const PREVIOUS_DAY = new RegExp(`(?:^|[\\s(])(\\d{1,2})(?:st|nd|rd|th)?${SEPARATOR}$`, "i");

function isListableDay(r: ParsingResult): boolean {
  return kindOf(r) === null && !r.end && r.start.isCertain("month") && r.start.isCertain("day");
}

function dayResult(context: ParsingContext, model: ParsingResult, index: number, text: string, day: number): ParsingResult | null {
  const year = model.start.get("year") ?? 2000;
  if (!isValidYmd(year, model.start.get("month")!, day)) return null;
  const start = model.start.clone();
  start.delete("weekday");
  start.assign("day", day);
  const r = context.createParsingResult(index, text, start);
  r.addTags(model.tags());
  r.addTag(viaTag("dateListRefiner"));
  return r;
}

export class DateListRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const r of results) {
      if (!isListableDay(r)) continue;
      // Forward: "Nov. 8 and 12", "Oct. 26, 27 and 29" (month first).
      if (/^\D/.test(r.text)) {
        let cursor = r.index + r.text.length;
        let lastDay = r.start.get("day")!;
        for (;;) {
          const m = NEXT_DAY.exec(context.text.slice(cursor));
          if (!m) break;
          const day = Number(m[1]);
          if (day <= lastDay) break;
          // The separator holds no digit, so the first digit starts the day.
          const at = cursor + m[0].search(/\d/);
          const item = dayResult(context, r, at, m[1]!, day);
          if (!item) break;
          added.push(item);
          lastDay = day;
          cursor = at + m[1]!.length;
        }
      } else {
        // Backward: "27 and 28 October" (day first).
        let cursor = r.index;
        let firstDay = r.start.get("day")!;
        for (;;) {
          const m = PREVIOUS_DAY.exec(context.text.slice(0, cursor));
          if (!m) break;
          const day = Number(m[1]);
          if (day >= firstDay) break;
          const at = m.index + m[0].search(/\d/);
          const item = dayResult(context, r, at, m[1]!, day);
          if (!item) break;
          added.push(item);
          firstDay = day;
          cursor = at;
        }
      }
    }
    if (added.length === 0) return results;
    // Items inside another result (a range "Oct. 17 to 30") are not list items.
    const fresh = added.filter(
      (a) => !results.some((r) => a.index >= r.index && a.index < r.index + r.text.length),
    );
    return [...results, ...fresh].sort((a, b) => a.index - b.index);
  }
}
