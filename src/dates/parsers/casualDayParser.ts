/**
 * Days named relative to "now": "today", "this morning", "yesterday",
 * "last night", "overnight", "tomorrow". Chrono knows most of these, but
 * resolves them against its reference instant (and "last night" against the
 * reference's local hour); this parser claims them so `relativeDayRefiner`
 * can resolve them against the publication date or a quoted statement's date.
 */
import type { ParsingContext, ParsingComponents } from "chrono-node";
import { WordBoundaryParser, relativeNewsComponents } from "./wordBoundaryParser.js";

export interface CasualDayRow {
  key: string;
  pattern: string;
  /** Days from the anchor. */
  offset: number;
  /** A night before the anchor day: the date is the evening before, the window runs to the anchor day. */
  night?: boolean;
  reason: string;
}

export const CASUAL_DAY_ROWS: readonly CasualDayRow[] = [
  {
    key: "night",
    pattern: "last\\s+night|overnight",
    offset: -1,
    night: true,
    reason: '"militia last night used missiles" — the night before, possibly after midnight',
  },
  {
    key: "yesterday",
    pattern: "(?:early\\s+|late\\s+)?yesterday(?:\\s+(?:morning|afternoon|evening))?",
    offset: -1,
    reason: '"struck yesterday morning"',
  },
  {
    key: "today",
    pattern:
      "(?:earlier|later|early)\\s+today|(?:earlier\\s+)?this\\s+(?:morning|afternoon|evening)|today|tonight",
    offset: 0,
    reason: '"earlier today", "this morning", "today"',
  },
  { key: "tomorrow", pattern: "tomorrow", offset: 1, reason: '"will meet tomorrow"' },
];

const ROW_RES = CASUAL_DAY_ROWS.map((row) => ({ row, re: new RegExp(`^(?:${row.pattern})$`, "i") }));

/** The row of a matched phrase. */
export function casualDayRow(key: string): CasualDayRow | undefined {
  return CASUAL_DAY_ROWS.find((r) => r.key === key);
}

export class CasualDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(${CASUAL_DAY_ROWS.map((r) => r.pattern).join("|")})(?=\\W|$)`, "i");
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const text = match[0];
    // "USA Today", "The Europe Today": a capitalised Today after a capitalised word is a name.
    const before = context.text.slice(0, match.index);
    if (/^Today/.test(text) && /[A-Z][\w.'’-]*\s+$/.test(before)) return null;
    const hit = ROW_RES.find(({ re }) => re.test(text));
    return hit ? relativeNewsComponents(context, `day:${hit.row.key}`) : null;
  }
}
