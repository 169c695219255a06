/**
 * Value normalisation for the scorer, as SCORING.md "Normalising values"
 * defines it: places and actors become word sets (lower-cased, accents,
 * apostrophes and punctuation stripped, stop-words dropped, doubled letters
 * collapsed) that are compared loosely — equal sets, or one a non-empty
 * subset of the other, either as spelled or with the vowels removed.
 * Countries are compared as sets that must overlap.
 */

/**
 * Words dropped from places before comparing (SCORING.md). They are the
 * Arabic articles and the generic "base / airport / site" words that
 * writers add or leave out at will ("Al-Asad airbase" vs "Ain al-Asad Air
 * Base"), so they carry no identity of their own.
 */
export const PLACE_STOP_WORDS: ReadonlySet<string> = new Set([
  "al",
  "el",
  "ain",
  "ayn",
  "air",
  "base",
  "airbase",
  "airport",
  "international",
  "mission",
  "support",
  "site",
  "the",
]);

/**
 * Words dropped from actors: the place stop-words plus the generic group
 * nouns ("Kataib Hezbollah group", "Houthi forces") that do not change who
 * the actor is (SCORING.md).
 */
export const ACTOR_STOP_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_STOP_WORDS,
  "group",
  "militia",
  "militias",
  "forces",
]);

/** Canonical token for the Houthis, whatever name the text uses. */
const HOUTHIS = "houthis";
/** Canonical token for the United States (U.S., United States, American). */
const US = "us";

/**
 * Lower-case, strip accents and apostrophes, turn every other non-letter
 * non-digit into a space, and split into words. Runs of single letters are
 * joined into one word, because "U.S." with punctuation stripped is "u s"
 * when the dot becomes a space but "us" when it is deleted; joining makes
 * both readings the same word.
 */
function baseWords(s: string): string[] {
  const folded = s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    // Apostrophes vanish rather than split, so "Kata'ib" is "kataib".
    .replace(/['’‘ʼʻʽʾʿ`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (folded === "") return [];
  const words = folded.split(" ");
  const out: string[] = [];
  let initials = "";
  for (const w of words) {
    if (/^[a-z]$/.test(w)) {
      initials += w;
      continue;
    }
    if (initials !== "") out.push(initials);
    initials = "";
    out.push(w);
  }
  if (initials !== "") out.push(initials);
  return out;
}

/** Collapse runs of a repeated letter to one ("assad" → "asad"). */
function collapseDoubles(w: string): string {
  return w.replace(/(.)\1+/g, "$1");
}

/** Place word list: base words minus stop-words, doubled letters collapsed. */
function placeWords(s: string): string[] {
  return baseWords(s)
    .filter((w) => !PLACE_STOP_WORDS.has(w))
    .map(collapseDoubles);
}

/**
 * Actor word list. Multi-word aliases are rewritten before stop-words are
 * dropped, so that "ansar allah" and "united states" are recognised while
 * their words are still intact.
 */
function actorWords(s: string): string[] {
  const words = baseWords(s);
  const merged: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === "ansar" && next === "allah") {
      merged.push(HOUTHIS);
      i++;
    } else if (w === "united" && next === "states") {
      merged.push(US);
      i++;
    } else if (w === "houthi" || w === "houthis" || w === "ansarallah") {
      merged.push(HOUTHIS);
    } else if (w === "american" || w === "us") {
      merged.push(US);
    } else if (w === "kataeb") {
      merged.push("kataib");
    } else {
      merged.push(w);
    }
  }
  return merged.filter((w) => !ACTOR_STOP_WORDS.has(w)).map(collapseDoubles);
}

/**
 * Normalised form of a place: its remaining words joined by single spaces,
 * in text order ("Ain al-Assad Air Base" → "asad"). May be "" when only
 * stop-words were present.
 */
export function normalizePlace(s: string): string {
  return placeWords(s).join(" ");
}

/**
 * Normalised form of an actor: its remaining words joined by single
 * spaces, aliases canonicalised ("Ansar Allah" → "houthis", "U.S." → "us").
 */
export function normalizeActor(s: string): string {
  return actorWords(s).join(" ");
}

/** Remove vowels from a word, keeping it as is if nothing would be left. */
function devowel(w: string): string {
  const d = w.replace(/[aeiou]/g, "");
  return d === "" ? w : d;
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Equal sets, or one a non-empty subset of the other. */
function setsMatch(a: readonly string[], b: readonly string[]): boolean {
  const A = new Set(a);
  const B = new Set(b);
  // Two empty sets are equal; an empty set is not a *non-empty* subset.
  if (A.size === 0 || B.size === 0) return A.size === B.size;
  return isSubset(A, B) || isSubset(B, A);
}

/**
 * Word-list equality per SCORING.md: as spelled, or with the vowels
 * removed from every word (transliterations differ mostly in vowels:
 * "arbil"/"erbil", "sakhr"/"sakhar").
 */
export function wordListsEqual(a: readonly string[], b: readonly string[]): boolean {
  return setsMatch(a, b) || setsMatch(a.map(devowel), b.map(devowel));
}

/**
 * Whether two places name the same place. `null`/`undefined` equals only
 * `null`/`undefined` (a field where both sides say "no named place" agrees).
 */
export function placesEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return wordListsEqual(placeWords(a), placeWords(b));
}

/** Whether two actors name the same group; `null` equals only `null`. */
export function actorsEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return wordListsEqual(actorWords(a), actorWords(b));
}

/**
 * Normalised key of a country or sea area: lower-case, accents stripped,
 * punctuation and white space folded to single spaces ("Red  Sea" →
 * "red sea"). Used for event countries and tally regions.
 */
export function normalizeCountry(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Country value as a set of normalised keys (empty when none is given). */
function countrySet(c: string | readonly string[] | null | undefined): Set<string> {
  const list = c == null ? [] : typeof c === "string" ? [c] : c;
  const out = new Set<string>();
  for (const x of list) {
    if (typeof x !== "string") continue;
    const k = normalizeCountry(x);
    if (k !== "") out.add(k);
  }
  return out;
}

/**
 * Whether two country values agree for pairing: true when either side has
 * no country, otherwise when the two sets share at least one country.
 */
export function countriesAgree(
  a: string | readonly string[] | null | undefined,
  b: string | readonly string[] | null | undefined,
): boolean {
  const A = countrySet(a);
  const B = countrySet(b);
  if (A.size === 0 || B.size === 0) return true;
  for (const x of A) if (B.has(x)) return true;
  return false;
}
