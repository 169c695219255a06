/**
 * Everything the rules read about one sentence: its text, compromise parse,
 * and the date, place, actor, weapon and number mentions found in it, with
 * spans relative to the sentence start.
 */
import type { DateMention } from "../dates/index.js";
import {
  findActors,
  findNumbers,
  findPlaces,
  findWeapons,
  type ActorMention,
  type Lexicons,
  type NumberMention,
  type PlaceMention,
  type WeaponMention,
} from "../lexicon/index.js";
import type { SentenceParse } from "../parse/parseSentence.js";
import { isDatelinePlace } from "./datelinePlace.js";

/** A stored sentence: offsets into the article text, and its compromise parse. */
export interface SentenceInput {
  idx: number;
  start: number;
  end: number;
  text: string;
  parse: SentenceParse;
}

export interface SentenceContext {
  idx: number;
  /** Offset of the sentence in the article text. */
  start: number;
  text: string;
  parse: SentenceParse;
  published: string | null;
  /** Dates whose span lies in this sentence, spans made sentence-relative. */
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  weapons: WeaponMention[];
  numbers: NumberMention[];
  /** What the whole article is about, shared by its sentences (filled in once every sentence is read). */
  story: StoryContext;
}

export interface StoryContext {
  /** The article names US or coalition forces somewhere: its bare "soldiers" and "service members" are theirs. */
  usForces: boolean;
}

/**
 * `withMentions: false` gives a sentence no rule reads only its dates (the
 * discourse needs them); lexicon matching is skipped for it.
 */
export function buildSentenceContext(
  s: SentenceInput,
  articleDates: DateMention[],
  lexicons: Lexicons,
  published: string | null,
  withMentions = true,
  story: StoryContext = { usForces: false },
): SentenceContext {
  const dates = articleDates
    .filter((d) => d.span.start >= s.start && d.span.end <= s.end)
    .map((d) => ({ ...d, span: { ...d.span, start: d.span.start - s.start, end: d.span.end - s.start } }));
  return {
    idx: s.idx,
    start: s.start,
    text: s.text,
    parse: s.parse,
    published,
    dates,
    places: withMentions ? findPlaces(s.text, lexicons, s.parse?.names).filter((p) => !isDatelinePlace(s.text, s.start, p)) : [],
    actors: withMentions ? findActors(s.text, lexicons) : [],
    weapons: withMentions ? findWeapons(s.text, lexicons) : [],
    numbers: withMentions ? findNumbers(s.text, lexicons) : [],
    story,
  };
}
