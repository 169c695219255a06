/**
 * Killed and injured figures of a candidate event, and how many attacks or
 * strikes one report bundles (count), each with the span it came from.
 */
import { alternation, cueTerms, hits, loadCues, perCueFile } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { ValueWithSpan } from "./candidateTypes.js";
import { relSpan } from "./spans.js";
import { freeSegments } from "./freeSegments.js";

const QUALIFIER = "(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+)?";
// "two service members were slightly wounded",
// "five fighters of a pro-Hezbollah group within Iraq's Hashed al-Shaabi forces were killed"
const SUBJECT = "^\\s*(?:[\\w.'’-]+\\s+){0,4}?(?:(?:of|from|within|belonging\\s+to)\\s+[^,;]{0,80}?\\s)?(?:were\\s+|was\\s+|have\\s+been\\s+|had\\s+been\\s+|are\\s+)(?:\\w+ly\\s+)?";
const BARE = "^\\s*(?:[\\w.'’-]+\\s+){0,4}?(?:\\w+ly\\s+)?";

/** Casualty words around a number, from the cue lists (the words are data; where they sit is code). */
interface CasualtyPatterns {
  beforeKilled: RegExp;
  beforeInjured: RegExp;
  afterKilled: RegExp;
  afterInjured: RegExp;
  /** "two others", "two other U.S. personnel", "three more": a figure that adds to one before it. */
  others: RegExp;
  /** One person, said without a number: "killing a U.S. contractor", "a U.S. soldier was killed". */
  oneKilled: RegExp;
  /** "wounding an American sailor", "a service member was seriously injured", "one soldier in critical condition". */
  oneInjured: RegExp;
}

const patternsOf = perCueFile((cues): CasualtyPatterns => {
  const killed = alternation(cueTerms(cues, "killedVerbs"));
  const injured = alternation(cueTerms(cues, "injuredVerbs"));
  const person = alternation(cueTerms(cues, "onePerson"));
  // "a", "an", "one", then up to three words ("U.S.", "Navy"), then the person; "a commander and his aide" is not one, "a contractor and wounding …" is.
  const one = (before: string, after: string): RegExp =>
    new RegExp(
      `\\b(?:(?:${before})\\s+(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?(?:${person})\\b(?!\\s+and\\s+(?!\\w+ing\\b))|(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?(?:${person})\\s+(?:was\\s+)?(?:\\w+ly\\s+)?(?:${after})\\b)`,
      "i",
    );
  return {
    oneKilled: one(alternation(cueTerms(cues, "killedBefore")), killed),
    oneInjured: one(alternation(cueTerms(cues, "injuredBefore")), injured),
    // "killing five", "the deaths of three", "claimed the lives of two"
    beforeKilled: new RegExp(`(?:${alternation(cueTerms(cues, "killedBefore"))})\\s+${QUALIFIER}$`, "i"),
    // "wounding eight", "injuries to two"
    beforeInjured: new RegExp(`(?:${alternation(cueTerms(cues, "injuredBefore"))})\\s+${QUALIFIER}$`, "i"),
    afterKilled: new RegExp(`${SUBJECT}(?:${killed})\\b|${BARE}(?:${killed})\\b`, "i"),
    afterInjured: new RegExp(`${SUBJECT}(?:${injured})\\b|${BARE}(?:${injured})\\b`, "i"),
    others: new RegExp(`^\\s*(?:${alternation(cueTerms(cues, "additionalPeople"))})\\b`, "i"),
  };
});

/**
 * What a "no casualties" phrase rules out: "no casualties" both the dead and
 * the injured; "no injuries", "no one was hurt" only the injured.
 */
export function noCasualtiesSays(phrase: string): { killed: boolean; injured: boolean } {
  const killed = /casualt|kill|dead|death|fatalit/i.test(phrase);
  return { killed, injured: killed || /injur|hurt|wound/i.test(phrase) };
}



/** Killed and injured figures stated in `[from, to)` of the sentence, else in a casualty clause beside it. */
export function casualties(
  ctx: SentenceContext,
  from = 0,
  to = ctx.text.length,
  options: { notUs?: boolean } = {},
): { killed: ValueWithSpan<number | null> | null; injured: ValueWithSpan<number | null> | null } {
  const own = within(ctx, [[from, to]], options);
  if (own.killed || own.injured || (from === 0 && to === ctx.text.length)) return own;
  return within(ctx, freeSegments(ctx, [from, to]), options);
}

function within(
  ctx: SentenceContext,
  ranges: Array<[number, number]>,
  options: { notUs?: boolean },
): { killed: ValueWithSpan<number | null> | null; injured: ValueWithSpan<number | null> | null } {
  const cues = loadCues();
  const pat = patternsOf(cues);
  const text = ctx.text;
  const inRange = (a: number, b: number): boolean => ranges.some(([x, y]) => a >= x && b <= y);
  // Every figure of each metric, in text order: "one ... in critical condition and two others wounded" is 3.
  const found: Record<"killed" | "injured", Array<ValueWithSpan<number | null>>> = { killed: [], injured: [] };
  for (const n of ctx.numbers) {
    if (!inRange(n.span.start, n.span.end)) continue;
    // "two days ago injured one contractor": a number of a date counts days, not people.
    if (ctx.dates.some((d) => d.span.start <= n.span.start && n.span.end <= d.span.end)) continue;
    const before = text.slice(Math.max(0, n.span.start - 50), n.span.start);
    const after = text.slice(n.span.end, n.span.end + 120);
    // A strike's dead are the people struck, not "the three Americans who were killed" earlier.
    if (options.notUs && /^\s*(?:(?:US|U\.S\.|American)\s|Americans\b)/.test(after)) continue;
    if (pat.beforeKilled.test(before) || pat.afterKilled.test(after)) found.killed.push({ value: n.value, span: n.span });
    else if (pat.beforeInjured.test(before) || pat.afterInjured.test(after)) found.injured.push({ value: n.value, span: n.span });
  }
  for (const [re, field] of [[pat.oneKilled, "killed"], [pat.oneInjured, "injured"]] as const) {
    const m = re.exec(text);
    if (!m || !inRange(m.index, m.index + m[0].length)) continue;
    if (options.notUs && /\b(?:US|U\.S\.|American)\s/.test(m[0])) continue;
    const word = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(word);
    if (found[field].some((f) => f.span.start <= at && at < f.span.end)) continue;
    found[field].push({ value: 1, span: relSpan(text, at, at + word.length) });
    found[field].sort((a, b) => a.span.start - b.span.start);
  }
  let killed = addOthers(found.killed, text, pat.others);
  let injured = addOthers(found.injured, text, pat.others);
  const none = hits(cues.noCasualties, text).find((h) => inRange(h.start, h.end));
  if (none) {
    const zero = noCasualtiesSays(none.text);
    if (zero.killed) killed ??= { value: 0, span: none };
    if (zero.injured) injured ??= { value: 0, span: none };
  }
  return { killed, injured };
}

/**
 * The first figure of a metric, plus each later one that counts "others"
 * beside it ("killing one soldier and wounding two others" keeps them apart;
 * "one in critical condition and two others wounded" is 3). A figure not
 * known as a number makes the sum unknown.
 */
function addOthers(figures: Array<ValueWithSpan<number | null>>, text: string, others: RegExp): ValueWithSpan<number | null> | null {
  const [first, ...rest] = figures;
  if (!first) return null;
  let sum = first;
  for (const f of rest) {
    if (!others.test(text.slice(f.span.end, f.span.end + 40))) continue;
    const value = sum.value === null || f.value === null ? null : sum.value + f.value;
    sum = { value, span: { ...sum.span, end: f.span.end, text: text.slice(sum.span.start, f.span.end) } };
  }
  return sum;
}

// NUM stands for the number being tested.
const COUNT_PATTERNS = [
  /\b(?:attacked|targeted|struck|hit|under\s+(?:attack|fire))\s+NUM\s+(?:separate\s+)?times\b/i,
  /\bNUM\s+(?:separate\s+|different\s+|more\s+)?(?:(?:rocket|drone|missile|mortar|one-way|suicide|air)\s+)?(?:attacks|strikes|airstrikes|air strikes)\b/i,
  /\bat\s+NUM\s+(?:sites|locations|bases|targets)\b/i,
];

/** "attacked four times", "two attacks", "at two sites" → a count above one. */
// "came under attack twice on Wednesday"
const TWICE = /\b(?:attacked|targeted|struck|hit|under\s+(?:attack|fire))\s+(twice)\b/i;

export function countOf(ctx: SentenceContext): ValueWithSpan<number> | null {
  const twice = TWICE.exec(ctx.text);
  if (twice) {
    const start = twice.index + twice[0].length - twice[1]!.length;
    return { value: 2, span: relSpan(ctx.text, start, start + twice[1]!.length) };
  }
  for (const n of ctx.numbers) {
    if (n.value === null || n.value < 2 || n.value > 100) continue;
    const local = ctx.text.slice(Math.max(0, n.span.start - 25), n.span.start) + "NUM" + ctx.text.slice(n.span.end, n.span.end + 25);
    if (COUNT_PATTERNS.some((p) => p.test(local))) return { value: n.value, span: n.span };
  }
  return null;
}
