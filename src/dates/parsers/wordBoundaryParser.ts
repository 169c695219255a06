/**
 * Base of the news parsers: chrono's word-boundary parser shape (chrono
 * keeps its own `AbstractParserWithWordBoundaryChecking` private). The
 * pattern is the inner pattern behind `(\W|^)`; `extract` strips that
 * boundary from the match before `innerExtract` sees it.
 */
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import { chronoAnchor, newsOf } from "../newsContext.js";
import { splitIso } from "../isoDate.js";
import { kindTag } from "../notes.js";

export abstract class WordBoundaryParser implements Parser {
  private cachedPattern: RegExp | null = null;

  /** The date expression, without the left word boundary. Must not use the `g` flag. */
  abstract innerPattern(): RegExp;

  abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null;

  pattern(): RegExp {
    if (!this.cachedPattern) {
      const inner = this.innerPattern();
      this.cachedPattern = new RegExp(`(\\W|^)${inner.source}`, inner.flags);
    }
    return this.cachedPattern;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null {
    const header = match[1] ?? "";
    match.index = (match.index ?? 0) + header.length;
    match[0] = match[0].substring(header.length);
    for (let i = 2; i < match.length; i++) match[i - 1] = match[i]!;
    return this.innerExtract(context, match);
  }
}

/**
 * Components for a news expression whose day is only known once a refiner
 * picks its anchor ("the day before", "last week"). Like chrono's own
 * relative results they carry the chrono reference day as certain values and
 * the `result/relativeDate` tag, so chrono's merging refiners neither treat
 * them as a bare time nor stamp a weekday onto them; the `sitrep/kind/…` tag
 * routes them to their refiner.
 */
export function relativeNewsComponents(context: ParsingContext, kind: string): ParsingComponents {
  const { year, month, day } = splitIso(chronoAnchor(newsOf(context)));
  return context
    .createParsingComponents({ year, month, day })
    .addTag("result/relativeDate")
    .addTag(kindTag(kind));
}
