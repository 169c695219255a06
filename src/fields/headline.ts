/** What a headline is: the article's first line, short and without a closing full stop. */
import type { SentenceContext } from "../context/sentenceContext.js";

type Line = Pick<SentenceContext, "idx" | "text" | "dates">;

/** A line that is only a date and time ("Monday 19 February 2024 - 09:24"): a dump's stamp above the headline. */
function isDateLine(s: Line): boolean {
  if (!s.dates.length) return false;
  let rest = s.text;
  for (const d of [...s.dates].sort((a, b) => b.span.start - a.span.start)) rest = rest.slice(0, d.span.start) + " " + rest.slice(d.span.end);
  return /^[\s\p{P}\p{S}\d]*(?:[AP]\.?M\.?|GMT|UTC|[A-Z]{2,4}T)?[\s\p{P}\p{S}\d]*$/u.test(rest);
}

/**
 * A first line without a closing full stop, of headline length; the first
 * line after date-only lines counts as first when the article's lines are given.
 */
export function isHeadline(s: Pick<SentenceContext, "idx" | "text">, lines: readonly Line[] = []): boolean {
  if (/[.!?]["”’)]*\s*$/.test(s.text) || s.text.split(/\s+/).length > 25) return false;
  return s.idx === 0 || (lines.length > s.idx && lines.slice(0, s.idx).every(isDateLine));
}

/**
 * For rules, which see one sentence: a short line without a closing full
 * stop among the first three (under a date stamp or a kicker), worded as a
 * headline. Whether it is the article's headline is the refiners' question.
 */
export function isHeadlineLike(s: Pick<SentenceContext, "idx" | "text">): boolean {
  return s.idx <= 2 && isHeadline({ idx: 0, text: s.text });
}
