/**
 * Lexical tense of the clause around a date mention: future when the clause
 * carries a future marker ("will meet on Thursday", "is expected Monday",
 * "plans to … next month"), past otherwise. News reports events after the
 * fact, so past is the default.
 *
 * The clause is the text between the nearest clause boundaries (sentence
 * punctuation, quotes, brackets, dashes, or a comma followed by a space)
 * around the mention, so a quoted "will" elsewhere in the sentence does not
 * make "CENTCOM's Monday press statement" future.
 */

export type Tense = "past" | "future";

/** Markers of future time inside a clause. */
const FUTURE_MARKERS: readonly { re: RegExp; reason: string }[] = [
  { re: /\b(?:will|shall|won['’]t)\b/i, reason: '"will meet on Thursday"' },
  { re: /\w['’]ll\b/i, reason: `"they'll vote Monday"` },
  { re: /\bgoing to\b/i, reason: '"is going to visit on Friday"' },
  { re: /\b(?:plans?|planning|planned|intends?|intending|aims?) to\b/i, reason: '"plans to travel on Monday"' },
  { re: /\b(?:is|are|was|were)\s+(?:expected|scheduled|set|slated|due)\b/i, reason: '"is expected Monday"' },
  { re: /\b(?:expected|scheduled|slated) (?:to|for|on)\b/i, reason: '"talks scheduled for Thursday"' },
  { re: /\bupcoming\b/i, reason: '"the upcoming Thursday vote"' },
  { re: /\bwould\b/i, reason: '"said it would respond on Friday" (future of the statement)' },
];

/** `next` right before the mention ("next Thursday"); elsewhere in the clause it is not a tense marker ("the next attack came Monday"). */
const NEXT_BEFORE = /\bnext\s+$/i;

const BOUNDARY_BEFORE = /[.;!?“”"()[\]—–]|,\s|:\s/g;
const BOUNDARY_AFTER = /[.;!?“”"()[\]—–]|,\s|:\s/;

/** The clause of `sentence` around `[start, end)`. */
export function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const head = sentence.slice(0, start);
  let cut = 0;
  for (const m of head.matchAll(BOUNDARY_BEFORE)) cut = m.index + m[0].length;
  const tail = sentence.slice(end);
  const stop = BOUNDARY_AFTER.exec(tail);
  return { before: head.slice(cut), after: stop ? tail.slice(0, stop.index) : tail };
}

/** Tense of the clause that holds `sentence.slice(start, end)`. */
export function detectTense(sentence: string, start: number, end: number): Tense {
  const { before, after } = clauseAround(sentence, start, end);
  if (NEXT_BEFORE.test(before)) return "future";
  const clause = `${before} ${after}`;
  return FUTURE_MARKERS.some((m) => m.re.test(clause)) ? "future" : "past";
}
