/**
 * The named places an event happened at (GUIDELINES §3: the most specific
 * named place; one event per place, §2): bases before towns and provinces
 * (a town listed beside a base counts too); a place that only locates
 * another ("Jurf al-Sakhar, south of Baghdad", "the Ain al-Asad airbase west
 * of Baghdad", "Kahlan military base in Saada province") and a province
 * that holds a place already named are not places of their own.
 *
 * A place the gazetteer does not know counts like a known one of its kind.
 * `bases: false` (strikes) leaves out the gazetteer's bases — they are the
 * US and coalition sites attacks hit — but not an unknown base, which a
 * strike report names as what it hit ("the Kahlan military base").
 */
import type { PlaceMention } from "./findPlaces.js";

const SCOPE_COUNTRIES = new Set(["Iraq", "Syria", "Jordan", "Yemen", "Red Sea", "Gulf of Aden", "Arabian Sea"]);

// "at Ain al-Asad and at Erbil", "On Sunday at Erbil and …", "another targeted Erbil": a town
// listed beside a base is a place of its own — unless it just locates the base ("the airbase at al-Baghdadi").
const LISTED_BEFORE = /(?:\b(?:and|or)\s+(?:at|on|in)\s+|\bat\s+|\b(?:targeted|hit|struck|attacked)\s+)$/i;


export function bestPlaces(places: PlaceMention[], options: { bases?: boolean; text?: string } = {}): PlaceMention[] {
  const named = places.filter(
    (p) =>
      p.kind !== "region" &&
      p.kind !== "country" &&
      p.kind !== "sea" &&
      SCOPE_COUNTRIES.has(p.country) &&
      (options.bases !== false || p.kind !== "base" || !p.known),
  );
  // "the Kahlan base in Saada province": the known place that locates an unknown one (findPlaces).
  const locators = new Set(named.flatMap((p) => (p.locatedBy === undefined ? [] : [p.locatedBy])));
  const located = named.filter((p, i) => {
    if (locators.has(p.span.start)) return false;
    const prev = named[i - 1];
    if (!prev || p.relation !== "near") return true;
    // ", south of Baghdad" right after another place locates that place, and so does "near Erbil airport" after
    // "the Harir base belonging to the US military": no list ("and", a comma) between them.
    if (p.span.start - prev.span.end <= 3) return false;
    return options.text === undefined || /\band\b|[,;]/.test(options.text.slice(prev.span.end, p.span.start));
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
