/**
 * The places of a candidate event: the most specific named places, the
 * countries and seas when no place is named, and ACLED geo precision.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { PlaceMention } from "../lexicon/index.js";
import type { ValueWithSpan } from "./candidateTypes.js";

const SCOPE_COUNTRIES = new Set(["Iraq", "Syria", "Jordan", "Yemen", "Red Sea", "Gulf of Aden", "Arabian Sea"]);

// "at Ain al-Asad and at Erbil", "On Sunday at Erbil and …", "another targeted Erbil": a town
// listed beside a base is a place of its own — unless it just locates the base ("the airbase at al-Baghdadi").
const LISTED_BEFORE = /(?:\b(?:and|or)\s+(?:at|on|in)\s+|\bat\s+|\b(?:targeted|hit|struck|attacked)\s+)$/i;

/**
 * The named places an event happened at: bases before towns and provinces
 * (a town listed beside a base counts too); a place that only locates another ("Jurf al-Sakhar, south of Baghdad",
 * "the Ain al-Asad airbase west of Baghdad") and a province that holds a
 * place already named are not places of their own.
 */
export function bestPlaces(places: PlaceMention[], options: { bases?: boolean; text?: string } = {}): PlaceMention[] {
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
  const listed = (p: PlaceMention): boolean =>
    p.kind === "town" &&
    options.text !== undefined &&
    LISTED_BEFORE.test(options.text.slice(Math.max(0, p.span.start - 20), p.span.start)) &&
    !places.some((q) => q !== p && q.span.end <= p.span.start && p.span.start - q.span.end <= 6);
  const pool = bases.length ? located.filter((p) => p.kind === "base" || listed(p)) : located;
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
    // "from areas of Yemen", "from Houthi-controlled Yemen" likewise.
    if (/\bfrom\s+(?:the\s+)?(?:(?:areas?|parts?|territory|regions?|coast)\s+of\s+)?(?:[\w-]+-(?:controlled|held)\s+)?$/i.test(ctx.text.slice(Math.max(0, p.span.start - 40), p.span.start))) continue;
    if (!SCOPE_COUNTRIES.has(p.country) || seen.has(p.country)) continue;
    // "in Syria … near the Iraqi border": a border locates a place in the other country.
    if (p.kind === "region" && /\bborders?\b/i.test(p.span.text) && ctx.places.some((q) => q.kind === "country" && q.country !== p.country && SCOPE_COUNTRIES.has(q.country))) continue;
    seen.add(p.country);
    out.push({ value: p.country, span: p.span });
  }
  return out;
}

/**
 * ACLED geo precision of an event's place: 1 the named base or town, 2 near
 * it ("near Erbil", "south of Baghdad"), 3 only a province, region or sea.
 */
export function geoPrecisionOf(place: PlaceMention | undefined, countries: string[]): 1 | 2 | 3 | null {
  if (place) return place.kind === "province" ? 3 : place.relation === "near" ? 2 : 1;
  return countries.length ? 3 : null;
}
