/**
 * Word tokens over an immutable text, and a longest-match phrase matcher
 * built once per lexicon.
 *
 * Tokens keep their `[start, end)` offsets into the original text, so every
 * match is a real slice of it. Normalisation, applied alike to aliases and
 * text: lower case, diacritics stripped, apostrophes inside a word dropped
 * ("Kata'ib" = "Kataib"), possessive "'s" kept as its own token, hyphens,
 * slashes and spaces all just separate words ("al-Asad" = "al Asad"),
 * dotted abbreviations collapsed ("U.S." = "US").
 *
 * Alias tokens written in short capitals ("KH", "IS", "US") match only text
 * in the same capitals; aliases marked exact-case must match the case as
 * written, and a one-word exact-case alias ("Hit") never matches first in a
 * sentence, where every word is capitalised.
 *
 * The matchers of a loaded lexicon are built in lexiconMatchers.ts.
 */

/** Word tokens of one text, as parallel arrays (cheap to build and index). */
export interface Tokens {
  text: string;
  start: number[];
  end: number[];
  /** Lower-cased, diacritic-free form used for lookups. */
  norm: string[];
  /** The token's characters as written, minus apostrophes and abbreviation dots. */
  raw: string[];
  /** True when only spaces, hyphens or slashes separate token k from k-1. */
  soft: boolean[];
}

export interface AliasRow<T> {
  alias: string;
  value: T;
  /** Match case exactly and never at a sentence start (for names such as "Hit"). */
  exactCase?: boolean;
}

export interface AliasMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
  alias: string;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
}

const APOSTROPHES = new Set(["'", "\u2019", "\u2018", "\u02bc", "\u02bb", "\u02bf", "\u02be", "`", "\u00b4", "\u2032"]);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const ABBREVIATION = /(?:\p{L}\.){2,}|\p{L}\.\p{L}(?![\p{L}\p{N}])/uy;
const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", '"', "\u201c", "\u201d", "(", "[", "\n", "\u2014", "-"]);

function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !APOSTROPHES.has(ch) && NON_ASCII_WORD.test(ch);
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i), text[i]!);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Lower-case and strip diacritics. */
export function foldCase(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

let lastText: string | null = null;
let lastTokens: Tokens | null = null;

/** Whether text[from, to) holds only spaces, hyphens and slashes (no line break). */
function softGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45 || c === 47 || c === 9 || c === 0xa0 || (c >= 0x2010 && c <= 0x2013)) continue;
    return false;
  }
  return true;
}

/** Split a text into word tokens (memoised for the last text seen). */
export function tokenize(text: string): Tokens {
  if (text === lastText && lastTokens) return lastTokens;
  const t: Tokens = { text, start: [], end: [], norm: [], raw: [], soft: [] };
  const n = text.length;
  let i = 0;
  const push = (s: number, e: number, raw: string, ascii: boolean) => {
    const k = t.start.length;
    t.soft.push(k > 0 && softGap(text, t.end[k - 1]!, s));
    t.start.push(s);
    t.end.push(e);
    t.raw.push(raw);
    t.norm.push(ascii ? raw.toLowerCase() : foldCase(raw));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !isWordCode(c, text[i]!)) {
      if ((c === 39 || c >= 128) && APOSTROPHES.has(text[i]!) && isWordAt(text, i - 1) && (text[i + 1] === "s" || text[i + 1] === "S") && !isWordAt(text, i + 2)) {
        push(i, i + 2, "'s", true); // possessive: "Yemen's" -> "Yemen" + "'s"
        i += 2;
      } else i++;
      continue;
    }
    if (text.charCodeAt(i + 1) === 46 && !isWordAt(text, i - 1)) {
      ABBREVIATION.lastIndex = i;
      const m = ABBREVIATION.exec(text);
      if (m) {
        push(i, i + m[0].length, m[0].replace(/\./g, ""), false); // "U.S." -> "US"
        i += m[0].length;
        continue;
      }
    }
    let j = i + 1;
    let joined = false;
    let ascii = c < 128;
    while (j < n) {
      const cj = text.charCodeAt(j);
      if ((cj >= 97 && cj <= 122) || (cj >= 65 && cj <= 90) || (cj >= 48 && cj <= 57)) {
        j++;
      } else if (cj >= 128 && isWordCode(cj, text[j]!)) {
        ascii = false;
        j++;
      } else if ((cj === 39 || cj >= 128) && APOSTROPHES.has(text[j]!) && isWordAt(text, j + 1)) {
        if ((text[j + 1] === "s" || text[j + 1] === "S") && !isWordAt(text, j + 2)) break; // possessive
        joined = true; // "Kata'ib" -> "Kataib"
        j++;
      } else if ((cj === 44 || cj === 46) && isDigitAt(text, j - 1) && j + 1 < n && isDigitAt(text, j + 1)) {
        j++; // "1,200", "1.5"
      } else break;
    }
    let raw = text.slice(i, j);
    if (joined) raw = [...raw].filter((ch) => !APOSTROPHES.has(ch)).join("");
    push(i, j, raw, ascii);
    i = j;
  }
  lastText = text;
  lastTokens = t;
  return t;
}

/** An alias's words as written and normalised, and its key (the normalised words joined by spaces). */
export interface AliasForm {
  raw: readonly string[];
  norm: readonly string[];
  key: string;
}

const aliasCache = new Map<string, AliasForm>();
/** Most aliases are plain: ASCII letters and digits between spaces, hyphens and slashes. */
const PLAIN_ALIAS = /^[A-Za-z0-9 /-]*$/;
const ALNUM_RUN = /[A-Za-z0-9]+/g;

/**
 * Words and key of an alias, memoised: loading, matching and fuzzy indexes
 * all need them. A plain alias's words are just its letter-and-digit runs,
 * which is what `tokenize` makes of it; built-in string methods find them
 * several times faster than `tokenize` runs before V8 has optimised it, and
 * thousands of aliases are read once at every start.
 */
export function aliasForm(alias: string): AliasForm {
  let form = aliasCache.get(alias);
  if (!form) {
    let raw: string[], norm: string[];
    if (PLAIN_ALIAS.test(alias)) {
      raw = alias.match(ALNUM_RUN) ?? [];
      norm = alias.toLowerCase().match(ALNUM_RUN) ?? [];
    } else ({ raw, norm } = tokenize(alias));
    form = { raw, norm, key: norm.join(" ") };
    if (aliasCache.size >= 100_000) aliasCache.clear();
    aliasCache.set(alias, form);
  }
  return form;
}

/** Normalised key of a phrase: its token norms joined by single spaces. */
/** Normalised form without separators: "Ayn al-Assad" -> "aynalassad" (here, not with the fuzzy matcher, so that comparing lexicons does not load it). */
export function compactForm(s: string): string {
  return normalizeAlias(s).replace(/ /g, "");
}

export function normalizeAlias(alias: string): string {
  return aliasForm(alias).key;
}

/** A token written in short capitals ("KH", "US", "U.S.") must match case. */
function isShortCaps(raw: string): boolean {
  return raw.length <= 3 && /^[A-Z][A-Z0-9]*$/.test(raw) && /[A-Z].*[A-Z]|^[A-Z]$/.test(raw);
}

/** Whether the token at `k` begins a sentence (nothing but openers before it). */
export function isSentenceInitial(tokens: Tokens, k: number): boolean {
  const text = tokens.text;
  for (let i = tokens.start[k]! - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === "\u00a0" || ch === "'" || ch === "\u2018") continue;
    return SENTENCE_OPENERS.has(ch);
  }
  return true;
}

interface Term<T> {
  value: T;
  alias: string;
  /** Per token: the raw form that must match exactly, or null for any case. */
  exact: (string | null)[] | null;
  /** One-word exact-case alias: refused at a sentence start. */
  notInitial: boolean;
  shouty: boolean;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  terms: Term<T>[] | null;
}

function isAllCapsWord(raw: string | undefined): boolean {
  return raw !== undefined && /^[A-Z]+$/.test(raw);
}

/** Longest-match, word-boundary matcher over a fixed list of aliases. */
export class AliasMatcher<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  /** Results per token list: the find* functions of one sentence share them. */
  private readonly memo = new WeakMap<Tokens, readonly AliasMatch<T>[]>();
  readonly size: number;

  constructor(rows: Iterable<AliasRow<T>>) {
    let size = 0;
    for (const row of rows) {
      const tk = aliasForm(row.alias);
      if (tk.norm.length === 0) continue;
      const exactCase = row.exactCase === true;
      const caps = tk.raw.map((r) => (exactCase || isShortCaps(r) ? r : null));
      const term: Term<T> = {
        value: row.value,
        alias: row.alias,
        exact: caps.some((c) => c !== null) ? caps : null,
        notInitial: exactCase && tk.raw.length === 1,
        shouty: tk.raw.length === 1 && caps[0] !== null && !exactCase,
      };
      let map = this.root;
      let node: TrieNode<T> | undefined;
      for (const w of tk.norm) {
        node = map.get(w);
        if (!node) {
          node = { next: null, terms: null };
          map.set(w, node);
        }
        map = node.next ??= new Map();
      }
      const terms = (node!.terms ??= []);
      if (!terms.some((x) => x.value === term.value && sameExact(x.exact, term.exact))) {
        terms.push(term);
        size++;
      }
    }
    this.size = size;
  }

  /** Every longest, non-overlapping match, left to right. */
  match(text: string): readonly AliasMatch<T>[] {
    return this.matchTokens(tokenize(text));
  }

  /** As `match`, over tokens already made (the result is shared: do not mutate). */
  matchTokens(tokens: Tokens): readonly AliasMatch<T>[] {
    const known = this.memo.get(tokens);
    if (known) return known;
    const out: AliasMatch<T>[] = [];
    const n = tokens.norm.length;
    for (let i = 0; i < n; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    this.memo.set(tokens, out);
    return out;
  }

  /** The longest match starting exactly at token `i`, or null. */
  matchAt(tokens: Tokens, i: number): AliasMatch<T> | null {
    let node = this.root.get(tokens.norm[i]!);
    let best: Term<T> | null = null;
    let bestLast = -1;
    let k = i;
    while (node) {
      if (node.terms) {
        for (const term of node.terms) {
          if (this.accepts(term, tokens, i, k)) {
            best = term;
            bestLast = k;
            break;
          }
        }
      }
      k++;
      if (!node.next || k >= tokens.norm.length || !tokens.soft[k]) break;
      node = node.next.get(tokens.norm[k]!);
    }
    if (!best) return null;
    const start = tokens.start[i]!;
    const end = tokens.end[bestLast]!;
    return { start, end, text: tokens.text.slice(start, end), value: best.value, alias: best.alias, first: i, last: bestLast };
  }

  private accepts(term: Term<T>, tokens: Tokens, i: number, k: number): boolean {
    if (term.exact) {
      for (let j = i; j <= k; j++) {
        const want = term.exact[j - i];
        if (want != null && tokens.raw[j] !== want) return false;
      }
    }
    if (term.notInitial && isSentenceInitial(tokens, i)) return false;
    // "THIS IS A TEST": a capitals-only alias inside shouted text is just a word.
    if (term.shouty) {
      const prev = tokens.raw[i - 1], next = tokens.raw[k + 1];
      if (isAllCapsWord(prev) && isAllCapsWord(next) && prev!.length + next!.length > 2) return false;
    }
    return true;
  }
}

function sameExact(a: (string | null)[] | null, b: (string | null)[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Build a matcher once; keep it with the lexicon it came from. */
export function buildAliasMatcher<T>(rows: Iterable<AliasRow<T>>): AliasMatcher<T> {
  return new AliasMatcher(rows);
}
