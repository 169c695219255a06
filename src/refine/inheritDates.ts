/**
 * inherit-dates: a sentence that continues the report of a dated event
 * ("US and international forces were attacked at two sites in northeastern
 * Syria" after "US forces were attacked four times … on Thursday, November
 * 23") takes that event's date: from the nearest event of the same kind
 * dated in one of the two sentences before. A reply "immediately after the
 * raid" or "in response" takes the date (and, lacking its own, the place)
 * of the event it answers, whatever its kind. An event that is dated only
 * by a sentence soon after it ("The barrage, launched … on January 9")
 * takes that date first.
 */
import { kindByNoun, kindRegistry, type KindRegistry } from "../kinds.js";
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import { eventDates } from "../fields/eventDates.js";
import { daysApart } from "../fields/clauses.js";

const LOOKBACK = 2;
// "U.S. warships have shot down drones": a summary in the present perfect, not a continuation.
const PERFECT = /\b(?:have|has)\s+(?:(?:also|now|repeatedly|already)\s+)?(?:been\s+)?\w+(?:ed|en|wn|ght|t)\b/i;
const IMMEDIATE = /\b(?:immediately|shortly|soon)\s+(?:after|later)\b/i;
const RESPONSE = /\b(?:immediately|shortly|soon)\s+(?:after|later)\b|\bin\s+(?:response|retaliation)\b/i;

// "The barrage, launched …", "The operation took place …": a sentence that goes on about the event just told.
// The nouns of each kind come from the kind registry (kinds.json); "operation" fits any kind.
let opening: { registry: KindRegistry; re: RegExp } | undefined;
function anaphoricOpening(): RegExp {
  const registry = kindRegistry();
  if (opening?.registry !== registry) {
    const nouns = registry.list.flatMap((k) => k.nouns).sort((a, b) => b.length - a.length).join("|");
    opening = { registry, re: new RegExp(`^\\W*(?:The|This|That)\\s+(?:[\\w-]+\\s+){0,2}?(?:(operation)|(${nouns}))\\b`, "i") };
  }
  return opening.re;
}
const AHEAD = 3;

/** The day a sentence just after `c` gives "the barrage" or "the operation", if one does before any other event is told. */
function datesAhead(c: EventCandidate, candidates: EventCandidate[], sentences: SentenceContext[]): DateMention[] {
  for (let i = c.sentenceIdx + 1; i <= c.sentenceIdx + AHEAD && i < sentences.length; i++) {
    const s = sentences[i]!;
    const m = anaphoricOpening().exec(s.text);
    const days = eventDates(s).filter((d) => d.precision === "day");
    if (m && days.length === 1 && (m[1] || kindByNoun(m[2]!)?.id === c.kind)) return days;
    // Another event told in between is what a later sentence goes on about.
    if (candidates.some((o) => o.sentenceIdx === i)) return [];
  }
  return [];
}

// "The attacks focused on …", "These strikes hit …": a kind's noun, singular or plural, opening the sentence.
let plural: { registry: KindRegistry; re: RegExp } | undefined;
function pluralOpening(): RegExp {
  const registry = kindRegistry();
  if (plural?.registry !== registry) {
    const nouns = registry.list.flatMap((k) => k.nouns).sort((a, b) => b.length - a.length).join("|");
    plural = { registry, re: new RegExp(`^\\W*(?:The|These|Those|Both)\\s+(?:[\\w-]+\\s+){0,2}?(${nouns})s?\\b`, "i") };
  }
  return plural.re;
}

/**
 * The day of the sentence just before `c` when `c`'s opens on "The attacks" and that one names
 * the same kind by its noun with one day of its own ("two attacks today") but told no event.
 */
function namedBefore(c: EventCandidate, sentences: SentenceContext[]): DateMention[] {
  const own = sentences[c.sentenceIdx]!;
  const m = pluralOpening().exec(own.text);
  const before = sentences[c.sentenceIdx - 1];
  if (!m || kindByNoun(m[1]!)?.id !== c.kind || !before) return [];
  const noun = new RegExp(`\\b${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`, "i");
  const days = eventDates(before).filter((d) => d.precision === "day");
  return noun.test(before.text) && days.length === 1 ? days : [];
}

export const inheritDates: Refiner = {
  id: "inherit-dates",
  description: "Undated events take the date of the event reported just before them.",
  refine(candidates, article) {
    // In sentence order, so a chain of continuations passes the date along.
    const out = [...candidates];
    out.forEach((c, k) => {
      if (c.dates.length) return;
      const s = article.sentences[c.sentenceIdx]!;
      if (PERFECT.test(s.text.slice(Math.max(0, c.trigger.start - 40), c.trigger.end))) return;
      // "… comes a week after the destroyer took down 14 drones": the distance, not the neighbour, dates it (date-by-offset).
      if (daysApart(s.text, c.segment)) return;
      // "… shot down 21 missiles and drones. The barrage, launched … on January 9, …",
      // "US Launches Airstrikes in Iraq … The operation took place … on Wednesday":
      // a sentence soon after, about "the barrage", dates what this one reported.
      const ahead = c.continuation ? [] : datesAhead(c, candidates, article.sentences);
      if (ahead.length === 1) {
        out[k] = { ...c, dates: ahead, inheritedDate: true };
        return;
      }
      // "This follows two attacks today, both claimed by … The attacks focused on two bases …": the
      // sentence before named the event, with its day, in passing.
      const named = c.continuation ? [] : namedBefore(c, article.sentences);
      if (named.length === 1 && !out.some((o) => o !== c && o.sentenceIdx === c.sentenceIdx - 1)) {
        out[k] = { ...c, dates: named, inheritedDate: true };
        return;
      }
      const response = RESPONSE.test(article.sentences[c.sentenceIdx]!.text);
      for (let i = c.sentenceIdx - (response ? 0 : 1); i >= Math.max(0, c.sentenceIdx - LOOKBACK); i--) {
        // In its own sentence, "in response to the January 28 killing …" names an earlier event: only
        // "immediately after the raid" puts the reply on the raid's day.
        const answers = response && (i !== c.sentenceIdx || IMMEDIATE.test(article.sentences[c.sentenceIdx]!.text));
        const prior = out.filter((p, j) => j !== k && p.sentenceIdx === i && p.dates.length && (p.kind === c.kind || answers));
        if (!prior.length) continue;
        const source = prior.at(-1)!;
        if (source.dates.length !== 1) return;
        // A reply "immediately after the raid" happened where the raid did.
        const places = !c.places.length && response && source.kind !== c.kind ? source.places : c.places;
        out[k] = { ...c, dates: source.dates, places, inheritedDate: true };
        return;
      }
    });
    return out;
  },
};
