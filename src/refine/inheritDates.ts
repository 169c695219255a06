/**
 * inherit-dates: a sentence that continues the report of a dated event
 * ("US and international forces were attacked at two sites in northeastern
 * Syria" after "US forces were attacked four times … on Thursday, November
 * 23") takes that event's date: from the nearest event of the same kind
 * dated in one of the two sentences before. A reply "immediately after the
 * raid" or "in response" takes the date (and, lacking its own, the place)
 * of the event it answers, whatever its kind.
 */
import type { Refiner } from "./refiner.js";
import { eventDates } from "../rules/fields.js";

const LOOKBACK = 2;
// "U.S. warships have shot down drones": a summary in the present perfect, not a continuation.
const PERFECT = /\b(?:have|has)\s+(?:(?:also|now|repeatedly|already)\s+)?(?:been\s+)?\w+(?:ed|en|wn|ght|t)\b/i;
const RESPONSE = /\b(?:immediately|shortly|soon)\s+(?:after|later)\b|\bin\s+(?:response|retaliation)\b/i;

// "The barrage, launched …", "The attack came …": a sentence that goes on about the event just told.
const ANAPHORIC_OPENING = /^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|barrage|salvo|assault|volley)\b/i;

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
      // "… shot down 21 missiles and drones. The barrage, launched … on January 9, …":
      // the next sentence dates what this one reported.
      const next = article.sentences[c.sentenceIdx + 1];
      const ahead = next && ANAPHORIC_OPENING.test(next.text) ? eventDates(next).filter((d) => d.precision === "day") : [];
      if (ahead.length === 1 && !c.continuation) {
        out[k] = { ...c, dates: ahead, inheritedDate: true };
        return;
      }
      const response = RESPONSE.test(article.sentences[c.sentenceIdx]!.text);
      for (let i = c.sentenceIdx - (response ? 0 : 1); i >= Math.max(0, c.sentenceIdx - LOOKBACK); i--) {
        const prior = out.filter((p, j) => j !== k && p.sentenceIdx === i && p.dates.length && (p.kind === c.kind || response));
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
