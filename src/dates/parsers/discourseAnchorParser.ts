/**
 * Days named relative to another day of the story: "the day before",
 * "the next day", "a day later", "hours later", "that night", "the same
 * day", "two days earlier". `discourseAnchorRefiner` resolves them against
 * the event date mentioned before them, not against the publication date.
 */
import type { ParsingContext, ParsingComponents } from "chrono-node";
import { COUNT_SOURCE, readCount } from "../lexicon.js";
import { WordBoundaryParser, relativeNewsComponents } from "./wordBoundaryParser.js";

export interface DiscourseRow {
  key: string;
  pattern: string;
  /** Days from the anchor event; null when read from the count in the text ("two days later"). */
  offset: number | null;
  /** Optional ambiguity window, in days from the anchor ("hours later" may cross midnight). */
  window?: [number, number];
  reason: string;
}

/** No noun right after: "the day after the attack" names its own anchor, which this layer cannot see. */
const NO_NOUN_AFTER = "(?!\\s+(?:the|a|an|its|his|her|their|this|that)\\b)";

export const DISCOURSE_ROWS: readonly DiscourseRow[] = [
  {
    key: "day-before",
    pattern: `the\\s+(?:day|night)\\s+before${NO_NOUN_AFTER}|the\\s+(?:previous|prior)\\s+(?:day|night|evening)|a\\s+day\\s+(?:earlier|before)${NO_NOUN_AFTER}|the\\s+day\\s+prior`,
    offset: -1,
    reason: '"struck the group south of Baghdad the day before"',
  },
  {
    key: "day-after",
    pattern: `the\\s+(?:next|following)\\s+(?:day|morning|night|evening)|a\\s+day\\s+later|the\\s+day\\s+after${NO_NOUN_AFTER}`,
    offset: 1,
    reason: '"the next day, militants fired again"',
  },
  {
    key: "days-later",
    pattern: `${COUNT_SOURCE}\\s+days\\s+(?:later|earlier|afterwards?)|${COUNT_SOURCE}\\s+days\\s+(?:before|after)${NO_NOUN_AFTER}(?!\\s+\\w)`,
    offset: null,
    reason: '"two days later"',
  },
  {
    key: "hours-later",
    pattern: "(?:(?:a\\s+few|several|some|\\d{1,2}|two|three|four|five|six)\\s+)?hours\\s+(?:later|afterwards?)",
    offset: 0,
    window: [0, 1],
    reason: '"hours later, a second drone" — may fall after midnight',
  },
  {
    key: "hours-earlier",
    pattern: "(?:(?:a\\s+few|several|some|\\d{1,2}|two|three|four|five|six)\\s+)?hours\\s+(?:earlier|before)(?!\\s+\\w)",
    offset: 0,
    window: [-1, 0],
    reason: '"hours earlier, the base had been hit"',
  },
  {
    key: "same-day",
    pattern:
      "(?:the|that)\\s+same\\s+(?:day|night|morning|afternoon|evening)|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?:day|night|morning|afternoon|evening)|that\\s+(?:day|night|morning|afternoon|evening)",
    offset: 0,
    reason: '"The same day, a U.S. base received a warning"',
  },
];

const ROW_RES = DISCOURSE_ROWS.map((row) => ({ row, re: new RegExp(`^(?:${row.pattern})$`, "i") }));

export function discourseRow(key: string): DiscourseRow | undefined {
  return DISCOURSE_ROWS.find((r) => r.key === key);
}

/** Signed day offset of a "N days later/earlier" phrase. */
export function countedOffset(text: string): number | null {
  const m = new RegExp(`^(${COUNT_SOURCE})\\s+days\\s+(later|afterwards?|after|earlier|before)`, "i").exec(text);
  if (!m) return null;
  const n = readCount(m[1]!);
  if (n === null) return null;
  return /^(?:later|after)/i.test(m[2]!) ? n : -n;
}

export class DiscourseAnchorParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(${DISCOURSE_ROWS.map((r) => r.pattern).join("|")})(?=\\W|$)`, "i");
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const hit = ROW_RES.find(({ re }) => re.test(match[0]));
    return hit ? relativeNewsComponents(context, `discourse:${hit.row.key}`) : null;
  }
}
