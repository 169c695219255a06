/**
 * Whether a date sits where a dateline or byline puts the publication date,
 * near the top of the article:
 * - on a line of its own or with a byline ("February 27, 2023", "AFP , AP , Wednesday 22 Nov 2023",
 *   "By A. Writer, BBC News | 31 December 2023") — not a timeline entry ("Oct. 17 – drone attack on al-Tanf");
 * - after a place at the start of a line ("Washington, January 21, 2024, The Europe Today:",
 *   "Baghdad, Jan 27 (UNI) The first round …");
 * - after a header label ("published : 2023-11-29", "UPDATED 6:25 PM PT – Wednesday, March 8, 2023").
 * A caption's "… on Dec. 15, 2018." is not a dateline: the line has more
 * than a place before the date.
 */
import type { Span } from "../types.js";

/** Datelines live in the first characters of an article. */
export const DATELINE_WINDOW = 600;

/** Short residue allowed on a date's own line ("AFP , AP , "). */
const MAX_LINE_RESIDUE = 40;

/** Lower-case words a byline or timestamp line may hold ("By …", "Updated at 08:12 pm local time"). */
const BYLINE_WORDS = /^(?:by|and|at|of|in|the|updated|published|posted|last|am|pm|a\.m\.?|p\.m\.?|local|time|gmt|utc)$/i;

/** A short residue made of names, agencies, times and byline words — not a sentence ("drone attack on al-Tanf"). */
function isBylineResidue(residue: string): boolean {
  if (residue.length > MAX_LINE_RESIDUE) return false;
  return residue
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .every((w) => /^[^a-z]/.test(w) || BYLINE_WORDS.test(w));
}

const PLACE_PREFIX = /^\s*(?:[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}\s*,\s*)$/;
const LABEL_PREFIX = /^\s*(?:date|published|updated|posted|last\s+updated)\b[^\n]{0,30}$/i;
const AFTER_DATELINE = /^\s*(?:$|[,:(–—-]|\n)/;

export function isDatelinePosition(text: string, span: Span): boolean {
  if (span.start > DATELINE_WINDOW) return false;
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const nl = text.indexOf("\n", span.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, lineEnd);
  if (LABEL_PREFIX.test(before)) return true;
  const residue = (before + " " + after).replace(/[\s,|•·–—:-]+/g, " ").trim();
  if (isBylineResidue(residue) && !/\b(?:on|in|at|since)\s*$/i.test(before)) return true;
  return PLACE_PREFIX.test(before) && AFTER_DATELINE.test(after);
}
