/**
 * One event per country when a sentence gives an event only countries
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
import type { NumberMention } from "../lexicon/index.js";
import type { EventCandidate, ValueWithSpan } from "../rules/rule.js";
import type { SentenceContext } from "../extract/sentenceContext.js";

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

export function splitByCountry(e: EventCandidate, s: SentenceContext): EventCandidate[] {
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
