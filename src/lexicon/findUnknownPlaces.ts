/**
 * Places the gazetteer does not know, found by how news names a place
 * rather than by a list: toponym patterns ("the Kahlan military base",
 * "X governorate", "the X and Y districts", "the town of X", "X village",
 * "near X") and compromise's own place tags ("in X" where compromise tagged
 * X a Place). Each keeps the article's spelling, has no coordinates and is
 * flagged `known: false`, so `sitrep stats` can list it for an analyst to
 * add. Its country is borrowed from a known place the sentence names with
 * it ("… in Saada province", "… in eastern Syria"); without one it stays
 * null and no event takes it as its place.
 *
 * A candidate name is dropped when it overlaps a name a lexicon resolved (a
 * known place, a country word or demonym, an actor), or when it is one of
 * the capitalised words that are not names of places (determiners, months,
 * titles, "Coalition", "Navy").
 */
import type { Span } from "../types.js";
import type { PlaceKind } from "./loadLexicons.js";

/** `[start, end, tag]` name spans of the stored compromise parse, sentence-relative. */
export type NameSpan = readonly [number, number, string];

export interface UnknownPlace {
  /** The whole phrase ("the town of X", "near X"): filled in by findPlaces. */
  placeSpan: Span;
  /** The name as the article writes it (a base keeps its noun: "Kahlan military base"). */
  name: string;
  kind: PlaceKind;
  /** Which pattern found it, for `sitrep explain` and tests. */
  how: "base-noun" | "province-noun" | "district-noun" | "town-of" | "town-noun" | "near" | "compromise";
}

// A word of a place name: capitalised, optionally after an Arabic article ("al-Qa'im", "Al Omar").
const ARTICLE = "(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]sh|[Aa]t|[Aa]r|[Aa]n|[Aa]z|[Aa]dh|[Aa]th)";
// Only "al"/"el" stand apart before a name ("Al Omar"): "at", "as", "an" are English too.
const WORD = `(?:${ARTICLE}[-\u2010\u2011]|(?:[Aa]l|[Ee]l) )?\\p{Lu}[\\p{L}\\p{M}'\u2019\u02bc-]*[\\p{L}\\p{M}\\d]|\\p{Lu}`;
const NAME = `(?<![\\p{L}\\p{M}\\d'\u2019-])(?:${WORD})(?:[ -](?:(?:bin|ibn|bani|al|el)[ -])?(?:${WORD})){0,3}`;

// The patterns must not be case-blind (a name is capitalised), so their nouns spell out both cases.
const ci = (pattern: string): string => pattern.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const BASE_NOUN = ci("(?:air\\s*base|air\\s+field|airfield|airport|airstrip|(?:military|naval|army|air)\\s+(?:base|camp|airport|compound)|base|camp|garrison|outpost|oil\\s*fields?|gas\\s+fields?|port)");
const PROVINCE_NOUN = ci("(?:governorate|province)");
const DISTRICT_NOUN = ci("(?:district|sub-?district)");
const TOWN_NOUN = ci("(?:town|village|city|area|neighbou?rhood|suburb)");

// "the Kahlan military base", "Al-Dailami airbase" (the noun may be capitalised: "Tell X Base").
const BASE_RE = new RegExp(`(${NAME})\\s+(${BASE_NOUN})(?![\\p{L}\\p{M}])`, "gu");
// "Hodeidah governorate", "the governorate of X"; "the X and Y districts"
const PROVINCE_AFTER_RE = new RegExp(`(${NAME})\\s+${PROVINCE_NOUN}(?![\\p{L}\\p{M}])`, "gu");
const OF_RE = new RegExp(`(?<![\\p{L}\\p{M}])(${PROVINCE_NOUN}|${DISTRICT_NOUN}|${TOWN_NOUN}|${ci("port|capital")})\\s+of\\s+(?:the\\s+)?(${NAME})`, "gu");
const DISTRICTS_RE = new RegExp(`(${NAME})((?:,\\s+${NAME})*,?\\s+(?:and|&)\\s+${NAME})?\\s+(${DISTRICT_NOUN}s?|${PROVINCE_NOUN}s?|${ci("areas")})(?![\\p{L}\\p{M}])`, "gu");
const TOWN_AFTER_RE = new RegExp(`(${NAME})\\s+${ci("(?:town|village|area)")}(?![\\p{L}\\p{M}])`, "gu");
const NEAR_RE = new RegExp(`(?<![\\p{L}\\p{M}])${ci("(?:near|outside(?:\\s+of)?|on\\s+the\\s+outskirts\\s+of|in\\s+the\\s+vicinity\\s+of|close\\s+to)")}\\s+(?:the\\s+)?(${NAME})`, "gu");
const NOUNS = new Map<RegExp, RegExp>([
  [BASE_RE, /base|field|airport|airstrip|camp|garrison|outpost|port|compound/i],
  [DISTRICTS_RE, /district|province|governorate|areas/i],
  [PROVINCE_AFTER_RE, /province|governorate/i],
  [OF_RE, /\sof\s/i],
  [TOWN_AFTER_RE, /town|village|area/i],
  [NEAR_RE, /near|outside|outskirts|vicinity|close\s+to/i],
]);
const WHOLE_NAME = new RegExp(`^(?:${NAME})$`, "u");
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|on|into|toward|towards|around)\s+(?:the\s+)?$/i;

// Capitalised words that do not name a place (grammar and titles, not gazetteer data).
const NOT_A_NAME = new Set(
  (
    "the a an this that these those its their his her our another each every some any no one two three four five six seven eight nine ten " +
    "several many most both all other such main largest key major new old former nearby local same first second third " +
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "president secretary minister general gen colonel col major maj lieutenant lt captain capt admiral adm sergeant sgt spokesman spokesperson " +
    "mr mrs ms dr sir pentagon coalition navy army marine marines corps air force forces military defense defence department command central centcom " +
    "operation operations forward operating joint mission support site task group us usa uk un nato american americans british western eastern " +
    "northern southern central north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern " +
    "islamic resistance republican guard guards revolutionary iranian israeli houthi houthis shiite shia sunni kurdish arab arabian " +
    "red sea gulf strait bab world war gaza statement breaking news reuters ap afp cnn bbc"
  ).split(" "),
);

const CAPITALISED = new RegExp(`^(?:${ARTICLE}[-\u2010\u2011])?\\p{Lu}`, "u");
const CONNECTOR = /^(?:bin|ibn|bani|al|el|as|ad|ash|at|ar|an|az|adh|ath)$/;
const norm = (w: string): string => w.toLowerCase().replace(/^(?:al|el|as|ad|ash|at|ar|an|az|adh|ath)[-\u2010\u2011 ]/, "").replace(/['\u2019\u02bc]s$/, "");

/** The name with leading non-name words ("The", "Its") dropped; null when nothing is left or a word is not a name. */
function trimName(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  const parts = [...text.slice(start, end).matchAll(/\S+/g)];
  let i = 0;
  while (i < parts.length && NOT_A_NAME.has(norm(parts[i]![0]!.replace(/[.,]/g, "")))) i++;
  if (i === parts.length) return null;
  if (i > 0) s = start + parts[i]!.index!;
  // Any remaining word that is not a name ("Kahlan Navy") spoils it; the patterns are
  // case-blind for their nouns, so every word is checked for its capital here.
  for (const p of parts.slice(i)) {
    if (NOT_A_NAME.has(norm(p[0]!))) return null;
    if (!CAPITALISED.test(p[0]!) && !CONNECTOR.test(p[0]!)) return null;
  }
  return { start: s, end };
}

/**
 * Every unknown-place candidate of `text`. `blocked(start, end)` says whether
 * a span overlaps a name a lexicon resolved.
 */
export function findUnknownPlaces(text: string, blocked: (start: number, end: number) => boolean, names: readonly NameSpan[] = []): UnknownPlace[] {
  const out: UnknownPlace[] = [];
  const add = (start: number, end: number, nameEnd: number, kind: PlaceKind, how: UnknownPlace["how"]): void => {
    const t = trimName(text, start, end);
    if (!t) return;
    if (blocked(t.start, end)) return;
    if (out.some((o) => o.placeSpan.start < nameEnd && t.start < o.placeSpan.end)) return; // one mention per span, the first pattern wins
    out.push({ placeSpan: { start: t.start, end: nameEnd, text: text.slice(t.start, nameEnd) }, name: text.slice(t.start, nameEnd), kind, how });
  };
  // Each pattern runs only when its noun occurs at all (most sentences have none).
  const each = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    if (!NOUNS.get(re)!.test(text)) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) f(m);
  };
  each(BASE_RE, (m) => {
    const nameStart = m.index;
    const nameEnd = m.index + m[0].length;
    add(nameStart, m.index + m[1]!.length, nameEnd, "base", "base-noun");
  });
  each(DISTRICTS_RE, (m) => {
    const noun = m[3]!.toLowerCase();
    const kind: PlaceKind = noun.startsWith("province") || noun.startsWith("governorate") ? "province" : "town";
    const how = kind === "province" ? "province-noun" : "district-noun";
    // "the Maqbanah and Hayfan districts": each name of the list is a place.
    const listEnd = m.index + m[1]!.length + (m[2]?.length ?? 0);
    const list = text.slice(m.index, listEnd);
    for (const part of list.matchAll(new RegExp(NAME, "gu"))) {
      const s = m.index + part.index!;
      add(s, s + part[0].length, s + part[0].length, kind, how);
    }
  });
  each(PROVINCE_AFTER_RE, (m) => add(m.index, m.index + m[1]!.length, m.index + m[1]!.length, "province", "province-noun"));
  each(OF_RE, (m) => {
    const noun = m[1]!.toLowerCase();
    const s = m.index + m[0].length - m[2]!.length;
    const kind: PlaceKind = /^(?:governorate|province)$/.test(noun) ? "province" : "town";
    add(s, m.index + m[0].length, m.index + m[0].length, kind, "town-of");
  });
  each(TOWN_AFTER_RE, (m) => add(m.index, m.index + m[1]!.length, m.index + m[1]!.length, "town", "town-noun"));
  each(NEAR_RE, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, m.index + m[0].length, "town", "near");
  });
  // compromise's Place tags, where the sentence puts something in or at them.
  for (const [a, b, tag] of names) {
    if (tag !== "Place" || !LOCATIVE_BEFORE.test(text.slice(Math.max(0, a - 16), a))) continue;
    const m = WHOLE_NAME.exec(text.slice(a, b).replace(/['\u2019]s$/, ""));
    if (m) add(a, a + m[0].length, a + m[0].length, "town", "compromise");
  }
  return out.sort((x, y) => x.placeSpan.start - y.placeSpan.start);
}
