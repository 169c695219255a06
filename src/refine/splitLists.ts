/**
 * split-lists: one event per date of a list ("on Oct. 26, Nov. 8, and Nov.
 * 12") and per place of a list ("at Ain al-Asad and at Erbil"), as
 * GUIDELINES §2 asks. A list that pairs each place with its own date ("at
 * Ain al-Asad on Monday and at al-Tanf on Tuesday") gives one event per
 * pair, not every combination; "between Monday and Wednesday" is one
 * window, not two days.
 */
import type { DateMention } from "../dates/index.js";
import type { EventCandidate } from "../rules/rule.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Refiner } from "./refiner.js";

/** "between Monday and Wednesday", "from Oct. 17 to Oct. 24": one window. */
function asWindow(c: EventCandidate, s: SentenceContext): DateMention[] {
  if (c.dates.length !== 2) return c.dates;
  const [a, b] = c.dates as [DateMention, DateMention];
  if (a.sentenceIndex !== s.idx || b.sentenceIndex !== s.idx || !a.date || !b.date || a.date >= b.date) return c.dates;
  const before = s.text.slice(Math.max(0, a.span.start - 10), a.span.start);
  const between = s.text.slice(a.span.end, b.span.start);
  if (!(/\bbetween\s+$/i.test(before) && /^\s*and\s+$/i.test(between)) && !(/\bfrom\s+$/i.test(before) && /^\s*(?:to|until|through)\s+$/i.test(between))) return c.dates;
  const span = { start: a.span.start, end: b.span.end, text: s.text.slice(a.span.start, b.span.end) };
  return [{ ...a, span, precision: "range", date: null, range: [a.date, b.date] }];
}

/**
 * "Hours later, … on Tuesday": two mentions of one day are one date (the
 * plainer one kept); "on Sunday, the third such attack this week": a window
 * that holds a day also given is the frame, not another date.
 */
function sameDayOnce(dates: DateMention[]): DateMention[] {
  const key = (d: DateMention): string => d.date ?? d.range?.join("/") ?? "";
  const plain = [...dates].sort((a, b) => Number(a.range !== null) - Number(b.range !== null));
  const kept = new Set<DateMention>();
  const seen = new Set<string>();
  for (const d of plain) if (!seen.has(key(d)) && seen.add(key(d))) kept.add(d);
  const days = dates.filter((d) => d.date).map((d) => d.date!);
  return dates.filter((d) => kept.has(d) && !(d.date === null && d.range && days.some((x) => x >= d.range![0] && x <= d.range![1])));
}

/** Places and dates that alternate ("at X on D1 and at Y on D2"), paired in order; null when they do not. */
function pairs(e: EventCandidate): Array<[DateMention, EventCandidate["places"][number]]> | null {
  if (e.dates.length < 2 || e.dates.length !== e.places.length) return null;
  const own = (x: object): boolean => ((x as { sentenceIdx?: number }).sentenceIdx ?? e.sentenceIdx) === e.sentenceIdx;
  if (!e.dates.every((d) => d.sentenceIndex === e.sentenceIdx) || !e.places.every(own)) return null;
  const items = [...e.dates.map((d) => ({ at: d.span.start, d })), ...e.places.map((p) => ({ at: p.span.start, p }))].sort((x, y) => x.at - y.at);
  const out: Array<[DateMention, EventCandidate["places"][number]]> = [];
  for (let i = 0; i < items.length; i += 2) {
    const x = items[i]!;
    const y = items[i + 1]!;
    const d = "d" in x ? x.d : "d" in y ? y.d : undefined;
    const p = "p" in x ? x.p : "p" in y ? y.p : undefined;
    if (!d || !p) return null;
    out.push([d, p]);
  }
  return out;
}

export const splitLists: Refiner = {
  id: "split-lists",
  description: "Splits an event over a list of dates or of places into one event each.",
  refine(candidates, article) {
    return candidates.flatMap((c0) => {
      const c = { ...c0, dates: sameDayOnce(asWindow(c0, article.sentences[c0.sentenceIdx]!)) };
      const paired = pairs(c);
      const byPlace = paired
        ? paired.map(([d, p]) => ({ ...c, dates: [d], places: [p], count: null }))
        : (c.dates.length > 1 ? c.dates.map((d) => ({ ...c, dates: [d] })) : [c]).flatMap((e) =>
            e.places.length > 1 ? e.places.map((p) => ({ ...e, places: [p], count: null })) : [e],
          );
      // "targets in eastern Syria and western Iraq", "in the Red Sea and Gulf of Aden":
      // separate regions or seas are separate events; "in Iraq and Syria" stays one.
      return byPlace.flatMap((e) => {
        if (e.places.length) {
          // "on al-Asad air base in western Iraq and three troop locations in Syria":
          // a further country, listed with "and", is a further (placeless) event.
          const s = article.sentences[e.sentenceIdx]!;
          const extra = e.countries.filter((k) => !e.places.some((p) => p.country === k.value) && /\band\b[^,;]{0,40}\bin\s+$/i.test(s.text.slice(Math.max(0, k.span.start - 50), k.span.start).replace(/(?:(?:north|south|east|west)(?:ern)?\s+)$/i, "")));
          return [e, ...extra.map((k) => ({ ...e, places: [], countries: [k], count: null }))];
        }
        if (e.countries.length < 2) return [e];
        const s = article.sentences[e.sentenceIdx]!;
        const regional = e.countries.every((k) => s.places.some((p) => (p.kind === "region" || p.kind === "sea") && p.span.start === k.span.start));
        return regional ? e.countries.map((k) => ({ ...e, countries: [k], count: null })) : [e];
      });
    });
  },
};
