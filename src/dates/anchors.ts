/**
 * Which day a relative mention is resolved against.
 *
 * A weekday in a sentence that reports a dated statement counts back from
 * that statement ("said Tuesday that the outpost was shelled on Sunday").
 * Deictic words ("last night", "today", "last week") count from the
 * statement only inside the quotation, where the speaker's "now" applies
 * ("“…last night…”, Ryder announced on November 21" → Nov. 20); outside
 * quotes the reporter's "now" is the publication date. With neither anchor a
 * mention stays unresolved.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { newsOf } from "./newsContext.js";
import { resolutionOf, roleOf } from "./notes.js";
import type { DateAnchor } from "./types.js";

export const NO_ANCHOR: DateAnchor = { date: null, source: "none" };

/** The publication date as an anchor, or none. */
export function publicationAnchor(context: ParsingContext): DateAnchor {
  const { published } = newsOf(context);
  return published ? { date: published, source: "publication" } : NO_ANCHOR;
}

/**
 * The anchor of a reported mention: the nearest resolved statement date in
 * the same sentence, else the statement attributed to the sentence from a
 * neighbour, else the publication date. A statement date itself is always
 * anchored on the publication date.
 */
export function reportingAnchor(
  context: ParsingContext,
  results: ParsingResult[],
  self: ParsingResult,
  scope: "sentence" | "quotation" = "sentence",
): DateAnchor {
  if (roleOf(self) === "statement") return publicationAnchor(context);
  if (scope === "quotation" && !isInsideQuotation(context.text, self.index)) return publicationAnchor(context);
  let best: ParsingResult | null = null;
  for (const r of results) {
    if (r === self || roleOf(r) !== "statement") continue;
    const res = resolutionOf(r);
    if (!res || res.precision !== "day" || !res.date) continue;
    if (!best || Math.abs(r.index - self.index) < Math.abs(best.index - self.index)) best = r;
  }
  if (best) return { date: resolutionOf(best)!.date, source: "statement" };
  const news = newsOf(context);
  if (news.statementAnchor) return { date: news.statementAnchor, source: "statement" };
  return publicationAnchor(context);
}

/**
 * Whether `index` lies inside a quotation of `sentence`: an unclosed “ or an
 * odd number of straight double quotes before it. A sentence that closes a
 * quotation opened in an earlier sentence (`…last night,” he said`) counts
 * as inside up to the closing mark.
 */
export function isInsideQuotation(sentence: string, index: number): boolean {
  const head = sentence.slice(0, index);
  let curly = 0;
  let straight = 0;
  for (const ch of head) {
    if (ch === "“") curly++;
    else if (ch === "”") curly = Math.max(0, curly - 1);
    else if (ch === '"') straight++;
  }
  if (curly > 0 || straight % 2 === 1) return true;
  // No opening mark before, but a closing one after: the quote began in an earlier sentence.
  const tail = sentence.slice(index);
  return !/[“"]/.test(head) && /^[^“]*”/.test(tail);
}
