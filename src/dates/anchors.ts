/**
 * Which day a relative mention is resolved against. A weekday or "last
 * night" in a sentence that quotes a dated statement counts back from that
 * statement ("…last night…", Ryder announced on November 21 → Nov. 20);
 * otherwise from the publication date; with neither it stays unresolved.
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
export function reportingAnchor(context: ParsingContext, results: ParsingResult[], self: ParsingResult): DateAnchor {
  if (roleOf(self) === "statement") return publicationAnchor(context);
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
