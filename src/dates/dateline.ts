/**
 * Whether a date sits where a dateline or byline puts the publication date,
 * near the top of the article:
 * - on a line of its own or with a byline ("February 27, 2023", "AFP , AP , Wednesday 22 Nov 2023",
 *   "By A. Writer, BBC News | 31 December 2023") — not a timeline entry ("Oct. 17 – drone attack on al-Tanf");
 * - after a place at the start of a line ("Washington, January 21, 2024, The Europe Today:",
 *   "Baghdad, Jan 27 (UNI) The first round …");
 * - after a header label ("published : 2023-11-29", "UPDATED 6:25 PM PT – Wednesday, March 8, 2023").
 * - after a label word anywhere on a short line ("This is an archive article published on
 *   January 29, 2024", "Reuters | Updated: 04-01-2024 16:13 IST", "« on: December 25, 2023, 09:41 am »");
 * - opening a line, with its year, before a dash ("2nd December 2023 – (Ankara) Turkish forces …"),
 *   unless the next lines open with dates too (a timeline);
 * - in brackets closing the article ("… headed toward Israel.” (11/09/23)"): a clipping's date.
 * A caption's "… on Dec. 15, 2018." is not a dateline: the line has more
 * than a place before the date.
 */
import type { Span } from "../types.js";

/** Datelines live in the first characters of an article. */
export const DATELINE_WINDOW = 600;

/** Short residue allowed on a date's own line ("AFP , AP , ", "Reuters | Updated: … IST | Created: … IST"). */
const MAX_LINE_RESIDUE = 64;
/** A labelled date sits on a short line: a label, a few words, the date, a time. */
const MAX_LABEL_LINE = 120;

/** Lower-case words a byline or timestamp line may hold ("By …", "Updated at 08:12 pm local time"). */
const BYLINE_WORDS = /^(?:by|and|at|of|in|on|the|updated|published|posted|created|last|am|pm|a\.m\.?|p\.m\.?|local|time|gmt|utc)$/i;

/** A short residue made of names, agencies, times and byline words — not a sentence ("drone attack on al-Tanf"). */
function isBylineResidue(residue: string): boolean {
  if (residue.length > MAX_LINE_RESIDUE) return false;
  return residue
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .every((w) => /^[^a-z]/.test(w) || BYLINE_WORDS.test(w));
}

const PLACE = String.raw`[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}`;
/**
 * "WASHINGTON, ", "Washington, DC [US], ", "BEIRUT (AP) — ": a place, perhaps its state or country,
 * perhaps an agency in brackets, then a comma or a dash.
 */
const PLACE_PREFIX = new RegExp(
  String.raw`^\s*${PLACE}(?:\s*,\s*${PLACE})?(?:\s*\[[^\]\n]{1,20}\])?(?:\s*,\s*|\s*\([A-Za-z .]{1,20}\)\s*[,–—-]{1,2}\s*)$`,
);
const LABEL_PREFIX = /^\s*(?:date|published|updated|posted|last\s+updated)\b[^\n]{0,30}$/i;
const AFTER_DATELINE = /^\s*(?:$|[,:(–—-]|\n)/;
/** A label word right before the date, anywhere on the line. */
const LABEL_BEFORE = /\b(?:published|updated|posted|created|last\s+updated|first\s+published)(?:\s+on)?\s*[:|-]?\s*$|(?:^|[«|•])\s*on\s*:\s*$/i;
const YEAR_IN_SPAN = /\b\d{4}\b/;
const DASH_AFTER = /^\s*[–—-]\s/;
/** A line that opens with a date: a month name or a numeric date. */
const OPENS_WITH_DATE = /^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[./-]\d)/i;

/** Whether one of the two non-empty lines before or after opens with a date too (a timeline, not a dateline). */
function neighbourLinesOpenWithDates(text: string, lineStart: number, lineEnd: number): boolean {
  const nonEmpty = (lines: string[]) => lines.filter((l) => l.trim() !== "");
  const next = nonEmpty(text.slice(lineEnd + 1, lineEnd + 1 + 2 * DATELINE_WINDOW).split("\n")).slice(0, 2);
  const previous = nonEmpty(text.slice(Math.max(0, lineStart - 2 * DATELINE_WINDOW), Math.max(0, lineStart - 1)).split("\n")).slice(-2);
  return [...previous, ...next].some((l) => OPENS_WITH_DATE.test(l));
}

/** A date in brackets that closes the text: the date a clipping was taken. */
function closesTheText(text: string, span: Span): boolean {
  if (text.length - span.end > 4) return false;
  return /\(\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) && /^\s*\)\s*$/.test(text.slice(span.end));
}

export function isDatelinePosition(text: string, span: Span): boolean {
  if (closesTheText(text, span)) return true;
  if (span.start > DATELINE_WINDOW) return false;
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  // A dateline's line is short: look no further than the window (a one-line article may be megabytes long).
  const nl = text.slice(span.end, span.end + DATELINE_WINDOW).indexOf("\n");
  const lineEnd = nl === -1 ? Math.min(text.length, span.end + DATELINE_WINDOW) : span.end + nl;
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, lineEnd);
  if (LABEL_PREFIX.test(before)) return true;
  if (LABEL_BEFORE.test(before) && lineEnd - lineStart <= MAX_LABEL_LINE) return true;
  if (before.trim() === "" && YEAR_IN_SPAN.test(span.text) && DASH_AFTER.test(after) && !neighbourLinesOpenWithDates(text, lineStart, lineEnd)) return true;
  const residue = (before + " " + after).replace(/[\s,|•·–—:-]+/g, " ").trim();
  if (isBylineResidue(residue) && !/\b(?:on|in|at|since)\s*$/i.test(before)) return true;
  return PLACE_PREFIX.test(before) && AFTER_DATELINE.test(after);
}

/** Whether a dateline date is an update stamp ("Updated: 10/22/2023", "Last updated 5 January 2024"), which dates a later edit. */
export function isUpdateStamp(text: string, span: Span): boolean {
  return /\bupdated\b[^\n]{0,20}?:?\s*\n?\s*$/i.test(text.slice(Math.max(0, span.start - 40), span.start));
}
