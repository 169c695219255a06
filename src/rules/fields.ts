/**
 * Field pickers the event rules share: which dates, places, countries,
 * actor, weapons, casualties and count a sentence gives an event, each with
 * the span it came from.
 */
import { has, hits, loadCues } from "../extract/cues.js";
import type { SentenceContext } from "../extract/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import type { PlaceMention, WeaponMention } from "../lexicon/index.js";
import type { AssertedBy, Outcome } from "../extract/types.js";
import type { RelSpan, ValueWithSpan } from "./rule.js";
import { usReferences } from "./usReferences.js";

const SCOPE_COUNTRIES = new Set(["Iraq", "Syria", "Jordan", "Yemen", "Red Sea", "Gulf of Aden", "Arabian Sea"]);

// Where one clause of a sentence ends and another, about something else, begins:
// "..., including the Jan. 28 attack on ...", "The Europe Today: ...", "... when Hamas gunmen ...",
// "… on Monday after militants fired rockets at al-Tanf on Sunday".
const SEGMENT_BOUNDARY =
  /[;:]\s|\s[—–]\s|,\s*(?=(?:including|which|who|when|while|after|following|amid|as|in\s+response|in\s+retaliation)\b)|\s(?=(?:including|which|when|while|amid|following|in\s+response\s+to|in\s+retaliation\s+for)\s)|\s(?=after\s+(?:an?|the)\s)|\s(?=after\s+(?:[\w'’-]+\s+){1,3}(?:fired|launched|attacked|targeted|struck|hit|shot|killed|wounded|injured)\b)/gi;

// "Rockets hit Ain al-Asad on Monday, and a U.S. drone strike hit a vehicle in Baghdad on Tuesday":
// a coordinated clause that tells another action on its own day — a boundary only when both sides carry a day.
const DAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\\b";
const COORDINATED = new RegExp(`,\\s+(?=(?:and|but|while)\\s+(?:[\\w.'’-]+\\s+){1,5}(?:fired|launched|attacked|targeted|struck|hit|shot\\s+down|bombed)\\s[^,;]*?\\b${DAY})`, "gi");
const HAS_DAY = new RegExp(`\\b${DAY}`, "i");

/** Offsets `[boundary start, next clause start]` of every clause boundary in `text`. */
function boundaries(text: string): Array<[number, number]> {
  const found: Array<[number, number, boolean]> = [];
  for (const re of [SEGMENT_BOUNDARY, COORDINATED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      if (!found.some(([at]) => at === m!.index)) found.push([m.index, m.index + m[0].length, re === COORDINATED]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  // A coordination counts only when the clause before it has a day of its own.
  const out: Array<[number, number]> = [];
  for (const [at, cut, coordinated] of found) if (!coordinated || HAS_DAY.test(text.slice(out.at(-1)?.[1] ?? 0, at))) out.push([at, cut]);
  return out;
}

/** Every clause of `text`, in order. */
function segmentsOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const [at, cut] of boundaries(text)) {
    out.push([start, at]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/** The `[start, end)` of the clause of `text` that holds position `pos`. */
export function segmentAt(text: string, pos: number): [number, number] {
  let start = 0;
  for (const [at, cut] of boundaries(text)) {
    if (cut > pos) return [start, at];
    start = cut;
  }
  return [start, text.length];
}

const inside = (span: { start: number; end: number }, [a, b]: [number, number]): boolean => span.start >= a && span.end <= b;

// "the war that began on Oct. 7": a reference point, not the date of this event.
// "prior to the Thursday strike": likewise.
const REFERENCE_POINT = /\b(?:(?:began|begun|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?|(?:prior\s+to|before|ahead\s+of)\s+(?:the\s+)?)$/i;

/** Longest window that still dates an event ("last week"); longer ones date it only to a month or so. */
const MAX_EVENT_WINDOW_DAYS = 7;

const windowDays = (r: [string, string]): number => (Date.parse(r[1]) - Date.parse(r[0])) / 86_400_000;

/** Dates that can date an event: role "event", at day or short-window precision. */
export function eventDates(ctx: SentenceContext, segment?: [number, number]): DateMention[] {
  const all = ctx.dates.filter(
    (d) =>
      d.role === "event" &&
      (d.precision === "day" ? d.date !== null : d.precision === "range" && d.range !== null && windowDays(d.range) <= MAX_EVENT_WINDOW_DAYS) &&
      !REFERENCE_POINT.test(ctx.text.slice(Math.max(0, d.span.start - 20), d.span.start)),
  );
  if (!segment) return all;
  return all.filter((d) => inside(d.span, segment));
}

/** Dates of statements ("the Pentagon announced Oct. 19", "said last week") in the sentence. */
export function statementDates(ctx: SentenceContext): DateMention[] {
  return ctx.dates.filter((d) => d.role === "statement" && (d.precision === "day" ? d.date !== null : d.precision === "range" && d.range !== null));
}

/** Mentions inside the segment, or all of them when the segment has none. */
export function preferSegment<T extends { span: { start: number; end: number } }>(items: T[], segment: [number, number]): T[] {
  const local = items.filter((x) => inside(x.span, segment));
  return local.length ? local : items;
}

// The place picker lives with the other place logic (src/lexicon/bestPlaces.ts).
export { bestPlaces } from "../lexicon/bestPlaces.js";

/** Countries (and seas) the sentence names, when no place is more specific. */
export function countriesOf(ctx: SentenceContext): ValueWithSpan<string>[] {
  const out: ValueWithSpan<string>[] = [];
  const seen = new Set<string>();
  for (const p of ctx.places) {
    if (!(p.kind === "country" || p.kind === "region" || p.kind === "sea")) continue;
    // "drones fired from Yemen": where an attack came from is not where it happened.
    if (/\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, p.span.start - 10), p.span.start))) continue;
    if (!SCOPE_COUNTRIES.has(p.country) || seen.has(p.country)) continue;
    seen.add(p.country);
    out.push({ value: p.country, span: p.span });
  }
  return out;
}

/** Weapon mentions that lie inside `[from, to)` of the sentence. */
export function weaponsBetween(weapons: WeaponMention[], from: number, to: number): WeaponMention[] {
  return weapons.filter((w) => w.span.start >= from && w.span.end <= to);
}

const BEFORE_KILLED = /(?:killing|killed|kills|deaths?\s+of|death\s+toll\s+(?:rose\s+)?(?:to|of)|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$/i;
const BEFORE_INJURED = /(?:injuring|injured|wounding|wounded|injuries\s+to|hurting)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$/i;
// "two service members were slightly wounded"
// "five fighters of a pro-Hezbollah group within Iraq's Hashed al-Shaabi forces were killed"
const AFTER_KILLED = /^\s*(?:[\w.'’-]+\s+){0,4}?(?:(?:of|from|within|belonging\s+to)\s+[^,;]{0,80}?\s)?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)(?:\w+ly\s+)?(?:killed|dead|died|slain)\b|^\s*(?:[\w.'’-]+\s+){0,4}?(?:\w+ly\s+)?(?:killed|dead|died|slain)\b/i;
const AFTER_INJURED = /^\s*(?:[\w.'’-]+\s+){0,4}?(?:(?:of|from|within|belonging\s+to)\s+[^,;]{0,80}?\s)?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)(?:\w+ly\s+)?(?:injured|wounded|hurt)\b|^\s*(?:[\w.'’-]+\s+){0,4}?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b/i;
// One person, said without a number: "killing a U.S. contractor", "a U.S. soldier was wounded".
const PERSON = "(?:soldier|service\\s*member|servicemember|contractor|sailor|marine|airman|civilian|fighter|militant|commander|leader|member|official|person)";
const ONE_KILLED = new RegExp(`\\b(?:(?:killing|killed)\\s+(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${PERSON}\\b(?!\\s+and\\b)|(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${PERSON}\\s+(?:was\\s+)?(?:killed|died)\\b)`, "i");
const ONE_INJURED = new RegExp(`\\b(?:(?:injuring|wounding|injured|wounded)\\s+(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${PERSON}\\b(?!\\s+and\\b)|(a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${PERSON}\\s+was\\s+(?:\\w+ly\\s+)?(?:injured|wounded|hurt)\\b)`, "i");

/**
 * What a "no casualties" phrase rules out: "no casualties" both the dead and
 * the injured; "no injuries", "no one was hurt" only the injured.
 */
export function noCasualtiesSays(phrase: string): { killed: boolean; injured: boolean } {
  const killed = /casualt|kill|dead|death|fatalit/i.test(phrase);
  return { killed, injured: killed || /injur|hurt|wound/i.test(phrase) };
}

/**
 * Segments of the sentence other than `own` that state no event of their
 * own (no event date, no US/coalition target, striker or interceptor): a
 * casualty clause ("Four civilians were killed when a U.S. drone struck …",
 * "…; there were no casualties") belongs to the event beside it.
 */
function freeSegments(ctx: SentenceContext, own: [number, number]): Array<[number, number]> {
  const refs = usReferences(ctx).filter((r) => r.role === "target" || r.role === "striker" || r.role === "interceptor");
  return segmentsOf(ctx.text).filter((seg) => seg[0] !== own[0] && !eventDates(ctx, seg).length && !refs.some((r) => r.start >= seg[0] && r.end <= seg[1]));
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
  const text = ctx.text;
  const inRange = (a: number, b: number): boolean => ranges.some(([x, y]) => a >= x && b <= y);
  let killed: ValueWithSpan<number | null> | null = null;
  let injured: ValueWithSpan<number | null> | null = null;
  for (const n of ctx.numbers) {
    if (!inRange(n.span.start, n.span.end)) continue;
    const before = text.slice(Math.max(0, n.span.start - 50), n.span.start);
    const after = text.slice(n.span.end, n.span.end + 120);
    // A strike's dead are the people struck, not "the three Americans who were killed" earlier.
    if (options.notUs && /^\s*(?:(?:US|U\.S\.|American)\s|Americans\b)/.test(after)) continue;
    if (!killed && (BEFORE_KILLED.test(before) || AFTER_KILLED.test(after))) killed = { value: n.value, span: n.span };
    else if (!injured && (BEFORE_INJURED.test(before) || AFTER_INJURED.test(after))) injured = { value: n.value, span: n.span };
  }
  for (const [re, field] of [[ONE_KILLED, "killed"], [ONE_INJURED, "injured"]] as const) {
    if (field === "killed" ? killed : injured) continue;
    const m = re.exec(text);
    if (!m || !inRange(m.index, m.index + m[0].length)) continue;
    if (options.notUs && /\b(?:US|U\.S\.|American)\s/.test(m[0])) continue;
    const word = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(word);
    const one = { value: 1, span: relSpan(text, at, at + word.length) };
    if (field === "killed") killed = one;
    else injured = one;
  }
  const none = hits(cues.noCasualties, text).find((h) => inRange(h.start, h.end));
  if (none) {
    const zero = noCasualtiesSays(none.text);
    if (zero.killed) killed ??= { value: 0, span: none };
    if (zero.injured) injured ??= { value: 0, span: none };
  }
  return { killed, injured };
}

// NUM stands for the number being tested.
const COUNT_PATTERNS = [
  /\b(?:attacked|targeted|struck|hit|under\s+(?:attack|fire))\s+NUM\s+(?:separate\s+)?times\b/i,
  /\bNUM\s+(?:separate\s+|different\s+|more\s+)?(?:attacks|strikes|airstrikes|air strikes)\b/i,
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

const NOT_A_CLAIM = /\b(?:denied|denies|deny|denying|rejected|rejects|disclaimed|dismissed|not|no\s+(?:group|one|faction|organi[sz]ation))\s+(?:\w+\s+){0,2}?$/i;

// "Kataib Hezbollah denied responsibility", "Iran, which backs the militias, has denied involvement".
const DENIER_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:(?:\w+\s+){0,2}?(?:has|have|had)\s+)?(?:quickly\s+|publicly\s+|later\s+)?(?:denied|denies|deny|rejected|rejects|disclaimed|disavowed|distanced)\b/i;

/** The actor is the one denying involvement, so not the doer the sentence names. */
export function deniesInvolvement(ctx: SentenceContext, actor: { span: { end: number } }): boolean {
  return DENIER_AFTER.test(ctx.text.slice(actor.span.end, actor.span.end + 100));
}

/**
 * The group that claims responsibility in this sentence: the actor named
 * last before a claim word, when it is an armed group ("a group calling
 * itself the Islamic Resistance in Iraq claimed"; not "…Guards Corps, which
 * the US claims").
 */
export function claimant(ctx: SentenceContext): import("../lexicon/index.js").ActorMention | null {
  // "denied responsibility for", "rejected claims", "No group has claimed": not a claim.
  const cue = hits(loadCues().claim, ctx.text).find((h) => !NOT_A_CLAIM.test(ctx.text.slice(Math.max(0, h.start - 40), h.start)));
  if (!cue) return null;
  const last = ctx.actors.filter((a) => a.span.end <= cue.start && cue.start - a.span.end < 80).at(-1);
  return last && last.role === "axis" && last.name !== "Iran" ? last : null;
}

const UNNAMED_OFFICIALS = /\b(?:officials?|military)\s+(?:said|say|says|told|confirmed|announced)\b/i;

// "The U.S. blamed Kataib Hezbollah for the attack", "officials accused the Houthis of …".
const BLAME_BEFORE = /\b(?:blamed|blames|blaming|accused|accuses|accusing|held)\s+(?:the\s+)?$/i;
const BLAME_AFTER = /^\s*(?:for|of)\b|^[^.;]{0,40}\bresponsible\b/i;

/** The armed group a sentence names as the doer by blaming it ("blamed Kataib Hezbollah for the attack"). */
export function blamedGroup(ctx: SentenceContext): import("../lexicon/index.js").ActorMention | null {
  return (
    ctx.actors.find(
      (a) =>
        a.role === "axis" &&
        a.name !== "Iran" &&
        BLAME_BEFORE.test(ctx.text.slice(Math.max(0, a.span.start - 20), a.span.start)) &&
        BLAME_AFTER.test(ctx.text.slice(a.span.end, a.span.end + 60)),
    ) ?? null
  );
}

export function assertedBy(ctx: SentenceContext): AssertedBy {
  const cues = loadCues();
  if (claimant(ctx)) return "claim";
  if (has(cues.official, ctx.text)) return "official";
  if (has(cues.monitor, ctx.text)) return "monitor";
  if (has(cues.local, ctx.text)) return "local";
  // "…, officials said", "a defense official told reporters": unnamed officials.
  if (UNNAMED_OFFICIALS.test(ctx.text)) return "official";
  return "report";
}

const INTERCEPTED = /\b(?:shot\s+down|shoot\s+down|shooting\s+down|intercepted|downed|engaged\s+and\s+destroyed|thwarted|foiled|repelled)\b/i;
const DAMAGED = /\bdamag(?:e|ed|ing)\b/i;
const NO_DAMAGE = /\bno\s+(?:\w+\s+){0,3}damage\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?damage\b/i;
const IMPACT = /\b(?:hit|impact(?:ed)?|struck|landed|exploded)\b/i;
// "fell harmlessly into the sea", "missed its target", "did not hit the base": it hit nothing.
const MISSED = /\b(?:harmlessly|missed\s+(?:its|their)\s+targets?|fell\s+short|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:hit|strike|reach))\b/i;

/**
 * What came of the event, from the words of its clause (and of any clause
 * beside it that states no event of its own): people killed or injured,
 * else intercepted, damage, a hit, or null when the text does not say.
 */
export function outcomeOf(ctx: SentenceContext, killed: number | null, injured: number | null, segment: [number, number] = [0, ctx.text.length]): Outcome {
  if ((killed ?? 0) > 0 || (injured ?? 0) > 0) return "casualties";
  const whole = segment[0] === 0 && segment[1] === ctx.text.length;
  const t = [segment, ...(whole ? [] : freeSegments(ctx, segment))].map(([a, b]) => ctx.text.slice(a, b)).join(" ");
  if (INTERCEPTED.test(t)) return "intercepted";
  if (DAMAGED.test(t) && !NO_DAMAGE.test(t)) return "damage";
  if (MISSED.test(t)) return null;
  if (IMPACT.test(t)) return "impact";
  return null;
}

export function relSpan(text: string, start: number, end: number): RelSpan {
  return { start, end, text: text.slice(start, end) };
}

/** ACLED time precision of an event's date: 1 a day, 2 a window of up to a week, 3 longer (a month). */
export function timePrecisionOf(d: DateMention | undefined): 1 | 2 | 3 | null {
  if (!d) return null;
  if (d.precision === "day") return 1;
  if (d.range) return windowDays(d.range) <= MAX_EVENT_WINDOW_DAYS ? 2 : 3;
  return 3;
}

/**
 * ACLED geo precision of an event's place: 1 the named base or town, 2 near
 * it ("near Erbil", "south of Baghdad"), 3 only a province, region or sea.
 */
export function geoPrecisionOf(place: PlaceMention | undefined, countries: string[]): 1 | 2 | 3 | null {
  if (place) return place.kind === "province" ? 3 : place.relation === "near" ? 2 : 1;
  return countries.length ? 3 : null;
}
