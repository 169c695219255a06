/**
 * merge-same-event: several sentences (or rules) about the same action are
 * one event (GUIDELINES §2): same kind, same day, and the same place — or no
 * place on one side and agreeing countries.
 */
import type { EventCandidate } from "../rules/rule.js";
import type { Refiner } from "./refiner.js";

export function dayOf(c: EventCandidate): string | null {
  const d = c.dates[0];
  return d ? (d.date ?? d.range?.[0] ?? null) : null;
}

export function countriesOfCandidate(c: EventCandidate): string[] {
  return c.places.length ? [...new Set(c.places.map((p) => p.country))] : [...new Set(c.countries.map((x) => x.value))];
}

/** "a base in Deir ez-Zor province" and the al-Omar oil field there: the province only locates the base. */
function withinProvince(province: EventCandidate["places"][number], place: EventCandidate["places"][number]): boolean {
  return province.kind === "province" && place.kind !== "province" && place.country === province.country && place.province === province.name;
}

function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.kind !== b.kind || dayOf(a) !== dayOf(b)) return false;
  // "Separately, …" tells another event, unless the same place is named on both sides.
  if ((a.separate || b.separate) && !(a.places[0] && a.places[0].name === b.places[0]?.name)) return false;
  const pa = a.places[0]?.name ?? null;
  const pb = b.places[0]?.name ?? null;
  if (pa && pb) return pa === pb || withinProvince(a.places[0]!, b.places[0]!) || withinProvince(b.places[0]!, a.places[0]!);
  const ca = countriesOfCandidate(a);
  const cb = countriesOfCandidate(b);
  // One side names a place, the other only its country (or nothing): the same
  // event told twice — unless the placeless side sums up several countries.
  if (pa || pb) {
    // "… and another at a base in northern Iraq": told apart from the one at the named place.
    if (a.further || b.further) return false;
    // "attacked two times in Iraq on Friday" sums up several attacks: not the one at a place.
    if (((pa ? b : a).count?.value ?? 1) > 1 && ((pa ? a : b).count?.value ?? 1) === 1) return false;
    const placeless = pa ? cb : ca;
    const country = (pa ? a : b).places[0]!.country;
    return placeless.length === 0 || (placeless.length === 1 && placeless[0] === country);
  }
  if (ca.length === 0 || cb.length === 0) return true;
  return ca.length === cb.length && ca.every((x) => cb.includes(x));
}

// When two reports of one event differ, the graver outcome holds ("shot down one … the other hit the base").
const OUTCOME_RANK: Array<EventCandidate["outcome"]> = [null, "intercepted", "impact", "damage", "casualties"];

function graver(a: EventCandidate["outcome"], b: EventCandidate["outcome"]): EventCandidate["outcome"] {
  return OUTCOME_RANK.indexOf(a) >= OUTCOME_RANK.indexOf(b) ? a : b;
}

const windowOnly = (c: EventCandidate): boolean => c.dates.length > 0 && c.dates.every((d) => !d.date);

function merge(into: EventCandidate, from: EventCandidate): EventCandidate {
  const weapons = [...into.weapons];
  for (const w of from.weapons) if (!weapons.some((x) => x.category === w.category)) weapons.push(w);
  const killed = into.killed?.value != null ? into.killed : from.killed ?? into.killed;
  const injured = into.injured?.value != null ? into.injured : from.injured ?? into.injured;
  return {
    ...into,
    // The more specific place of the two: a base over the province that locates it.
    places: into.places.length && !(from.places.length && withinProvince(into.places[0]!, from.places[0]!)) ? into.places : from.places,
    countries: into.countries.length ? into.countries : from.countries,
    actor: into.actor && !into.actorGeneric ? into.actor : from.actor && !from.actorGeneric ? from.actor : into.actor ?? from.actor,
    actorGeneric: into.actor && !into.actorGeneric ? false : from.actor ? from.actorGeneric : into.actorGeneric,
    target: into.target ?? from.target,
    weapons,
    killed,
    injured,
    count: into.count ?? from.count,
    outcome: (killed?.value ?? 0) > 0 || (injured?.value ?? 0) > 0 ? "casualties" : graver(into.outcome, from.outcome),
    // A report's own day beats another's inherited date, and a day beats a window ("over the past few days").
    dates: (into.inheritedDate && !from.inheritedDate) || (windowOnly(into) && !windowOnly(from) && !from.inheritedDate) ? from.dates : into.dates,
    inheritedDate: into.inheritedDate && from.inheritedDate,
    extraSentences: [...new Set([...into.extraSentences, from.sentenceIdx, ...from.extraSentences])].filter((i) => i !== into.sentenceIdx),
  };
}

export const mergeSameEvent: Refiner = {
  id: "merge-same-event",
  description: "Merges candidates of the same kind, day and place into one event with several sources.",
  refine(candidates) {
    const out: EventCandidate[] = [];
    for (const c of candidates) {
      const i = out.findIndex((o) => sameEvent(o, c));
      if (i >= 0) out[i] = merge(out[i]!, c);
      else out.push(c);
    }
    return out;
  },
};
