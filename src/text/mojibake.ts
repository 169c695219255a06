/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1
 * ("donâ€™t" for "don’t", "Ã©" for "é", "Â£" for "£"). Repair re-encodes
 * each run of high characters as the bytes they came from and decodes those
 * as UTF-8, one sequence at a time, keeping only sequences that give a
 * character of a script plausible in news text. What cannot be repaired but
 * still looks like garbage is reported, never guessed at.
 */
import { highByteOf } from "./cp1252.js";

export interface MojibakeRepair {
  text: string;
  /** How many UTF-8 sequences were put back together. */
  repaired: number;
  /** Up to a few `before → after` examples. */
  samples: string[];
}

const MAX_SAMPLES = 5;
/** Text can be mis-decoded twice ("Ã¢â‚¬â„¢"); each pass undoes one layer. */
const MAX_PASSES = 3;

/** Repairs every certain mojibake sequence in `text`. */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  const samples: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const r = repairPass(text, samples);
    repaired += r.repaired;
    text = r.text;
    if (r.repaired === 0) break;
  }
  return { text, repaired, samples };
}

/** `[start, end)` of the first run of characters that are cp1252 high bytes at or after `from`, or null. */
function nextHighRun(text: string, from: number): [number, number] | null {
  const n = text.length;
  let i = from;
  while (i < n && highByteOf(text.charCodeAt(i)) < 0) i++;
  if (i >= n) return null;
  let r = i;
  while (r < n && highByteOf(text.charCodeAt(r)) >= 0) r++;
  return [i, r];
}

function repairPass(text: string, samples: string[]): { text: string; repaired: number } {
  const out: string[] = [];
  let repaired = 0;
  let copied = 0;
  for (let run = nextHighRun(text, 0); run; ) {
    const [i, r] = run;
    const fixed = repairRun(text, i, r);
    if (fixed !== null) {
      out.push(text.slice(copied, i), fixed.text);
      copied = fixed.end;
      repaired += fixed.count;
      if (samples.length < MAX_SAMPLES) samples.push(`${text.slice(i, fixed.end)} → ${fixed.text}`);
    }
    // After a repair, what is left of the run is scanned again as a run of its own.
    run = nextHighRun(text, fixed !== null ? fixed.end : r);
  }
  if (repaired === 0) return { text, repaired };
  out.push(text.slice(copied));
  return { text: out.join(""), repaired };
}

/** Repairs the run of high characters `[start, end)`; null when nothing in it is certain. */
function repairRun(text: string, start: number, end: number): { text: string; end: number; count: number } | null {
  let out = "";
  let count = 0;
  let p = start;
  let runEnd = end;
  while (p < end) {
    const lead = highByteOf(text.charCodeAt(p));
    const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    const cp = need > 0 && p + need <= end ? decodeSequence(text, p, need, lead) : -1;
    if (cp >= 0 && isPlausible(cp)) {
      out += String.fromCodePoint(cp);
      count++;
      p += need;
      continue;
    }
    // "Â " where the no-break space of "Â\u00A0" was later turned into a plain space.
    if (lead === 0xc2 && p + 1 === end && text.charCodeAt(end) === 0x20) {
      out += " ";
      count++;
      p += 1;
      runEnd = end + 1;
      break;
    }
    out += text[p];
    p++;
  }
  return count > 0 ? { text: out, end: runEnd, count } : null;
}

/** The code point of the UTF-8 sequence whose bytes the characters at `p` stand for, or -1. */
function decodeSequence(text: string, p: number, need: number, lead: number): number {
  let cp = lead & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let k = 1; k < need; k++) {
    const b = highByteOf(text.charCodeAt(p + k));
    if (b < 0x80 || b > 0xbf) return -1;
    // Reject overlong forms, surrogates and values past U+10FFFF, like a strict decoder.
    if (k === 1) {
      if (lead === 0xe0 && b < 0xa0) return -1;
      if (lead === 0xed && b > 0x9f) return -1;
      if (lead === 0xf0 && b < 0x90) return -1;
      if (lead === 0xf4 && b > 0x8f) return -1;
    }
    cp = (cp << 6) | (b & 0x3f);
  }
  return cp;
}

/**
 * Scripts and symbols news text plausibly contains. Guards against legitimate
 * neighbours that happen to form valid UTF-8: German „Fuß“ has "ß“", bytes
 * DF 93, which would decode to an NKo letter.
 */
const PLAUSIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x017f], // Latin-1 supplement, Latin Extended-A
  [0x0218, 0x021b], // Romanian ș ț
  [0x02bc, 0x02dd], // modifier letters and spacing accents
  [0x0300, 0x036f], // combining diacritics
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x05d0, 0x05ea], // Hebrew letters
  [0x0600, 0x06ff], // Arabic
  [0x0900, 0x097f], // Devanagari
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // general punctuation: ’ “ ” – — … •
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x214f], // letterlike: ™ №
  [0x2190, 0x23ff], // arrows, maths, technical
  [0x2500, 0x27bf], // shapes, symbols, dingbats
  [0x3000, 0x30ff], // CJK punctuation, kana
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7af], // Hangul
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM ("ï»¿")
  [0xfffd, 0xfffd], // replacement character
  [0x1f000, 0x1faff], // emoji
];

function isPlausible(cp: number): boolean {
  for (const [lo, hi] of PLAUSIBLE) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Common punctuation that is legitimate next to anything. */
const COMMON_PUNCT = new Set("‘’“”–—…«»•€£¢¥§©®°±×·".split("").map((c) => c.charCodeAt(0)));

/**
 * Runs of high characters that still look like mojibake after repair:
 * any C1 control; "Â" or "Ã" (almost never legitimate) next to another
 * high character; or three or more high characters of which at least two
 * are symbols (U+00A1–U+00BF), as in "°®Âþµº".
 */
export function findUnrepairedMojibake(text: string): string[] {
  const found: string[] = [];
  for (let run = nextHighRun(text, 0); run; run = nextHighRun(text, run[1])) {
    const [i, r] = run;
    let c1 = false;
    let aHat = false;
    let symbols = 0;
    for (let k = i; k < r; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80 && c <= 0x9f) c1 = true;
      if (c === 0xc2 || c === 0xc3) aHat = true;
      if (c >= 0xa1 && c <= 0xbf && c !== 0xab && c !== 0xbb) symbols++;
      else if (!COMMON_PUNCT.has(c) && c >= 0x2000) symbols++; // ‚ ƒ „ † ‡ ˆ ‰ ‹ › ™ …
    }
    const len = r - i;
    if (c1 || (aHat && len >= 2) || (len >= 3 && symbols >= 2)) found.push(text.slice(i, r));
  }
  return found;
}
