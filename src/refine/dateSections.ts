/**
 * date-sections: a timeline often heads each entry with a line that is only
 * a date ("January 12", "Friday, Jan. 12:", "12 January 2024 —") and tells
 * the entry below it without repeating the date. An undated event under
 * such a heading happened on the heading's day, until the next heading.
 * It takes two headings or more, after the body has begun, to call an
 * article a timeline: date lines above the first full sentence are a
 * byline's ("10/21/2023", "Updated: 10/22/2023"), not sections, and so
 * is a date line that no running text follows.
 */
import type { Refiner } from "./refiner.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import { WEEKDAY_TOKEN_RE } from "../dates/lexicon.js";

const MIN_HEADINGS = 2;
const MIN_BODY_WORDS = 4;
/** A sentence of running text: a few words closed by a full stop (or a colon, as "Here is a timeline:"). */
const isBodySentence = (s: SentenceContext): boolean => /[.!?:]["”’)]*\s*$/.test(s.text) && s.text.split(/\s+/).length >= MIN_BODY_WORDS;
const WEEKDAYS = new RegExp(WEEKDAY_TOKEN_RE.source, "gi");

/** The day a sentence names when the sentence is nothing but that date (and its weekday). */
export function headingDate(s: SentenceContext): DateMention | null {
  const days = s.dates.filter((d) => d.precision === "day" && d.date !== null);
  if (days.length !== 1) return null;
  const d = days[0]!;
  const rest = (s.text.slice(0, d.span.start) + " " + s.text.slice(d.span.end)).replace(WEEKDAYS, " ");
  return /^[\s\p{P}]*$/u.test(rest) ? d : null;
}

export const dateSections: Refiner = {
  id: "date-sections",
  description: "In a timeline, an undated event takes the date of the date-only line that heads its section.",
  refine(candidates, article) {
    const headings = new Map<number, DateMention>();
    let body = false;
    article.sentences.forEach((s, i) => {
      const d = headingDate(s);
      // A section heading opens an entry: running text follows it ("10/22/2023" then "0:00" is a byline).
      const next = article.sentences[i + 1];
      if (d && body && next && isBodySentence(next)) headings.set(s.idx, d);
      else if (!d && isBodySentence(s)) body = true;
    });
    if (headings.size < MIN_HEADINGS) return candidates;
    const headingOf = (idx: number): DateMention | undefined => {
      for (let i = idx - 1; i >= 0; i--) {
        const d = headings.get(i);
        if (d) return d;
      }
      return undefined;
    };
    return candidates.map((c) => {
      if (c.dates.length) return c;
      const heading = headingOf(c.sentenceIdx);
      return heading ? { ...c, dates: [heading], inheritedDate: true } : c;
    });
  },
};
