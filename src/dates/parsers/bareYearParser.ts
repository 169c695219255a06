/**
 * A year on its own after a preposition: "in 2014", "since 2004", "by the
 * end of 2023". Kept at year precision (it dates nothing to a day). A number
 * without a preposition ("Tower 22", "2,500 troops", "the 2024 budget") is
 * never read as a year.
 */
import type { ParsingContext, ParsingComponents } from "chrono-node";
import { kindTag } from "../notes.js";
import { WordBoundaryParser } from "./wordBoundaryParser.js";

const PATTERN =
  /((?:in|since|during|until|till|through|before|after|from|of|early|late|mid-?)\s*((?:19|20)\d{2}))(?![\d,.-]\d|\d|s\b|\s*(?:%|percent|people|troops|soldiers|fighters|civilians|attacks|dead|killed))(?=\W|$)/i;

export class BareYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const year = Number(match[2]);
    return context.createParsingComponents({ year }).addTag(kindTag("year"));
  }
}
