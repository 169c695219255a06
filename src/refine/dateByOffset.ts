/**
 * date-by-offset: "The strikes come exactly a week after the destroyer took
 * down 14 drones", "…, two days after militants fired rockets at the base":
 * a distance in time ties two events. When one of them is dated, the other
 * is too — the earlier one by counting back from the later, the later one
 * by counting on. A count of days ("days after", "a few days before") gives
 * a window rather than a day.
 */
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import { addDays, type DateMention } from "../dates/index.js";
import { COUNT_SOURCE, readCount } from "../dates/lexicon.js";
import { alternation, cueTerms, loadCues, perCueFile } from "../lexicon/cues.js";

/** Days per unit: the units a news distance in time is counted in. */
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
/** The widest window "days after" can mean: under a week, or the text would say "a week". */
const VAGUE_DAYS: [number, number] = [1, 6];
const LOOKBACK = 2;
const PRESENT_COMES = /\bcomes?\s+$/i;

const offsetPattern = perCueFile(
  (cues) =>
    new RegExp(
      `\\b(?:(?:${alternation(cueTerms(cues, "offsetHedges"))})\\s+)?(?:(${COUNT_SOURCE}|an?)\\s+(day|week)s?|((?:(?:${alternation(cueTerms(cues, "vagueCounts"))})\\s+)?days))\\s+(after|before)\\s+`,
      "gi",
    ),
);

// "hours after", "earlier in the day": less than a day apart, so on the same day.
const sameDayPattern = perCueFile((cues) => new RegExp(`\\b(?:${alternation(cueTerms(cues, "sameDayOffsets"))})\\b`, "gi"));
// "hours after the Pentagon confirmed it had struck …": the distance is from a statement, whose day is not the action's.
const statementAfter = perCueFile((cues) => new RegExp(`^[\\s,]*(?:[\\w.'’-]+\\s+){0,6}?(?:${alternation(cueTerms(cues, "speechVerbs"))})\\b`, "i"));
/** How far a same-day phrase looks for the dated event it ties to when its own sentence has none: back, then on. */
const SAME_DAY_BACK = 3;
const SAME_DAY_ON = 4;

interface Offset {
  start: number;
  end: number;
  /** Days from the event the phrase names to the event it is said of; null for "days after" (a window). */
  days: number | null;
  /** +1 when the named event came first ("a week after X"), -1 when it came later ("a week before X"). */
  sign: 1 | -1;
  /** "hours after", "earlier in the day": the two events share a day, whichever is named. */
  sameDay?: boolean;
}

function offsetsIn(text: string): Offset[] {
  const re = offsetPattern(loadCues());
  re.lastIndex = 0;
  const out: Offset[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const count = m[1] ? (/^an?$/i.test(m[1]) ? 1 : readCount(m[1])) : null;
    const days = m[2] && count !== null ? count * UNIT_DAYS[m[2].toLowerCase()]! : null;
    if (m[1] && days === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days, sign: m[4]!.toLowerCase() === "after" ? 1 : -1 });
  }
  const same = sameDayPattern(loadCues());
  same.lastIndex = 0;
  for (let m = same.exec(text); m; m = same.exec(text))
    if (!statementAfter(loadCues()).test(text.slice(m.index + m[0].length))) out.push({ start: m.index, end: m.index + m[0].length, days: 0, sign: 1, sameDay: true });
  return out.sort((a, b) => a.start - b.start);
}

function dayMention(date: string | null, range: [string, string] | null, offset: Offset, sentenceIndex: number, anchor: string, text: string): DateMention {
  return {
    date,
    range,
    precision: date ? "day" : "range",
    role: "event",
    span: { start: offset.start, end: offset.end, text: text.slice(offset.start, offset.end) },
    sentenceIndex,
    rule: "offset",
    anchor: { date: anchor, source: "event" },
  };
}

/** The one day an event is dated to, if it has exactly one. */
const dayOf = (c: EventCandidate | undefined): string | null => (c?.dates.length === 1 && c.dates[0]!.precision === "day" ? c.dates[0]!.date : null);

export const dateByOffset: Refiner = {
  id: "date-by-offset",
  description: "Dates one of two events a distance in time ties (\"a week after X\") from the other.",
  refine(candidates, article) {
    const out = [...candidates];
    out.forEach((c, k) => {
      if (c.dates.length) return;
      const s = article.sentences[c.sentenceIdx]!;
      const inSentence = out.filter((o) => o.sentenceIdx === c.sentenceIdx).sort((a, b) => a.trigger.start - b.trigger.start);
      for (const offset of offsetsIn(s.text)) {
        if (offset.sameDay) {
          // The other event is the sentence's dated one, else the story's nearest: the one just told
          // ("The two attacks came hours after a U.S. strike killed …"), else the one told next.
          const dated = (o: EventCandidate): boolean => o !== c && dayOf(o) !== null;
          const near = (from: number, to: number): EventCandidate | undefined => out.find((o) => dated(o) && o.sentenceIdx >= from && o.sentenceIdx <= to);
          const of =
            inSentence.find(dated) ??
            out.filter((o) => dated(o) && o.sentenceIdx < c.sentenceIdx && o.sentenceIdx >= c.sentenceIdx - SAME_DAY_BACK).at(-1) ??
            near(c.sentenceIdx + 1, c.sentenceIdx + SAME_DAY_ON);
          const anchor = dayOf(of);
          if (!anchor) continue;
          out[k] = { ...c, dates: [dayMention(anchor, null, offset, c.sentenceIdx, anchor, s.text)], inheritedDate: true };
          return;
        }
        // The event the phrase names: the first whose words follow it.
        const named = inSentence.find((o) => o.trigger.start >= offset.end);
        if (!named) continue;
        const others = inSentence.filter((o) => o !== named && dayOf(o));
        let anchor: string | null;
        let direction: number;
        if (named === c) {
          // Said of the sentence's other event ("The strikes come a week after X", "A week after X, jets struck …"),
          // else of the event the story just told ("The actions come a week after X").
          const of =
            others.filter((o) => o.trigger.start < offset.start).at(-1) ??
            others.find((o) => o.trigger.start > c.trigger.start) ??
            out.filter((o) => o.sentenceIdx < c.sentenceIdx && o.sentenceIdx >= c.sentenceIdx - LOOKBACK && dayOf(o)).at(-1);
          // "The huge operation comes a week after X", no dated event near: what "comes" now is the news of the day.
          anchor = dayOf(of) ?? (PRESENT_COMES.test(s.text.slice(0, offset.start)) && !c.continuation ? article.published : null);
          direction = -offset.sign;
        } else {
          anchor = dayOf(named);
          direction = offset.sign;
        }
        if (!anchor) continue;
        const date = offset.days !== null ? addDays(anchor, direction * offset.days) : null;
        const range: [string, string] | null =
          offset.days !== null
            ? null
            : direction > 0
              ? [addDays(anchor, VAGUE_DAYS[0]), addDays(anchor, VAGUE_DAYS[1])]
              : [addDays(anchor, -VAGUE_DAYS[1]), addDays(anchor, -VAGUE_DAYS[0])];
        out[k] = { ...c, dates: [dayMention(date, range, offset, c.sentenceIdx, anchor, s.text)], inheritedDate: true };
        return;
      }
    });
    return out;
  },
};
