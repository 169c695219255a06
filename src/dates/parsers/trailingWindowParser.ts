/**
 * Windows that end at "now": "within the past two days", "in the past
 * month", "over the last 24 hours", "the past week". `calendarWindowRefiner`
 * turns them into `[anchor - length, anchor]`.
 */
import type { ParsingContext, ParsingComponents } from "chrono-node";
import { COUNT_SOURCE, readCount } from "../lexicon.js";
import { WordBoundaryParser, relativeNewsComponents } from "./wordBoundaryParser.js";

export type TrailingUnit = "hour" | "day" | "week" | "month";

/** Vague counts read as a length: "the past few days" = 3 days, "the past several weeks" = 7 weeks. */
const VAGUE_COUNTS: Readonly<Record<string, number>> = { few: 3, "a few": 3, several: 7 };

const PATTERN = new RegExp(
  `((?:(?:in|within|over|during|for)\\s+)?the\\s+(?:past|last|previous)\\s+(?:(${COUNT_SOURCE}|(?:a\\s+)?few|several)\\s+)?(hours?|days?|weeks?|months?))(?=\\W|$)`,
  "i",
);

/** The kind tag of a trailing window: "trailing:2:day". */
export function trailingKind(count: number, unit: TrailingUnit): string {
  return `trailing:${count}:${unit}`;
}

/** Reads a trailing kind back. */
export function readTrailingKind(kind: string): { count: number; unit: TrailingUnit } | null {
  const m = /^trailing:(\d+):(hour|day|week|month)$/.exec(kind);
  return m ? { count: Number(m[1]), unit: m[2] as TrailingUnit } : null;
}

export class TrailingWindowParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const countWord = match[2]?.toLowerCase().replace(/\s+/g, " ");
    const count = countWord ? (VAGUE_COUNTS[countWord] ?? readCount(countWord)) : 1;
    const unitWord = match[3]!.toLowerCase();
    // "the last days of October" is not a window ending now: a plural unit needs a count.
    if (!match[2] && unitWord.endsWith("s")) return null;
    if (count === null || count <= 0) return null;
    const unit = unitWord.replace(/s$/, "") as TrailingUnit;
    return relativeNewsComponents(context, trailingKind(count, unit));
  }
}
