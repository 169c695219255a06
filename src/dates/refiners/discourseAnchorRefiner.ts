/**
 * "the day before", "the next day", "a day later", "hours later", "that
 * night", "the same day", "two days earlier" (found by
 * `discourseAnchorParser`), counted from the story's own dates rather than
 * the publication date: the latest event date earlier in the same sentence,
 * else the latest event date of the preceding sentences, else the latest
 * statement date, else the publication date.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays } from "../isoDate.js";
import { NO_ANCHOR } from "../anchors.js";
import { newsOf } from "../newsContext.js";
import { isResolved, kindOf, resolutionOf, resolve, roleOf, ruleName } from "../notes.js";
import { countedOffset, discourseRow } from "../parsers/discourseAnchorParser.js";
import type { DateAnchor } from "../types.js";

function storyAnchor(context: ParsingContext, results: ParsingResult[], self: ParsingResult): DateAnchor {
  let inSentence: ParsingResult | null = null;
  for (const r of results) {
    if (r.index >= self.index || roleOf(r) !== "event") continue;
    const res = resolutionOf(r);
    if (res?.precision === "day" && res.date && (!inSentence || r.index > inSentence.index)) inSentence = r;
  }
  if (inSentence) return { date: resolutionOf(inSentence)!.date, source: "event" };
  const news = newsOf(context);
  if (news.discourse.lastEvent) return { date: news.discourse.lastEvent, source: "event" };
  if (news.discourse.lastStatement) return { date: news.discourse.lastStatement, source: "statement" };
  if (news.published) return { date: news.published, source: "publication" };
  return NO_ANCHOR;
}

export class DiscourseAnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // In text order, so "the day before … the same day" chains within a sentence.
    for (const r of [...results].sort((a, b) => a.index - b.index)) {
      const kind = kindOf(r);
      if (isResolved(r) || !kind?.startsWith("discourse:")) continue;
      const row = discourseRow(kind.slice("discourse:".length));
      const offset = row?.offset ?? countedOffset(r.text);
      if (!row || offset === null) continue;
      const anchor = storyAnchor(context, results, r);
      const rule = ruleName("discourseAnchorRefiner", r);
      if (!anchor.date) {
        resolve(r, { precision: "day", date: null, range: null, anchor: NO_ANCHOR, rule });
        continue;
      }
      const date = addDays(anchor.date, offset);
      const range: [string, string] | null = row.window
        ? [addDays(anchor.date, row.window[0]), addDays(anchor.date, row.window[1])]
        : null;
      resolve(r, { precision: "day", date, range, anchor, rule });
    }
    return results;
  }
}
