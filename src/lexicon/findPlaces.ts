/**
 * Place mentions in a sentence: bases, towns, provinces, seas, countries and
 * region phrases, each with the relation the text states:
 *
 * - "at"     a base or town named plainly ("at Tower 22", "in Kirkuk")
 * - "in"     a province, country or sea ("Anbar province", "in Syria", "Red Sea")
 * - "near"   a relative phrase; the span covers it ("south of Baghdad",
 *            "some 30 km (19 miles) west of Ramadi", "outside Erbil")
 * - "region" a direction or border phrase with no named place
 *            ("northeastern Syria", "Syria's east", "the Syrian-Jordanian
 *            border"), or a named region of the gazetteer (Kurdistan Region)
 *
 * For a region phrase `name` is the phrase as written, `kind` is "region",
 * lat/lon are the country's; a border phrase lists both `countries` and
 * gives the first as `country`. "X province" and "the province of X" give X
 * as a province (a town whose province has its name becomes that province).
 * A place named strictly inside an actor name is not a place ("Iraq" in
 * "Islamic Resistance in Iraq", "al-Assad" in "Bashar al-Assad").
 * `placeSpan` is the name alone; `span` the whole phrase.
 */
import type { Span } from "../types.js";
import { FuzzyIndex, coverTokens, fuzzyFind, knownPhrases } from "./fuzzyMatch.js";
import type { GazetteerEntry, Lexicons, PlaceKind } from "./loadLexicons.js";
import { findUnknownPlaces, type NameSpan, type UnknownPlace } from "./findUnknownPlaces.js";
import { AliasMatcher, tokenize, type AliasMatch, type Tokens } from "./matchAliases.js";
import { lexiconMatchers } from "./lexiconMatchers.js";

export type PlaceRelation = "at" | "near" | "in" | "region";

export interface PlaceMention {
  span: Span;
  /** Just the place name inside `span`. */
  placeSpan: Span;
  name: string;
  kind: PlaceKind;
  country: string;
  /** Border phrases: every country named. */
  countries?: string[];
  province: string | null;
  /** Null for a place the gazetteer does not know. */
  lat: number | null;
  lon: number | null;
  relation: PlaceRelation;
  alias: string;
  fuzzy: boolean;
  /** False for a place found by its wording, not in the gazetteer (findUnknownPlaces.ts). */
  known: boolean;
  /** An unknown place: where the known place that locates it starts ("X base in Saada province"). */
  locatedBy?: number;
}

interface PlaceIndex {
  /** Country names, aliases and demonyms, for region and border phrases. */
  countryWords: AliasMatcher<GazetteerEntry>;
  fuzzy: FuzzyIndex<GazetteerEntry>;
}

const indexes = new WeakMap<Lexicons, PlaceIndex>();

function placeIndex(lex: Lexicons): PlaceIndex {
  let idx = indexes.get(lex);
  if (!idx) {
    const countries = lex.gazetteer.filter((e) => e.kind === "country");
    idx = {
      countryWords: new AliasMatcher(countries.flatMap((e) => [...e.aliases, ...e.demonyms].map((alias) => ({ alias, value: e })))),
      fuzzy: new FuzzyIndex(lex.gazetteer.flatMap((e) => e.aliases.map((alias) => ({ alias, value: e }))), knownPhrases(lex)),
    };
    indexes.set(lex, idx);
  }
  return idx;
}

// ---- relative phrases, matched against the text just before a name ----
const DIR_NOUN = "(?:north|south)(?:[- ]?(?:east|west))?|east|west";
const NUMBER =
  "\\d[\\d,.]*|a\\s+few|few|several|a\\s+couple\\s+(?:of\\s+)?|dozens\\s+of|tens\\s+of|a\\s+dozen|a\\s+hundred|" +
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)" +
  "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
const UNIT = "(?:km|kms|kilomet(?:er|re)s?|miles?|mi|meters?|metres?|m)\\b\\.?";
const QUAL = "(?:about|some|around|roughly|approximately|nearly|almost|just|only|over|more\\s+than|less\\s+than|under|at\\s+least)\\s+";
const DIST = `(?:${QUAL})?(?:${NUMBER})[\\s-]*${UNIT}(?:\\s*\\([^()]{1,30}\\))?\\s+`;
const TRIGGER = [
  `(?:${DIST})?(?:(?:just|directly|due|slightly|further|farther)\\s+)?(?:${DIR_NOUN})\\s+of`,
  `${DIST}(?:from|of|outside(?:\\s+of)?|away\\s+from)`,
  "near|nearby|outside(?:\\s+of)?|close\\s+to|next\\s+to|adjacent\\s+to|(?:on\\s+)?the\\s+outskirts\\s+of|outskirts\\s+of",
  "(?:in\\s+)?the\\s+vicinity\\s+of|vicinity\\s+of|around|(?:in\\s+)?the\\s+(?:countryside|desert)\\s+of",
].join("|");
const PLACE_NOUN = "town|city|village|area|district|province|region|governorate|capital|border\\s+town|base|air\\s+base|airbase|oil\\s+field|gas\\s+field|port|outpost";
// "south of the town of X", "south of the capital, Baghdad", "north of the Yemeni capital Sanaa"
const NEAR_RE = new RegExp(`\\b(?:${TRIGGER})\\s+(?:the\\s+)?(?:(?:[\\w'\u2019-]+\\s+){0,2}(?:${PLACE_NOUN})(?:\\s+of|,)?\\s+)?$`, "i");
const WINDOW = 110;

/** Start offset of a "near" phrase ending right before `start`, or -1. */
function nearPhraseStart(text: string, start: number): number {
  const from = Math.max(0, start - WINDOW);
  const m = NEAR_RE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

const PROVINCE_WORDS = new Set(["province", "governorate", "provinces"]);
const DIR_ADJ = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
]);
const DIR_NOUNS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);
const BORDER_WORDS = new Set(["border", "borders", "frontier"]);

const span = (t: Tokens, a: number, b: number): Span => ({ start: t.start[a]!, end: t.end[b]!, text: t.text.slice(t.start[a]!, t.end[b]!) });
/** Norm of token k when it joins token k-1 without punctuation ("" otherwise). */
const joined = (t: Tokens, k: number): string => (k > 0 && k < t.norm.length && t.soft[k] ? t.norm[k]! : "");

/** First token of a direction word ending at token `k` ("north-eastern" is two tokens), or -1. */
function directionEndingAt(t: Tokens, k: number, set: Set<string>): number {
  const w = k >= 0 ? t.norm[k] : undefined;
  if (w === undefined) return -1;
  const p = joined(t, k) ? t.norm[k - 1] : undefined;
  if ((p === "north" || p === "south") && /^(east|west)(ern)?$/.test(w) && set.has(p + w)) return k - 1;
  return set.has(w) ? k : -1;
}

interface RegionPhrase {
  mention: PlaceMention;
  first: number;
  last: number;
}

/** Direction, border and possessive-direction phrases around country words. */
function regionPhrases(t: Tokens, lex: Lexicons): RegionPhrase[] {
  const words = placeIndex(lex).countryWords.matchTokens(t);
  const out: RegionPhrase[] = [];
  const make = (first: number, last: number, c: AliasMatch<GazetteerEntry>, other?: AliasMatch<GazetteerEntry>) => {
    while (out.length && out[out.length - 1]!.last >= first) out.pop(); // a longer phrase replaces "northern Syrian"
    const s = span(t, first, last);
    const e = c.value;
    const countries = other ? { countries: [e.country, other.value.country] } : {};
    out.push({
      first,
      last,
      mention: {
        span: s, placeSpan: { start: c.start, end: c.end, text: c.text }, name: s.text, kind: "region",
        country: e.country, ...countries, province: null, lat: e.lat, lon: e.lon, relation: "region", alias: c.alias, fuzzy: false, known: true,
      },
    });
  };
  for (let q = 0; q < words.length; q++) {
    const c = words[q]!;
    const p = q > 0 ? words[q - 1] : undefined;
    const next = c.last + 1;
    if (BORDER_WORDS.has(joined(t, next))) {
      // "Syrian-Jordanian border", "Iraq Syria border" | "the Syrian border"
      if (p && p.last + 1 === c.first && t.soft[c.first] && p.value !== c.value) make(p.first, next, p, c);
      else make(c.first, next, c);
    } else if (p && joined(t, c.first - 1) === "and" && t.norm[p.first - 1] === "between" && BORDER_WORDS.has(t.norm[p.first - 2] ?? "")) {
      make(p.first - 2, c.last, p, c); // "border between Iraq and Syria"
    } else if (p && t.norm[p.last + 1] === "'s" && BORDER_WORDS.has(t.norm[p.last + 2] ?? "") && t.norm[p.last + 3] === "with" && p.last + 4 === c.first) {
      make(p.first, c.last, p, c); // "Syria's border with Jordan"
    } else if (t.soft[c.first] && directionEndingAt(t, c.first - 1, DIR_ADJ) >= 0) {
      make(directionEndingAt(t, c.first - 1, DIR_ADJ), c.last, c); // "northeastern Syria", "eastern Syrian"
    } else if (joined(t, c.first) && t.norm[c.first - 1] === "of" && c.first >= 3) {
      const d = directionEndingAt(t, c.first - 2, DIR_NOUNS); // "the east of Syria"
      if (d > 0 && t.norm[d - 1] === "the") make(d - 1, c.last, c);
    } else if (t.norm[next] === "'s" && joined(t, next + 1)) {
      let e = next + 1; // "Syria's east", "Iraq's north-west"
      if (/^(north|south)$/.test(t.norm[e]!) && /^(east|west)$/.test(joined(t, e + 1))) e++;
      if (directionEndingAt(t, e, DIR_NOUNS) >= 0) make(c.first, e, c);
    }
  }
  return out;
}

const fuzzyBlocked = (n: number, ...groups: (readonly { first: number; last: number }[])[]) => {
  const b = new Uint8Array(n);
  for (const g of groups) coverTokens(b, g);
  return b;
};

/**
 * Every place mention in `text`, in text order. `names` are the sentence's
 * name spans from the stored compromise parse (sentence-relative), which
 * help find places the gazetteer does not know.
 */
export function findPlaces(text: string, lex: Lexicons, names?: readonly NameSpan[]): PlaceMention[] {
  const t = tokenize(text);
  const { places, actors } = lexiconMatchers(lex);
  const actorMatches = actors.matchTokens(t);
  const strictlyInActor = (m: { start: number; end: number }) =>
    actorMatches.some((a) => a.start <= m.start && m.end <= a.end && a.end - a.start > m.end - m.start);
  const exact = places.matchTokens(t).filter((m) => !strictlyInActor(m));
  const regions = regionPhrases(t, lex).filter(
    (r) => !strictlyInActor(r.mention.span) && !exact.some((m) => m.value.kind !== "country" && m.start < r.mention.span.end && r.mention.span.start < m.end),
  );
  const fuzzy = fuzzyFind(t, placeIndex(lex).fuzzy, fuzzyBlocked(t.norm.length, actorMatches, regions), exact);

  const out: PlaceMention[] = regions.map((r) => r.mention);
  const named = [
    ...exact.filter((m) => !fuzzy.some((f) => f.start <= m.start && m.end <= f.end)).map((m) => ({ m, fuzzy: false })),
    ...fuzzy.map((m) => ({ m, fuzzy: true })),
  ];
  for (const { m, fuzzy: isFuzzy } of named) {
    if (regions.some((r) => r.mention.span.start < m.end && m.start < r.mention.span.end)) continue; // inside "northeastern Syria"
    out.push(placeMention(t, m, m.value, isFuzzy));
  }
  // "(Sanaa time)", "3 a.m. Baghdad time": a clock, not where anything happened.
  const clock = (p: PlaceMention): boolean => CLOCK_AFTER.test(text.slice(p.placeSpan.end, p.placeSpan.end + 12));
  const clocks = out.filter(clock);
  if (clocks.length) out.splice(0, out.length, ...out.filter((p) => !clock(p)));
  const resolved = [...out.map((p) => p.placeSpan), ...clocks.map((p) => p.placeSpan), ...actorMatches, ...placeIndex(lex).countryWords.matchTokens(t)];
  const blocked = (a: number, b: number): boolean => resolved.some((r) => r.start < b && a < r.end);
  const known = [...out];
  for (const u of findUnknownPlaces(text, blocked, names)) {
    const m = unknownMention(t, u, known);
    if (m) out.push(m);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const CLOCK_AFTER = /^\s+(?:local\s+)?time\b/i;

// A known place within this many characters after an unknown one locates it ("X, north of Sanaa", "X in Saada province").
const LOCATOR_WINDOW = 60;
// …when only "in", "of", a comma and a word or two stand between them ("in eastern", ", in the").
const LOCATOR_GAP = /^\s*,?\s*(?:(?:in|of|at|inside|within)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/**
 * A place found by its wording: no coordinates, the article's spelling, and
 * the country of the known place that locates it — the first one named just
 * after it, else the nearest one before it. Null when the sentence names no
 * known place: with no country it can be no event's place, and `sitrep
 * stats` lists its name among the lexicon misses instead.
 */
function unknownMention(t: Tokens, u: UnknownPlace, known: PlaceMention[]): PlaceMention | null {
  let start = u.placeSpan.start;
  let relation: PlaceRelation = u.kind === "province" ? "in" : "at";
  const near = nearPhraseStart(t.text, start);
  if (near >= 0) {
    start = near;
    relation = "near";
  }
  const after = known.find((k) => k.span.start >= u.placeSpan.end && k.span.start - u.placeSpan.end <= LOCATOR_WINDOW);
  const before = known.filter((k) => k.span.end <= u.placeSpan.start).at(-1);
  const locator = after ?? before ?? known[0];
  if (!locator) return null;
  const gap = after ? t.text.slice(u.placeSpan.end, after.span.start) : "";
  const locates = after !== undefined && locator === after && after.relation !== "near" && LOCATOR_GAP.test(gap) && !/\b(?:and|or)\b/i.test(gap);
  // compromise tags Europe, Delaware and Cyprus as places too: a name it found is kept only when
  // a known place right after it says where it is ("X, Iraq", "X in eastern Syria").
  if (u.how === "compromise" && !(after && LOCATOR_GAP.test(gap) && !/\b(?:and|or)\b/i.test(gap))) return null;
  return {
    span: { start, end: u.placeSpan.end, text: t.text.slice(start, u.placeSpan.end) },
    placeSpan: u.placeSpan,
    name: u.name,
    kind: u.kind,
    country: locator.country,
    province: locator.kind === "province" ? locator.name : locator.province,
    lat: null,
    lon: null,
    relation,
    alias: u.how,
    fuzzy: false,
    known: false,
    ...(locates ? { locatedBy: locator.span.start } : {}),
  };
}

function placeMention(t: Tokens, m: { start: number; end: number; text: string; first: number; last: number; alias: string }, e: GazetteerEntry, fuzzy: boolean): PlaceMention {
  let kind = e.kind;
  let start = m.start;
  let end = m.end;
  let relation: PlaceRelation = kind === "base" || kind === "town" ? "at" : kind === "region" ? "region" : "in";
  // "Anbar province", "the province of Anbar", "Kirkuk governorate"
  const isProvinceAfter = PROVINCE_WORDS.has(joined(t, m.last + 1));
  const isProvinceBefore = joined(t, m.first) && t.norm[m.first - 1] === "of" && PROVINCE_WORDS.has(t.norm[m.first - 2] ?? "");
  if ((isProvinceAfter || isProvinceBefore) && (kind === "town" || kind === "province" || kind === "base")) {
    kind = "province";
    relation = "in";
    if (isProvinceAfter) end = t.end[m.last + 1]!;
    else start = t.start[m.first - 2]!;
  }
  const near = nearPhraseStart(t.text, start);
  if (near >= 0) {
    start = near;
    relation = "near";
  }
  return {
    span: { start, end, text: t.text.slice(start, end) },
    placeSpan: { start: m.start, end: m.end, text: m.text },
    name: e.name,
    kind,
    country: e.country,
    province: kind === "province" && e.kind !== "province" ? (e.province ?? e.name) : e.province,
    lat: e.lat,
    lon: e.lon,
    relation,
    alias: m.alias,
    fuzzy,
    known: true,
  };
}

/** Country and sea mentions only (direct mentions, not region phrases). */
export function findCountries(text: string, lex: Lexicons): PlaceMention[] {
  return findPlaces(text, lex).filter((p) => p.kind === "country" || p.kind === "sea");
}
