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

const SCOPE_COUNTRIES = new Set(["Iraq", "Syria", "Jordan", "Yemen", "Red Sea", "Gulf of Aden", "Arabian Sea"]);

// Where one clause of a sentence ends and another, about something else, begins:
// "..., including the Jan. 28 attack on ...", "The Europe Today: ...", "... when Hamas gunmen ...".
const SEGMENT_BOUNDARY =
  /[;:]\s|\s[—–]\s|,\s*(?=(?:including|which|who|when|while|after|following|amid|as|in\s+response|in\s+retaliation)\b)|\s(?=(?:including|which|when|while|amid|following|in\s+response\s+to|in\s+retaliation\s+for)\s)|\s(?=after\s+(?:an?|the)\s)/gi;

/** The `[start, end)` of the clause of `text` that holds position `pos`. */
export function segmentAt(text: string, pos: number): [number, number] {
  let start = 0;
  SEGMENT_BOUNDARY.lastIndex = 0;
  for (let m = SEGMENT_BOUNDARY.exec(text); m; m = SEGMENT_BOUNDARY.exec(text)) {
    const cut = m.index + m[0].length;
    if (cut > pos) return [start, m.index];
    start = cut;
    if (m[0].length === 0) SEGMENT_BOUNDARY.lastIndex++;
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

const PLACE_RANK: Record<string, number> = { base: 0, town: 1, province: 2, sea: 3, region: 4, country: 5 };

/**
 * The named places an event happened at: bases before towns and provinces;
 * a place that only locates another ("Jurf al-Sakhar, south of Baghdad",
 * "the Ain al-Asad airbase west of Baghdad") and a province that holds a
 * place already named are not places of their own.
 */
export function bestPlaces(places: PlaceMention[], options: { bases?: boolean } = {}): PlaceMention[] {
  const named = places.filter(
    (p) => p.kind !== "region" && p.kind !== "country" && p.kind !== "sea" && SCOPE_COUNTRIES.has(p.country) && (options.bases !== false || p.kind !== "base"),
  );
  const located = named.filter((p, i) => {
    const prev = named[i - 1];
    if (!prev || p.relation !== "near") return true;
    // ", south of Baghdad" right after another place locates that place.
    return p.span.start - prev.span.end > 3;
  });
  const bases = located.filter((p) => p.kind === "base");
  const pool = bases.length ? bases : located;
  const seen = new Set<string>();
  return pool.filter(
    (p) =>
      !seen.has(p.name) &&
      seen.add(p.name) &&
      !(p.kind === "province" && pool.some((q) => q !== p && q.kind !== "province" && q.province === p.name)),
  );
}

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
const AFTER_KILLED = /^\s*(?:[\w.'’-]+\s+){0,4}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:killed|dead|died|slain)\b/i;
const AFTER_INJURED = /^\s*(?:[\w.'’-]+\s+){0,4}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:injured|wounded|hurt)\b/i;

/** Killed and injured figures stated in `[from, to)` of the sentence. */
export function casualties(
  ctx: SentenceContext,
  from = 0,
  to = ctx.text.length,
  options: { notUs?: boolean } = {},
): { killed: ValueWithSpan<number | null> | null; injured: ValueWithSpan<number | null> | null } {
  const cues = loadCues();
  const text = ctx.text;
  let killed: ValueWithSpan<number | null> | null = null;
  let injured: ValueWithSpan<number | null> | null = null;
  for (const n of ctx.numbers) {
    if (n.span.start < from || n.span.end > to) continue;
    const before = text.slice(Math.max(0, n.span.start - 50), n.span.start);
    const after = text.slice(n.span.end, n.span.end + 50);
    // A strike's dead are the people struck, not "the three Americans who were killed" earlier.
    if (options.notUs && /^\s*(?:(?:US|U\.S\.|American)\s|Americans\b)/.test(after)) continue;
    if (!killed && (BEFORE_KILLED.test(before) || AFTER_KILLED.test(after))) killed = { value: n.value, span: n.span };
    else if (!injured && (BEFORE_INJURED.test(before) || AFTER_INJURED.test(after))) injured = { value: n.value, span: n.span };
  }
  const none = hits(cues.noCasualties, text).find((h) => h.start >= from && h.end <= to);
  if (none) {
    killed ??= { value: 0, span: none };
    injured ??= { value: 0, span: none };
  }
  return { killed, injured };
}

// NUM stands for the number being tested.
const COUNT_PATTERNS = [
  /\b(?:attacked|targeted|struck|hit)\s+NUM\s+times\b/i,
  /\bNUM\s+(?:separate\s+|different\s+|more\s+)?(?:attacks|strikes|airstrikes|air strikes)\b/i,
  /\bat\s+NUM\s+(?:sites|locations|bases|targets)\b/i,
];

/** "attacked four times", "two attacks", "at two sites" → a count above one. */
export function countOf(ctx: SentenceContext): ValueWithSpan<number> | null {
  for (const n of ctx.numbers) {
    if (n.value === null || n.value < 2 || n.value > 100) continue;
    const local = ctx.text.slice(Math.max(0, n.span.start - 25), n.span.start) + "NUM" + ctx.text.slice(n.span.end, n.span.end + 25);
    if (COUNT_PATTERNS.some((p) => p.test(local))) return { value: n.value, span: n.span };
  }
  return null;
}

/**
 * The group that claims responsibility in this sentence: the actor named
 * last before a claim word, when it is an armed group ("a group calling
 * itself the Islamic Resistance in Iraq claimed"; not "…Guards Corps, which
 * the US claims").
 */
export function claimant(ctx: SentenceContext): import("../lexicon/index.js").ActorMention | null {
  const cue = hits(loadCues().claim, ctx.text)[0];
  if (!cue) return null;
  const last = ctx.actors.filter((a) => a.span.end <= cue.start && cue.start - a.span.end < 80).at(-1);
  return last && last.role === "axis" && last.name !== "Iran" ? last : null;
}

export function assertedBy(ctx: SentenceContext): AssertedBy {
  const cues = loadCues();
  if (claimant(ctx)) return "claim";
  if (has(cues.official, ctx.text)) return "official";
  if (has(cues.monitor, ctx.text)) return "monitor";
  if (has(cues.local, ctx.text)) return "local";
  return "report";
}

export function outcomeOf(ctx: SentenceContext, killed: number | null, injured: number | null): Outcome {
  const t = ctx.text;
  if (/\b(?:shot\s+down|shoot\s+down|intercepted|downed|engaged\s+and\s+destroyed)\b/i.test(t)) return "intercepted";
  if ((killed ?? 0) > 0 || (injured ?? 0) > 0) return "casualties";
  if (/\bdamag(?:e|ed|ing)\b/i.test(t) && !/\bno\s+(?:\w+\s+){0,3}damage\b/i.test(t)) return "damage";
  if (/\b(?:hit|impact(?:ed)?|struck|landed)\b/i.test(t)) return "impact";
  return null;
}

export function relSpan(text: string, start: number, end: number): RelSpan {
  return { start, end, text: text.slice(start, end) };
}
