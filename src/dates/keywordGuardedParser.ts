/**
 * Wraps a chrono parser so it runs only on texts holding one of its
 * keywords. chrono's "3 days ago" and "2 hours later" parsers try their
 * long time-unit patterns at every word of every sentence; measured on the
 * dev articles they took three quarters of chrono's time, for the few
 * sentences that say "ago" or "later".
 */
import type { Parser, ParsingContext } from "chrono-node";

const NEVER = /(?!)/;

export class KeywordGuardedParser implements Parser {
  constructor(
    private readonly inner: Parser,
    private readonly keywords: RegExp,
  ) {}

  pattern(context: ParsingContext): RegExp {
    return this.keywords.test(context.text) ? this.inner.pattern(context) : NEVER;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser["extract"]> {
    return this.inner.extract(context, match);
  }
}
