/**
 * Fuzzy fallback for capitalised names that no alias matched exactly
 * ("Ayn al-Asaad Air Base", "Kataib Hizbullahh").
 *
 * A candidate is a run of capitalised tokens (with Arabic particles such as
 * "al" inside). Its compact form (normalised, separators removed) is compared
 * with the compact forms of the lexicon's aliases that share its first letter,
 * by natural's Jaro–Winkler similarity; a hit also needs a small
 * (restricted) Damerau–Levenshtein distance, and must not be a word derived
 * from a name ("Kirkuki", "Hezbollahi", "Hadith" for "Haditha"), because
 * Jaro–Winkler alone rates such words close to the name. Phrases that are
 * exact aliases anywhere (any lexicon, demonyms included) are never
 * fuzzy-matched. Results are memoised per index.
 */
import { createRequire } from "node:module";
import type * as NaturalDistance from "natural/lib/natural/distance/index.js";
import type { Lexicons } from "./loadLexicons.js";
import { compactForm, normalizeAlias, type Tokens } from "./matchAliases.js";

/**
 * natural's distance functions, loaded on first use: a command that only
 * compares lexicon changes (`sitrep extract` with nothing to do) never
 * measures a distance, and loading them costs a tenth of a second.
 */
let distances: typeof NaturalDistance | undefined;
function natural(): typeof NaturalDistance {
  return (distances ??= createRequire(import.meta.url)("natural/lib/natural/distance/index.js") as typeof NaturalDistance);
}
const JaroWinklerDistance: typeof NaturalDistance.JaroWinklerDistance = (...args) => natural().JaroWinklerDistance(...args);
const DamerauLevenshteinDistance: typeof NaturalDistance.DamerauLevenshteinDistance = (...args) => natural().DamerauLevenshteinDistance(...args);

/**
 * Minimum Jaro–Winkler similarity of compact forms, measured on the variant
 * table of test/lexicon/fuzzyMatch.test.ts: the true variants score 0.925
 * ("Hudeidah"/"Hodeidah") to 0.99; the closest wrong pair that passes the
 * edit-distance guard, "Suleimani" (the general) against "Sulaimani" (the
 * city), scores 0.904 (it is now also a known name). 0.92 sits in the gap.
 */
export const FUZZY_THRESHOLD = 0.92;
/** Shorter compact forms are never fuzzy-matched ("Hama" vs "Hamas"). */
export const FUZZY_MIN_LENGTH = 6;

/** Edits allowed for a compact form of this length (1 up to 7 letters, 2 up to 12, else 3). */
export function maxEdits(length: number): number {
  return length <= 7 ? 1 : length <= 12 ? 2 : 3;
}

export { compactForm };

/** Jaro–Winkler similarity (0..1) of two compact forms. */
export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b);
}

export interface FuzzyHit<T> {
  value: T;
  alias: string;
  score: number;
}

interface Target<T> {
  compact: string;
  value: T;
  alias: string;
}

const CACHE_LIMIT = 50_000;

/** Aliases bucketed by first letter, with a memo of past lookups. */
export class FuzzyIndex<T> {
  private readonly byFirst = new Map<string, Target<T>[]>();
  private readonly cache = new Map<string, FuzzyHit<T> | null>();

  constructor(
    rows: Iterable<{ alias: string; value: T }>,
    private readonly known: Set<string>,
    readonly threshold = FUZZY_THRESHOLD,
  ) {
    const seen = new Set<string>(); // the first alias with a compact form keeps it
    for (const r of rows) {
      const compact = compactForm(r.alias);
      if (compact.length < FUZZY_MIN_LENGTH - 1 || seen.has(compact)) continue;
      seen.add(compact);
      const list = this.byFirst.get(compact[0]!);
      if (list) list.push({ compact, value: r.value, alias: r.alias });
      else this.byFirst.set(compact[0]!, [{ compact, value: r.value, alias: r.alias }]);
    }
  }

  /** Best alias for a phrase as written, or null when none is close enough. */
  lookup(phrase: string): FuzzyHit<T> | null {
    const key = normalizeAlias(phrase);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const result = this.compute(key);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  private compute(key: string): FuzzyHit<T> | null {
    const compact = key.replace(/ /g, "");
    if (compact.length < FUZZY_MIN_LENGTH || this.known.has(key) || STOPWORDS.has(key)) return null;
    const edits = maxEdits(compact.length);
    const bucket = this.byFirst.get(compact[0]!) ?? [];
    if (bucket.some((t) => isDerived(compact, t.compact))) return null; // a word derived from some name
    let best: FuzzyHit<T> | null = null;
    for (const t of bucket) {
      if (Math.abs(t.compact.length - compact.length) > edits) continue;
      const score = similarity(compact, t.compact);
      if (score < this.threshold || (best && score <= best.score)) continue;
      if (DamerauLevenshteinDistance(compact, t.compact, { restricted: true }) > edits) continue;
      best = { value: t.value, alias: t.alias, score };
    }
    return best;
  }
}

/** Endings that derive a new word from a name ("Kirkuki", "Washingtonian", "Houthiya"). */
const DERIVING_ENDINGS = new Set(["i", "is", "ia", "ian", "ians", "iya", "iyah", "iyya", "ya", "s", "es", "ite", "ites", "ist", "ists", "ese", "an", "ans"]);

/**
 * A derived word, not a misspelling: the candidate is a name plus a
 * deriving ending ("kirkuki"), or a name cut short ("hadith" for "haditha").
 */
function isDerived(candidate: string, alias: string): boolean {
  if (candidate.length < alias.length) return alias.startsWith(candidate);
  return candidate.length > alias.length && candidate.startsWith(alias) && DERIVING_ENDINGS.has(candidate.slice(alias.length));
}

/** Words that join a capitalised name: "Ain al-Asad", "Gulf of Aden". */
const PARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "er", "es", "bin", "ibn", "of", "in", "de", "du"]);
/** Capitalised words that are not names. */
const STOPWORDS = new Set(
  ("the a an in on at of by for from with and or but as to this that these those it its he she they we " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december however meanwhile earlier later according officials " +
    "official statement reuters associated press").split(" "),
);
const MAX_RUN = 8;
const MAX_SPAN = 5;

function isCapitalised(raw: string): boolean {
  const ch = raw[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export interface FuzzySpan<T> extends FuzzyHit<T> {
  start: number;
  end: number;
  text: string;
  first: number;
  last: number;
}

/**
 * Fuzzy matches among the capitalised runs of `tokens`, leftmost-longest.
 * Tokens in `blocked` (names of another lexicon) never take part. A fuzzy
 * span may swallow whole exact matches of its own lexicon (`own`: "Katayb
 * Hezbollah" swallows "Hezbollah") but must not cut one, must not be one,
 * and must hold at least one token no exact match covers; a hit that only
 * lengthens an exact match of the same entry ("White House He") is dropped.
 * Stopwords never start or end a candidate ("A Hashed al-Shaabi").
 */
export function fuzzyFind<T>(
  tokens: Tokens,
  index: FuzzyIndex<T>,
  blocked: Uint8Array,
  own: readonly { first: number; last: number; value?: unknown }[],
): FuzzySpan<T>[] {
  const out: FuzzySpan<T>[] = [];
  const n = tokens.norm.length;
  const label = new Int32Array(n);
  own.forEach((m, id) => label.fill(id + 1, m.first, m.last + 1));
  const fits = (a: number, b: number): boolean => {
    const la = label[a]!, lb = label[b]!;
    if (la && own[la - 1]!.first !== a) return false;
    if (lb && own[lb - 1]!.last !== b) return false;
    if (STOPWORDS.has(tokens.norm[a]!) || STOPWORDS.has(tokens.norm[b]!)) return false;
    let free = 0;
    for (let k = a; k <= b; k++) if (!label[k]) free += tokens.norm[k]!.length;
    return free >= 3;
  };
  const swallowsSame = (a: number, b: number, value: T): boolean => {
    for (let k = a; k <= b; k++) if (label[k] && (own[label[k]! - 1] as { value?: unknown }).value === value) return true;
    return false;
  };
  let i = 0;
  while (i < n) {
    if (blocked[i] || !isCapitalised(tokens.raw[i]!)) {
      i++;
      continue;
    }
    // Grow the run of capitalised words and particles.
    let j = i;
    while (
      j + 1 < n && j + 1 - i < MAX_RUN && !blocked[j + 1] && tokens.soft[j + 1] &&
      (isCapitalised(tokens.raw[j + 1]!) || PARTICLES.has(tokens.norm[j + 1]!))
    ) j++;
    while (j > i && !isCapitalised(tokens.raw[j]!)) j--;
    let a = i;
    while (a <= j) {
      let found: FuzzySpan<T> | null = null;
      if (isCapitalised(tokens.raw[a]!)) {
        for (let b = Math.min(j, a + MAX_SPAN - 1); b >= a && !found; b--) {
          if (!isCapitalised(tokens.raw[b]!) || !fits(a, b)) continue;
          const start = tokens.start[a]!;
          const end = tokens.end[b]!;
          const text = tokens.text.slice(start, end);
          const hit = index.lookup(text);
          if (hit && !swallowsSame(a, b, hit.value)) found = { ...hit, start, end, text, first: a, last: b };
        }
      }
      if (found) {
        out.push(found);
        a = found.last + 1;
      } else a++;
    }
    i = j + 1;
  }
  return out;
}

const knownCache = new WeakMap<Lexicons, Set<string>>();

/** Normalised aliases of every lexicon (and demonyms): never fuzzy candidates. */
export function knownPhrases(lex: Lexicons): Set<string> {
  let known = knownCache.get(lex);
  if (!known) {
    known = new Set<string>();
    for (const e of lex.gazetteer) for (const a of [...e.aliases, ...e.demonyms]) known.add(normalizeAlias(a));
    for (const e of lex.actors) for (const a of e.aliases) known.add(normalizeAlias(a));
    for (const e of lex.weapons) for (const a of e.terms) known.add(normalizeAlias(a));
    knownCache.set(lex, known);
  }
  return known;
}

/** Mark tokens `[first, last]` of each match as covered. */
export function coverTokens(covered: Uint8Array, matches: Iterable<{ first: number; last: number }>): Uint8Array {
  for (const m of matches) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  return covered;
}

/**
 * Compact forms of every phrase `fuzzyFind` could look up in `tokens`, for
 * any lexicon: each span of at most MAX_SPAN soft-joined capitalised words
 * and particles that starts and ends with a capitalised non-stopword. It
 * ignores what blocks or covers tokens (that depends on the lexicon), so it
 * is a superset; `sitrep extract` uses it to rule out articles a changed
 * entry cannot reach.
 */
export function fuzzyCandidates(tokens: Tokens): string[] {
  const out: string[] = [];
  const n = tokens.norm.length;
  for (let a = 0; a < n; a++) {
    if (!isCapitalised(tokens.raw[a]!) || STOPWORDS.has(tokens.norm[a]!)) continue;
    let compact = "";
    for (let b = a; b < n && b - a < MAX_SPAN; b++) {
      if (b > a && (!tokens.soft[b] || !(isCapitalised(tokens.raw[b]!) || PARTICLES.has(tokens.norm[b]!)))) break;
      compact += tokens.norm[b]!;
      if (compact.length >= FUZZY_MIN_LENGTH && isCapitalised(tokens.raw[b]!) && !STOPWORDS.has(tokens.norm[b]!)) out.push(compact);
    }
  }
  return out;
}

/**
 * Whether a phrase (compact form) could be fuzzy-matched to an alias
 * (compact form), or be refused as a word derived from it: the two
 * ways an alias takes part in a fuzzy lookup (see FuzzyIndex.compute).
 */
export function mayFuzzyConcern(candidate: string, alias: string): boolean {
  if (candidate.length < FUZZY_MIN_LENGTH || candidate[0] !== alias[0]) return false;
  if (isDerived(candidate, alias)) return true;
  const edits = maxEdits(candidate.length);
  if (Math.abs(alias.length - candidate.length) > edits) return false;
  // Each edit changes the letter counts by at most two: a cheap test before the costly ones.
  if (letterCountDistance(candidate, alias) > 2 * edits) return false;
  return similarity(candidate, alias) >= FUZZY_THRESHOLD && DamerauLevenshteinDistance(candidate, alias, { restricted: true }) <= edits;
}

/** The longest deriving ending: a form that much shorter than a phrase may be what it derives from. */
const LONGEST_ENDING = Math.max(...[...DERIVING_ENDINGS].map((e) => e.length));

/**
 * Compact alias forms, indexed so that `concerns(phrase)` answers "does
 * `mayFuzzyConcern(phrase, c)` hold for some form c?" while testing only the
 * forms that can pass it: those of the phrase's first letter whose length is
 * close (a misspelling) or shorter by up to an ending (the phrase derived
 * from them), and the longer ones that start with the phrase (it is cut
 * short; found by binary search). One changed entry can expand to a hundred
 * forms, and a large corpus holds tens of thousands of phrases.
 */
export class FuzzyConcernIndex {
  private readonly sorted: string[];
  private readonly buckets = new Map<string, string[]>();

  constructor(compacts: Iterable<string>) {
    this.sorted = [...new Set(compacts)].filter(Boolean).sort();
    for (const c of this.sorted) {
      const key = `${c[0]}${c.length}`;
      const list = this.buckets.get(key);
      if (list) list.push(c);
      else this.buckets.set(key, [c]);
    }
  }

  concerns(phrase: string): boolean {
    const n = phrase.length;
    if (n < FUZZY_MIN_LENGTH) return false;
    const edits = maxEdits(n);
    for (let len = n - Math.max(edits, LONGEST_ENDING); len <= n + edits; len++)
      for (const c of this.buckets.get(`${phrase[0]}${len}`) ?? []) if (mayFuzzyConcern(phrase, c)) return true;
    let lo = 0, hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < phrase) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.sorted.length && this.sorted[k]!.startsWith(phrase); k++) if (mayFuzzyConcern(phrase, this.sorted[k]!)) return true;
    return false;
  }
}

const counts = new Int16Array(64);

/** L1 distance of the two strings' letter counts, letters bucketed by code mod 64 (never more than the true distance). */
function letterCountDistance(a: string, b: string): number {
  counts.fill(0);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 63]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 63]!--;
  let d = 0;
  for (let i = 0; i < 64; i++) d += Math.abs(counts[i]!);
  return d;
}
