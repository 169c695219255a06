/**
 * split-lists: one event per date of a list ("on Oct. 26, Nov. 8, and Nov.
 * 12") and per place of a list ("at Ain al-Asad and at Erbil"), as
 * GUIDELINES §2 asks. A list that pairs each place with its own date ("at
 * Ain al-Asad on Monday and at al-Tanf on Tuesday") gives one event per
 * pair, not every combination; "between Monday and Wednesday" is one
 * window, not two days. Countries with their own numbers ("two facilities
 * in Iraq and one in Syria") are split too (splitByCountry below).
 */
import type { DateMention } from "../dates/index.js";
import type { EventCandidate, ValueWithSpan } from "../rules/rule.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Refiner } from "./refiner.js";
import type { NumberMention } from "../lexicon/index.js";
import { alternation, cueTerms, loadCues, perCueFile } from "../lexicon/cues.js";

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

/*
 * splitByCountry: one event per country when a sentence gives an event only countries
 * (GUIDELINES §2, one event per place):
 *
 * - each country with its own number ("two facilities in Iraq and one in
 *   Syria", "three attacks in Iraq and two in Syria"): one event per country,
 *   its `count` the country's number; when the sentence also gives the total
 *   ("five sites, three in Iraq and two in Syria"), the whole is kept as an
 *   umbrella event besides;
 * - a strike on targets "in Iraq and Syria" ("struck 85 targets in Iraq and
 *   Syria"): strikes in two countries are separate actions, one event per
 *   country, with no count (the number is the whole's).
 *
 * "US forces were attacked four times in Iraq and Syria" stays one event: the
 * countries there are where the forces are, and the count is not split.
 */
// Between a country's number and the country: "two facilities in", "one in", "three separate times in", "two sites in western".
const NUMBER_TO_COUNTRY = /^\s+(?:(?:[\w-]+\s+){0,3}?)(?:in|inside|across)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+)?$/i;
// What a strike hits, and the words that may stand between it and the countries ("targets linked to the Quds Force in").
const TARGETS = /\b(?:targets|sites|facilities|locations|positions|depots|bases|hideouts|installations)\b([^.;:]{0,50}?)\bin\s+(?:both\s+)?(?:the\s+)?$/i;
// A clause about who the targets belong to, not where the strikes fell ("groups that operate in Iraq and Syria").
const RELATIVE = /\b(?:that|which|who|operate|operating|based|active)\b/i;

// Numbers said as adverbs, which findNumbers does not read ("three times in Iraq and twice in Syria").
const ADVERBS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const ADVERB = /\b(once|twice|thrice)\b/gi;

/** The number that belongs to `country` ("two [facilities] in Iraq", "twice in Syria"), or null. */
function numberFor(s: SentenceContext, country: ValueWithSpan<string>): NumberMention | null {
  const adverbs: NumberMention[] = [...s.text.matchAll(ADVERB)].map((m) => ({
    span: { start: m.index!, end: m.index! + m[0].length, text: m[0] },
    value: ADVERBS[m[1]!.toLowerCase()]!,
    qualifier: null,
    vague: false,
  }));
  const all = [...s.numbers, ...adverbs].sort((a, b) => a.span.start - b.span.start);
  return all.filter((x) => x.value !== null && x.span.end <= country.span.start && NUMBER_TO_COUNTRY.test(s.text.slice(x.span.end, country.span.start))).at(-1) ?? null;
}

/** A number before the per-country numbers that is their sum ("five sites, three in Iraq and two in Syria"). */
function totalOf(s: SentenceContext, firstNumber: NumberMention, sum: number): NumberMention | null {
  return s.numbers.find((x) => x.value === sum && x.span.end <= firstNumber.span.start && firstNumber.span.start - x.span.end <= 60) ?? null;
}

function splitByCountry(e: EventCandidate, s: SentenceContext): EventCandidate[] {
  if (e.places.length || e.countries.length < 2 || e.sentenceIdx !== s.idx) return [e];
  const own = e.countries.filter((k) => (k.sentenceIdx ?? e.sentenceIdx) === e.sentenceIdx);
  if (own.length < 2) return [e];
  const numbers = own.map((k) => numberFor(s, k));
  if (numbers.every((n) => n !== null)) {
    const ns = numbers as NumberMention[];
    if (new Set(ns.map((n) => n.span.start)).size !== ns.length) return [e]; // one number for several countries: not a breakdown
    const parts = own.map((k, i) => {
      const n = ns[i]!;
      return { ...e, countries: [k], count: n.value! > 1 ? { value: n.value!, span: n.span } : null, umbrella: false };
    });
    const sum = ns.reduce((a, n) => a + n.value!, 0);
    const total = totalOf(s, ns[0]!, sum);
    return total ? [{ ...e, count: { value: sum, span: total.span }, umbrella: true }, ...parts] : parts;
  }
  if (e.kind !== "strike") return [e];
  // "struck 85 targets in Iraq and Syria": the first country follows what was struck.
  const first = own[0]!;
  const before = TARGETS.exec(s.text.slice(Math.max(0, first.span.start - 120), first.span.start));
  if (!before || RELATIVE.test(before[1] ?? "")) return [e];
  // Only countries joined by "and" right after one another ("in Iraq and Syria", "in Syria and Iraq").
  for (let i = 1; i < own.length; i++) if (!/^\s*(?:,|,?\s*and)\s*$/i.test(s.text.slice(own[i - 1]!.span.end, own[i]!.span.start))) return [e];
  return own.map((k) => ({ ...e, countries: [k], count: null }));
}

/**
 * "engaged two drones at Ain al-Asad and another at a base in northern Iraq": "another" in a region or
 * country is a further (placeless) event there, even in the country of the first place.
 */
function anotherIn(e: EventCandidate, s: SentenceContext): EventCandidate[] {
  if (e.sentenceIdx !== s.idx) return [];
  const another = furtherOne(loadCues());
  return s.places
    .filter((p) => (p.kind === "region" || p.kind === "country") && !e.places.some((q) => q.span.start === p.span.start))
    .filter((p) => another.test(s.text.slice(Math.max(0, p.span.start - 60), p.span.start)))
    .map((p) => ({ ...e, places: [], countries: [{ value: p.country, span: p.span, sentenceIdx: s.idx }], count: null, further: true }));
}

const furtherOne = perCueFile((cues) => new RegExp(`\\band\\s+(?:${alternation(cueTerms(cues, "furtherOne"))})\\b[^,;]{0,40}\\b(?:in|at|near)\\s+(?:the\\s+)?$`, "i"));

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
          return [e, ...extra.map((k) => ({ ...e, places: [], countries: [k], count: null })), ...anotherIn(e, s)];
        }
        if (e.countries.length < 2) return [e];
        const s = article.sentences[e.sentenceIdx]!;
        const perCountry = splitByCountry(e, s);
        if (perCountry.length > 1) return perCountry;
        const regional = e.countries.every((k) => s.places.some((p) => (p.kind === "region" || p.kind === "sea") && p.span.start === k.span.start));
        return regional ? e.countries.map((k) => ({ ...e, countries: [k], count: null })) : [e];
      });
    });
  },
};
