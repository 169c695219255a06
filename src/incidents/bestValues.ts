/**
 * An incident's best values from its reports: the most specific place, the
 * actor most reports name, the union of weapons, killed and injured with
 * their range and the value most reports give, the span of dates and of
 * publication; and its conflicts — each detail the reports differ on, with
 * the articles giving each value.
 */
import { cmp } from "./cluster.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Report } from "./types.js";

export interface Conflict {
  field: "place" | "actor" | "weapons" | "killed" | "injured";
  values: Array<{ value: string | number | string[]; articles: string[] }>;
}

export interface IncidentValues {
  kind: string;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  country: string | null;
  place: string | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  killedMin: number | null;
  killedMax: number | null;
  injured: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
  firstReported: string | null;
  lastReported: string | null;
  reports: number;
  conflicts: Conflict[];
}

/** Each distinct value with the articles giving it, most articles first, ties by value. */
function tally<T extends string | number>(reports: readonly Report[], get: (r: Report) => T | null): Array<{ value: T; articles: string[] }> {
  const by = new Map<T, Set<string>>();
  for (const r of reports) {
    const v = get(r);
    if (v === null) continue;
    if (!by.has(v)) by.set(v, new Set());
    by.get(v)!.add(r.articleKey);
  }
  return [...by]
    .map(([value, a]) => ({ value, articles: [...a].sort() }))
    .sort((x, y) => y.articles.length - x.articles.length || cmp(String(x.value), String(y.value)));
}

const nonNull = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);

export function incidentValues(h: Hierarchy, reports: readonly Report[]): IncidentValues {
  const days = nonNull(reports.flatMap((r) => [r.day, r.dayStart, r.dayEnd])).sort();
  const exact = nonNull(reports.map((r) => r.day)).sort();
  const published = nonNull(reports.map((r) => r.published)).sort();
  const places = tally(reports, (r) => r.place);
  // The most specific place; among equally specific ones, the one most reports give.
  const place = [...places].sort((a, b) => h.placeRank(b.value) - h.placeRank(a.value))[0]?.value ?? null;
  const countries = tally(reports, (r) => r.country);
  const placeCountry = place === null ? undefined : reports.find((r) => r.place === place)?.country;
  const actors = tally(reports, (r) => r.actor);
  const weaponSets = tally(reports, (r) => (r.weapons.length ? [...r.weapons].sort().join("; ") : null));
  const killed = tally(reports, (r) => r.killed);
  const injured = tally(reports, (r) => r.injured);
  const range = (t: Array<{ value: number }>): [number | null, number | null] => (t.length ? [Math.min(...t.map((x) => x.value)), Math.max(...t.map((x) => x.value))] : [null, null]);
  const [killedMin, killedMax] = range(killed);
  const [injuredMin, injuredMax] = range(injured);
  const conflicts: Conflict[] = [];
  const conflict = (field: Conflict["field"], t: Array<{ value: string | number; articles: string[] }>, split = false): void => {
    if (t.length > 1) conflicts.push({ field, values: t.map((x) => ({ value: split && typeof x.value === "string" ? x.value.split("; ") : x.value, articles: x.articles })) });
  };
  conflict("place", places);
  conflict("actor", actors);
  conflict("weapons", weaponSets, true);
  conflict("killed", killed);
  conflict("injured", injured);
  return {
    kind: reports[0]!.kind,
    date: exact[0] ?? null,
    dateStart: days[0] ?? null,
    dateEnd: days.at(-1) ?? null,
    country: placeCountry ?? countries[0]?.value ?? null,
    place,
    actor: actors[0]?.value ?? null,
    weapons: [...new Set(reports.flatMap((r) => r.weapons))].sort(),
    killed: killed[0]?.value ?? null,
    killedMin,
    killedMax,
    injured: injured[0]?.value ?? null,
    injuredMin,
    injuredMax,
    firstReported: published[0] ?? null,
    lastReported: published.at(-1) ?? null,
    reports: reports.length,
    conflicts,
  };
}
