/**
 * Carries the per-article news context through chrono.
 *
 * Chrono hands every refiner a `ParsingContext` whose `option` is the object
 * given to `parse()`. The date layer passes its `NewsContext` there, so the
 * chrono instance (built once in `configuration.ts`) stays stateless and
 * every call brings its own publication date, discourse state and hints.
 */
import { SitrepError } from "../errors.js";
import type { ParsingContext, ParsingOption, ParsingReference } from "chrono-node";
import { splitIso } from "./isoDate.js";
import type { NewsContext } from "./types.js";

export interface NewsParsingOption extends ParsingOption {
  news: NewsContext;
}

/** The parse option that carries `news` to the refiners. */
export function newsOption(news: NewsContext): NewsParsingOption {
  return { news };
}

/** The news context of a parse; throws when chrono was called without one. */
export function newsOf(context: ParsingContext): NewsContext {
  const news = (context.option as Partial<NewsParsingOption>).news;
  if (!news) throw new SitrepError("DATES_E010", "news refiners need parse(text, ref, newsOption(...))");
  return news;
}

/** The date chrono itself resolves against: the publication date, else the corpus reference date. */
export function chronoAnchor(news: NewsContext): string {
  return news.published ?? news.referenceDate;
}

/**
 * A chrono reference for a `YYYY-MM-DD` day: noon UTC with an explicit zero
 * offset, so chrono's implied day/month/year equal the ISO date whatever the
 * machine's time zone.
 */
export function chronoReference(date: string): ParsingReference {
  const { year, month, day } = splitIso(date);
  return { instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 0 };
}
