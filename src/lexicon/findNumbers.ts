/**
 * Counts in a sentence: digits ("36", "1,200", "1.5 million"), number words
 * ("eight", "twenty-one", "a dozen", "one hundred and five"), with a
 * qualifier before them ("at least 56" -> at least, "over 100" -> more
 * than, "some 30" -> about), and vague quantities ("several", "dozens",
 * "minor") with value null.
 *
 * Numbers that are not counts are skipped: years ("2023"), dates ("Oct. 17",
 * "17 October"), times ("0700", "7:30", "3 p.m."), measures ("107mm",
 * "122-mm", "30 km", "50 percent"), compounds ("one-way", "24-hour"),
 * model numbers ("MQ-9", "F/A-18", "Tower 22", "Task Force 153"), numbers
 * inside a place or weapon name, money ("$5"), ordinals ("17th") and
 * negative numbers ("-5": no count of people or attacks is below zero).
 */
import type { Qualifier, Span } from "../types.js";
import type { Lexicons } from "./loadLexicons.js";
import { AliasMatcher, normalizeAlias, tokenize, type Tokens } from "./matchAliases.js";
import { lexiconMatchers } from "./lexiconMatchers.js";

export interface NumberMention {
  /** Covers the qualifier too ("at least 56"). */
  span: Span;
  value: number | null;
  qualifier: Qualifier;
  vague: boolean;
}

type Phrase = { kind: "qualifier"; qualifier: Exclude<Qualifier, null> } | { kind: "vague" } | { kind: "phrase"; value: number };

interface NumberIndex {
  phrases: AliasMatcher<Phrase>;
  units: AliasMatcher<true>;
  words: Map<string, number>;
  scales: Map<string, number>;
  modelPrefixes: Set<string>;
}

const indexes = new WeakMap<Lexicons, NumberIndex>();

function numberIndex(lex: Lexicons): NumberIndex {
  let idx = indexes.get(lex);
  if (!idx) {
    const n = lex.numbers;
    const rows = [
      ...Object.entries(n.qualifiers).map(([alias, qualifier]) => ({ alias, value: { kind: "qualifier", qualifier } as Phrase })),
      ...n.vague.map((alias) => ({ alias, value: { kind: "vague" } as Phrase })),
      ...Object.entries(n.phrases).map(([alias, value]) => ({ alias, value: { kind: "phrase", value } as Phrase })),
    ];
    idx = {
      phrases: new AliasMatcher(rows),
      units: new AliasMatcher(n.units.map((alias) => ({ alias, value: true as const }))),
      words: new Map(Object.entries(n.words).map(([w, v]) => [normalizeAlias(w), v])),
      scales: new Map(Object.entries(n.scales).map(([w, v]) => [normalizeAlias(w), v])),
      modelPrefixes: new Set(n.modelPrefixes.map(normalizeAlias)),
    };
    indexes.set(lex, idx);
  }
  return idx;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
const NOT_ONE_BEFORE = new Set(["no", "any", "every", "each", "this", "that", "which", "the"]);
const HYPHEN_ONLY = /^[-\u2010\u2011]$/;

interface NumberRead {
  first: number;
  last: number;
  value: number;
  digits: boolean;
}

/** Digits, or a run of number words, starting at token `j`. */
function readNumber(t: Tokens, j: number, idx: NumberIndex): NumberRead | null {
  const n = t.norm.length;
  const scaleAfter = (k: number, value: number): NumberRead => {
    const s = k + 1 < n && t.soft[k + 1] ? idx.scales.get(t.norm[k + 1]!) : undefined;
    return s ? { first: j, last: k + 1, value: value * s, digits: true } : { first: j, last: k, value, digits: true };
  };
  if (DIGITS.test(t.raw[j]!)) return scaleAfter(j, Number(t.raw[j]!.replace(/,/g, "")));
  let total = 0;
  let current = 0;
  let last: "unit" | "teen" | "ten" | "scale" | null = null;
  let end = -1;
  let k = j;
  if ((t.norm[j] === "a" || t.norm[j] === "an") && j + 1 < n && t.soft[j + 1] && idx.scales.has(t.norm[j + 1]!)) {
    current = 1; // "a dozen", "a hundred"
    last = "unit";
    k = j + 1;
  }
  for (; k < n; k++) {
    if (k > j && !t.soft[k]) break;
    const w = t.norm[k]!;
    const v = idx.words.get(w);
    const s = idx.scales.get(w);
    if (v !== undefined) {
      const kind = v < 10 ? "unit" : v < 20 ? "teen" : "ten";
      const ok = last === null || last === "scale" || (kind === "unit" && last === "ten");
      if (!ok) break;
      current += v;
      last = kind;
    } else if (s !== undefined) {
      if (last === "scale" && s !== 100 && current === 0 && total === 0) break;
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      last = "scale";
    } else if (w === "and" && last === "scale" && k + 1 < n && idx.words.has(t.norm[k + 1]!)) {
      continue; // "one hundred and five"
    } else break;
    end = k;
  }
  return end < 0 ? null : { first: j, last: end, value: total + current, digits: false };
}

const DATE_JOINERS = new Set(["and", "to", "through", "until", "till", "or"]);

/**
 * Why a read number is not a count (a year, date, time, measure, model
 * number...), or null when it is one. `lastDate` is the last token of the
 * previous date number, for "between October 17 and 24".
 */
function notACount(t: Tokens, r: NumberRead, idx: NumberIndex, inName: (k: number) => boolean, lastDate: number): string | null {
  const text = t.text;
  const start = t.start[r.first]!;
  const end = t.end[r.last]!;
  const raw = t.raw[r.first]!;
  const gapBefore = r.first > 0 ? text.slice(t.end[r.first - 1]!, start) : "";
  const gapAfter = r.last + 1 < t.norm.length ? text.slice(end, t.start[r.last + 1]!) : "";
  const prev = r.first > 0 ? t.norm[r.first - 1]! : "";
  const next = r.last + 1 < t.norm.length ? t.norm[r.last + 1]! : "";
  if ("$€£#".includes(text[start - 1] ?? " ") || (prev === "no" && /^\.\s*$/.test(gapBefore))) return "money"; // "$5", "No. 3"
  // "-5 injured", "−12": a minus sign (not a hyphen joining two words or numbers) makes it no count of anything.
  if (r.digits && /(?:^|[\s([:;,])[-\u2212\u2012\u2013]$/.test(text.slice(Math.max(0, start - 2), start))) return "negative";
  if (r.digits && r.first === r.last) {
    const v = Number(raw.replace(/,/g, ""));
    if (/^\d{4}$/.test(raw) && v >= 1900 && v <= 2100) return "year"; // 2023
    if (/^0\d{3}$/.test(raw)) return "time"; // 0700
    if (/^\d{6,}$/.test(raw)) return "id"; // ids and phone numbers, not counts
    if ((gapBefore === ":" && /\d$/.test(t.raw[r.first - 1] ?? "")) || (gapAfter === ":" && /^\d/.test(t.raw[r.last + 1] ?? ""))) return "time"; // 7:30
    if ((/^[/-]$/.test(gapBefore) && /^\d/.test(t.raw[r.first - 1] ?? "")) || (/^[/-]$/.test(gapAfter) && /^\d/.test(t.raw[r.last + 1] ?? ""))) return "date"; // 10/17, 2023-10-17
    if (Number.isInteger(v) && v >= 1 && v <= 31) {
      if (MONTHS.has(prev) && /^[A-Z]/.test(t.raw[r.first - 1]!) && /^\.?\s+$/.test(gapBefore)) return "date"; // Oct. 17
      if (MONTHS.has(next) && /^[A-Z]/.test(t.raw[r.last + 1]!) && /^\s+$/.test(gapAfter)) return "date"; // 17 October
      if (lastDate >= 0 && lastDate === r.first - 2 && DATE_JOINERS.has(prev)) return "date"; // October 17 and 24
    }
    if (text[end] === "%") return "percent";
  }
  // Measures and times after the number: "30 km", "107-mm", "3 p.m.", "50 percent".
  if (r.last + 1 < t.norm.length && /^[\s\-\u2010\u2011]*$/.test(gapAfter) && idx.units.matchAt(t, r.last + 1)) return "unit";
  // "one-way", "24-hour", "20-year-old": a hyphenated adjective, not a count.
  if (HYPHEN_ONLY.test(gapAfter) && /^[a-z]/.test(t.raw[r.last + 1] ?? "") && !idx.words.has(next)) return "compound";
  // "MQ-9", "F/A-18", "Shahed-136"
  if (/^[-\u2010\u2011/]$/.test(gapBefore) && /\p{L}/u.test(t.raw[r.first - 1] ?? "")) return "model";
  // "Tower 22", "Task Force 153"
  if (/^\s+$/.test(gapBefore)) {
    if (idx.modelPrefixes.has(prev)) return "model";
    if (r.first > 1 && t.soft[r.first - 1] && idx.modelPrefixes.has(t.norm[r.first - 2] + " " + prev)) return "model";
  }
  if (r.value === 1 && !r.digits && (NOT_ONE_BEFORE.has(prev) || next === "another")) return "pronoun"; // "no one", "one another"
  for (let k = r.first; k <= r.last; k++) if (inName(k)) return "name";
  return null;
}

/** Every count and vague quantity in `text`, in text order. */
export function findNumbers(text: string, lex: Lexicons): NumberMention[] {
  const t = tokenize(text);
  const idx = numberIndex(lex);
  const n = t.norm.length;
  let names: Uint8Array | null = null;
  const inName = (k: number): boolean => {
    if (!names) {
      names = new Uint8Array(n);
      const m = lexiconMatchers(lex);
      for (const x of [...m.places.matchTokens(t), ...m.weapons.matchTokens(t)]) names.fill(1, x.first, x.last + 1);
    }
    return names[k] === 1;
  };
  const out: NumberMention[] = [];
  const push = (from: number, to: number, value: number | null, qualifier: Qualifier, vague: boolean) => {
    const s = t.start[from]!;
    const e = t.end[to]!;
    out.push({ span: { start: s, end: e, text: text.slice(s, e) }, value, qualifier, vague });
  };
  let lastDate = -1;
  let i = 0;
  while (i < n) {
    let at = i;
    let qualifier: Qualifier = null;
    let phrase = idx.phrases.matchAt(t, i);
    if (phrase?.value.kind === "qualifier" && phrase.last + 1 < n && t.soft[phrase.last + 1]) {
      qualifier = phrase.value.qualifier;
      at = phrase.last + 1;
      phrase = idx.phrases.matchAt(t, at);
    }
    if (phrase && phrase.value.kind !== "qualifier") {
      const unit = phrase.last + 1 < n && t.soft[phrase.last + 1] && idx.units.matchAt(t, phrase.last + 1);
      if (!unit) push(i, phrase.last, phrase.value.kind === "phrase" ? phrase.value.value : null, qualifier, phrase.value.kind === "vague");
      i = phrase.last + 1;
      continue;
    }
    const r = readNumber(t, at, idx);
    if (r) {
      const why = notACount(t, r, idx, inName, lastDate);
      if (why === null) push(qualifier ? i : r.first, r.last, r.value, qualifier, false);
      else if (why === "date") lastDate = r.last;
      i = r.last + 1;
      continue;
    }
    i++;
  }
  return out;
}
