/**
 * The compatibility rules of GUIDELINES §6 for two reports: same kind, same
 * day (or overlapping windows), places that agree (the same place, one
 * within the other, or one naming only the country), actors that agree (the
 * same group, or one a member of the other), and no contradiction of
 * substance. Differences of detail (rockets against rockets and drones,
 * three injured against four) do not part reports.
 */
import type { Hierarchy } from "./hierarchy.js";
import type { Report } from "./types.js";

/** The strength of a place agreement: same place 3, one directly within the other 2.5, within further up 2, country only 1. */
export type PlaceAgreement = number;

export function countriesOf(r: Pick<Report, "country">): string[] {
  return r.country ? r.country.split("; ") : [];
}

/** How well two reports' places agree, or null when they cannot be one place. */
export function placeAgreement(h: Hierarchy, a: Report, b: Report): PlaceAgreement | null {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  if (ca.length && cb.length && !ca.some((c) => cb.includes(c))) return null;
  if (a.place === null || b.place === null) return 1;
  if (a.place === b.place) return 3;
  const up = (x: string, y: string): number => h.placeChain(x).indexOf(y);
  const i = Math.max(up(a.place, b.place), up(b.place, a.place));
  if (i < 0) return null;
  return i === 1 ? 2.5 : 2;
}

/**
 * Whether two reports can name the same attacker: either names none, or
 * the groups share an umbrella (one is a member of the other, or both of a
 * third: reports often blame different groups of one alliance).
 */
export function actorsAgree(h: Hierarchy, a: Report, b: Report): boolean {
  if (a.actor === null || b.actor === null) return true;
  const as = a.actor.split("; ").flatMap((x) => h.actorChain(x));
  const bs = new Set(b.actor.split("; ").flatMap((y) => h.actorChain(y)));
  return as.some((x) => bs.has(x));
}

/** A contradiction of substance in the casualties: one report says nobody was killed, the other counts dead. */
export function casualtiesContradict(a: Report, b: Report): boolean {
  return a.killed !== null && b.killed !== null && (a.killed === 0) !== (b.killed === 0);
}

/** Whether the two reports' dates allow one action: the same day, or windows that overlap. */
export function datesAgree(a: Report, b: Report): boolean {
  const span = (r: Report): [string, string] | null => (r.day ? [r.day, r.day] : r.dayStart && r.dayEnd ? [r.dayStart, r.dayEnd] : null);
  const x = span(a);
  const y = span(b);
  return x !== null && y !== null && x[0] <= y[1] && y[0] <= x[1];
}

/**
 * The strength with which two reports of different articles can be one
 * incident (higher: more specific agreement), or null when they cannot.
 */
export function compatibility(h: Hierarchy, a: Report, b: Report): number | null {
  if (a.kind !== b.kind || a.articleKey === b.articleKey) return null;
  if (!datesAgree(a, b) || !actorsAgree(h, a, b) || casualtiesContradict(a, b)) return null;
  return placeAgreement(h, a, b);
}
