/**
 * Cuts a sentence into pieces at the edges of field spans, so that the words
 * each field came from can be marked (terminal colours, `[brackets]`, HTML
 * <mark>). Spans are offsets into the article text; the sentence starts at
 * `sentenceStart`. Cutting happens here in TypeScript because offsets count
 * UTF-16 code units, which SQLite's substr() does not.
 */
import { printable } from "../text/printable.js";

export interface Mark {
  field: string;
  /** Offsets into the article text, like event_sources.start/end. */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** The fields whose words these are; empty for unmarked text. */
  fields: string[];
}

/** The sentence as segments; overlapping spans give a segment several fields. */
export function segmentSentence(sentence: string, sentenceStart: number, marks: Mark[]): Segment[] {
  const inside = marks
    .map((m) => ({ field: m.field, start: m.start - sentenceStart, end: m.end - sentenceStart }))
    .filter((m) => m.start >= 0 && m.end <= sentence.length && m.start < m.end);
  const cuts = [...new Set([0, sentence.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const fields = [...new Set(inside.filter((m) => m.start <= from && m.end >= to).map((m) => m.field))];
    const last = segments.at(-1);
    // Neighbouring pieces with the same fields read as one.
    if (last && last.fields.join() === fields.join()) last.text += sentence.slice(from, to);
    else segments.push({ text: sentence.slice(from, to), fields });
  }
  return segments;
}

/** Terminal rendering: inverse video on a terminal, «guillemets» elsewhere; control characters in the text escaped. */
export function renderSegments(segments: Segment[], tty: boolean): string {
  return segments
    .map((s) => printable(s.text))
    .map((text, i) => (segments[i]!.fields.length === 0 ? text : tty ? `\x1b[7m${text}\x1b[27m` : `«${text}»`))
    .join("");
}
