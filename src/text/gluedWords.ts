/**
 * Glued words: a word run into a following function word because a space was
 * lost ("Hamaswhich", "attackwhich"). Only reported, never changed: the text
 * is stored as is and offsets must not move. Reliable because no English
 * word ends in "which", "whose", "whom" or "who", and the few that end in
 * "that", "where" or "while" are listed as exceptions.
 */

const GLUED_SUFFIXES = ["which", "whose", "whom", "who", "that", "where", "while"] as const;

/** Real words that end in one of the suffixes. */
const EXCEPTIONS = new Set([
  "somewhere",
  "elsewhere",
  "nowhere",
  "anywhere",
  "everywhere",
  "meanwhile",
  "worthwhile",
  "erstwhile",
  "awhile",
  "otherwhile",
]);

/** The part before the suffix must look like a word: 3+ letters with a vowel. */
const WORDLIKE = /^\p{L}*[aeiouyAEIOUY]\p{L}*$/u;
const MAX_FOUND = 50;
/** Longer "words" are not prose (hashes, base64); skip them. */
const MAX_WORD = 40;

/** Distinct glued words in `text`, in order of first appearance. */
export function findGluedWords(text: string): string[] {
  const found = new Set<string>();
  const word = /\p{L}+/gu;
  for (let m = word.exec(text); m !== null && found.size < MAX_FOUND; m = word.exec(text)) {
    const w = m[0];
    if (w.length < 6 || w.length > MAX_WORD) continue;
    const lower = w.toLowerCase();
    if (EXCEPTIONS.has(lower)) continue;
    // The glued function word is lower-case; all-capitals words are acronyms or headlines.
    if (w === w.toUpperCase()) continue;
    for (const suffix of GLUED_SUFFIXES) {
      if (!w.endsWith(suffix)) continue;
      const head = w.slice(0, w.length - suffix.length);
      if (head.length >= 3 && WORDLIKE.test(head)) found.add(w);
      break;
    }
  }
  return [...found];
}
