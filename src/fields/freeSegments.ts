/**
 * Clauses that state no event of their own: a casualty or outcome clause
 * there belongs to the event beside it.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import { REFERENCE_CLAUSE, segmentsOf } from "./clauses.js";
import { eventDates } from "./eventDates.js";
import { usReferences } from "./usReferences.js";

/**
 * Segments of the sentence other than `own` that state no event of their
 * own (no event date, no US/coalition target, striker or interceptor, not
 * "after X" naming another event): a
 * casualty clause ("Four civilians were killed when a U.S. drone struck …",
 * "…; there were no casualties") belongs to the event beside it.
 */
export function freeSegments(ctx: SentenceContext, own: [number, number]): Array<[number, number]> {
  const refs = usReferences(ctx).filter((r) => r.role === "target" || r.role === "striker" || r.role === "interceptor");
  // "… strikes after a drone attack that wounded two": a clause naming another event keeps its casualties.
  return segmentsOf(ctx.text).filter(
    (seg) => seg[0] !== own[0] && !eventDates(ctx, seg).length && !refs.some((r) => r.start >= seg[0] && r.end <= seg[1]) && !REFERENCE_CLAUSE.test(ctx.text.slice(seg[0])),
  );
}
