/**
 * The places of a candidate event: the most specific named places, the
 * countries and seas when no place is named, and ACLED geo precision.
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { PlaceMention } from "../lexicon/index.js";
import type { ValueWithSpan } from "./candidateTypes.js";
import { hits, loadCues } from "../lexicon/cues.js";
import { REFERENCE_CLAUSE, inside, segmentAt } from "./clauses.js";
import { eventDates } from "./eventDates.js";

const SCOPE_COUNTRIES = new Set(["Iraq", "Syria", "Jordan", "Yemen", "Red Sea", "Gulf of Aden", "Arabian Sea"]);

// The place picker (bases before towns, locating places left out, unknown places too) is the
// lexicon layer's: src/lexicon/bestPlaces.ts.
export { bestPlaces } from "../lexicon/bestPlaces.js";

const ORIGIN = /\bfrom\s+(?:the\s+)?(?:(?:areas?|parts?|territory|regions?|coast)\s+of\s+)?(?:[\w-]+-(?:controlled|held)\s+)?$/i;

function endsWithReadiness(text: string): boolean {
  const trimmed = text.trimEnd();
  return hits(loadCues().preLaunch, trimmed).some((h) => h.end === trimmed.length);
}

/** Countries (and seas) the sentence names, when no place is more specific: every mention, so a clause finds its own. */
export function countriesOf(ctx: SentenceContext): ValueWithSpan<string>[] {
  const out: ValueWithSpan<string>[] = [];
  for (const p of ctx.places) {
    if (!(p.kind === "country" || p.kind === "region" || p.kind === "sea")) continue;
    // "drones fired from Yemen": where an attack came from is not where it happened.
    // "from areas of Yemen", "from Houthi-controlled Yemen" likewise.
    const origin = ORIGIN.exec(ctx.text.slice(0, p.span.start));
    // … unless the weapons never left: "missiles prepared to launch from Yemen" were hit in Yemen.
    if (origin && !endsWithReadiness(ctx.text.slice(Math.max(0, origin.index - 40), origin.index))) continue;
    if (!SCOPE_COUNTRIES.has(p.country)) continue;
    // "in Syria … near the Iraqi border": a border locates a place in the other country.
    if (p.kind === "region" && /\bborders?\b/i.test(p.span.text) && ctx.places.some((q) => q.kind === "country" && q.country !== p.country && SCOPE_COUNTRIES.has(q.country))) continue;
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

const isSpecific = (p: PlaceMention): boolean => p.kind !== "country" && p.kind !== "region" && p.kind !== "sea";

/**
 * The place mentions an event's clause can take: its own, when it names a
 * specific place; else also those of an undated clause telling the same
 * action ("Three service members were injured in Iraq on Monday when
 * militants attacked Erbil Air Base") — never those of a clause that names
 * another event ("after rockets hit al-Tanf") or has a day of its own.
 */
export function placesForClause(ctx: SentenceContext, segment: [number, number]): PlaceMention[] {
  const local = ctx.places.filter((p) => inside(p.span, segment));
  if (local.some(isSpecific)) return local;
  const borrowed = ctx.places.filter((p) => {
    if (!isSpecific(p) || inside(p.span, segment)) return false;
    const seg = segmentAt(ctx.text, p.span.start);
    // A semicolon parts two actions ("… come under fire twice; a drone attack at al-Tanf …").
    const between = seg[0] > segment[0] ? ctx.text.slice(segment[1], seg[0]) : ctx.text.slice(seg[1], segment[0]);
    return !between.includes(";") && !REFERENCE_CLAUSE.test(ctx.text.slice(seg[0])) && !eventDates(ctx, seg).length;
  });
  if (borrowed.length) return [...local, ...borrowed];
  return local.length ? local : ctx.places;
}
