/**
 * Stage 5: sentence spans over the clean text. One left-to-right scan; at
 * each cluster of terminators (. ! ? …) it decides from a bounded window of
 * text around it, so a 50 MB line or a 10,000-character token costs linear
 * time. Offsets index `text` in UTF-16 code units, and every span satisfies
 * `text.slice(start, end) === span.text`.
 *
 * A sentence ends
 * - at every newline (lines are paragraphs);
 * - after . ! ? … (and closing quotes/brackets after them) followed by space
 *   and a sentence start: upper-case letter, digit, opening quote/bracket;
 *   a full stop after an abbreviation or initial decides by the abbreviation
 *   lexicon (lexicons/abbreviations.json);
 * - where a space was lost: "official.The official", "attack.\"The",
 *   "of IS.which previously";
 * - at the last space before MAX_SENTENCE characters, when no full stop came
 *   sooner: a run-on line of that length is not prose (a table, a list, a
 *   dump without stops), and compromise's time grows much faster than
 *   linearly with the length of one sentence (64 KB: 2 s, 280 KB: over two
 *   minutes), so one such line would stall a worker.
 */
import type { Span } from "../types.js";
import { abbreviationLexicon, type AbbreviationLexicon } from "./abbreviations.js";

const TERMINATORS = new Set([".", "!", "?", "\u2026"]);
/** Closing quotes and brackets that stay with the sentence they end: `."`, `.”`, `.)`. */
const CLOSERS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", ")", "]"]);
/** Characters a token never extends back over (the "(" of "(approx."). */
const TOKEN_STOPS = new Set(["(", "[", "{", '"', "\u201C", "\u2018", "\u00AB"]);
/** Characters that can open a sentence besides letters and digits. */
const OPENERS = new Set(['"', "'", "\u201C", "\u2018", "\u00AB", "(", "["]);
/** Bound on look-behind and look-ahead: abbreviations and function words are short. */
const WINDOW = 40;
/** Longest sentence, in UTF-16 code units; real news sentences stay far below. */
export const MAX_SENTENCE = 2000;

/** Splits `text` into trimmed, non-empty, ordered sentence spans. */
export function splitSentences(text: string): Span[] {
  const lex = abbreviationLexicon();
  const spans: Span[] = [];
  const n = text.length;
  let sentStart = 0;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (isNewline(c)) {
      pushSpan(text, sentStart, i, spans);
      sentStart = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && TERMINATORS.has(text[j]!)) j++;
    let k = j;
    while (k < n && CLOSERS.has(text[k]!)) k++;
    if (endsSentence(text, sentStart, i, j, k, lex)) {
      pushSpan(text, sentStart, k, spans);
      sentStart = k;
    }
    i = k;
  }
  pushSpan(text, sentStart, n, spans);
  return spans;
}

/**
 * Whether the terminators `[i, j)` plus closers `[j, k)` end the sentence
 * that began at `sentStart`.
 */
function endsSentence(text: string, sentStart: number, i: number, j: number, k: number, lex: AbbreviationLexicon): boolean {
  const n = text.length;
  // End of text and newlines end the sentence anyway.
  if (k >= n || isNewline(text[k]!)) return false;
  if (!isSpace(text[k]!)) return isGluedBoundary(text, i, j, k, lex);
  let m = k;
  while (m < n && isSpace(text[m]!) && !isNewline(text[m]!)) m++;
  if (m >= n || isNewline(text[m]!)) return false;
  if (!isSentenceStart(text, m)) return false; // "... we will respond", "?" he asked
  // Only a lone full stop right before the space can belong to an abbreviation.
  if (j - i !== 1 || text[i] !== "." || k !== j) return true;
  return !isAbbreviationStop(text, sentStart, i, m, lex);
}

/** True when the "." at `i` belongs to an abbreviation, initial or list marker and so ends no sentence; `m` is where the next word starts. */
function isAbbreviationStop(text: string, sentStart: number, i: number, m: number, lex: AbbreviationLexicon): boolean {
  const tokStart = tokenStart(text, i);
  if (tokStart < 0 || tokStart === i) return false;
  const token = text.slice(tokStart, i);
  const kind = lex.kinds.get(token.toLowerCase() + ".");
  switch (kind) {
    case "title":
    case "common":
      return true; // "Gen. Smith", "approx. 300"
    case "number":
      return isDigit(text[m]!); // "No. 3" but "said no. The"
    case "final":
      return !startsWithStarter(text, m, lex); // "U.S. forces" but "the U.S. The"
    case undefined:
      break;
  }
  // Initials ("John F. Kennedy") and dotted acronyms ("N.Y.") act like final abbreviations.
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{L}\.){1,6}\p{L}$/u.test(token)) return !startsWithStarter(text, m, lex);
  // A list marker opening the sentence: "1. Attacks on bases".
  if (/^(?:\d{1,3}|[a-z])$/.test(token) && onlySpaceBetween(text, sentStart, tokStart)) return true;
  return false;
}

/**
 * A sentence end with no space after it:
 * - "official.The official", "attack?The", "attack.\"The": a lower-case
 *   letter or digit, terminator, closers, then a capitalised word;
 * - "IS.which previously", "IS.The group": an acronym, ".", then a glue
 *   word or a capitalised word.
 * URLs and e-mail addresses ("www.Example.com") are left alone.
 */
function isGluedBoundary(text: string, i: number, j: number, k: number, lex: AbbreviationLexicon): boolean {
  if (j - i !== 1 || i === 0) return false; // "...The" after an ellipsis is too unsure
  // Cheap tests on the next word first: most glued full stops are in "1.5", "a.m." or "U.S.-led".
  const word = wordAt(text, k);
  if (word === null || word.length === 0) return false;
  // "The", or a one-letter starter like "A".
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word) || lex.sentenceStarters.has(word);
  if (!capitalised && !lex.acronymGlueWords.has(word)) return false;
  const afterWord = text[k + word.length];
  if (afterWord === "@" || afterWord === "/" || (afterWord === "." && isLetter(text[k + word.length + 1]))) return false;
  const tokStart = tokenStart(text, i);
  if (tokStart < 0 || tokStart === i) return false;
  const token = text.slice(tokStart, i);
  if (/[/@:]/.test(token) || /^www\./i.test(token)) return false;

  const kind = text[i] === "." ? lex.kinds.get(token.toLowerCase() + ".") : undefined;
  if (kind === "title" || kind === "common" || kind === "number") return false; // "Mr.Smith"
  if (kind === "final") return capitalised && lex.sentenceStarters.has(word); // "p.m.The"

  const core = stripTrailingClosers(token);
  const last = core[core.length - 1];
  if (last !== undefined && (isLower(last) || isDigit(last)) && capitalised) return true;
  if (text[i] === "." && k === j && /^\p{Lu}[\p{Lu}\d]{1,9}$/u.test(core)) {
    return capitalised || lex.acronymGlueWords.has(word);
  }
  return false;
}

/** Start of the token that ends at `end` (exclusive), or -1 when it is longer than WINDOW. */
function tokenStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && !isSpace(text[s - 1]!) && !TOKEN_STOPS.has(text[s - 1]!)) {
    s--;
    if (end - s > WINDOW) return -1;
  }
  return s;
}

/** The letters starting at `at`, or null when longer than WINDOW. */
function wordAt(text: string, at: number): string | null {
  let e = at;
  while (e < text.length && isLetter(text[e])) {
    e++;
    if (e - at > WINDOW) return null;
  }
  return text.slice(at, e);
}

function startsWithStarter(text: string, at: number, lex: AbbreviationLexicon): boolean {
  const word = wordAt(text, at);
  return word !== null && lex.sentenceStarters.has(word);
}

function stripTrailingClosers(token: string): string {
  let e = token.length;
  while (e > 0 && CLOSERS.has(token[e - 1]!)) e--;
  return token.slice(0, e);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from > WINDOW) return false;
  for (let p = from; p < to; p++) if (!isSpace(text[p]!)) return false;
  return true;
}

function isSentenceStart(text: string, at: number): boolean {
  const ch = text[at]!;
  if (OPENERS.has(ch) || isDigit(ch)) return true;
  const cp = String.fromCodePoint(text.codePointAt(at)!);
  // Upper-case, or a letter of a script without case (Arabic, CJK).
  return /^[\p{Lu}\p{Lt}\p{Lo}]$/u.test(cp);
}

function pushSpan(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushSpan(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Where to cut a run-on sentence that starts at `start` and must end by
 * `limit`: after the last space in its second half, else at `limit` itself
 * (moved back one so a surrogate pair, an emoji, stays whole).
 */
function cutPoint(text: string, start: number, limit: number): number {
  for (let p = limit; p > start + MAX_SENTENCE / 2; p--) if (isSpace(text[p]!)) return p;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

function isNewline(c: string): boolean {
  return c === "\n" || c === "\u2028" || c === "\u2029";
}

function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isLower(c: string): boolean {
  return /\p{Ll}/u.test(c);
}
