/**
 * Test helper for the behaviour suites in test/rules: extracts from a short
 * text and flattens each event to the fields a test states, so a table row
 * reads like the sentence and the answer a careful analyst would write.
 */
import { expect } from "vitest";
import type { EventOut, Extraction } from "../../src/model/extraction.js";
import { extractSentence } from "./extractSentence.js";

/** The publication date every suite reads its sentences against unless a row says otherwise (a Friday). */
export const PUBLISHED = "2023-11-24";

export interface EventView {
  kind: EventOut["kind"];
  date: string | null;
  dateRange: [string, string] | null;
  place: string | null;
  /** One country as a string, several as a list, none as null. */
  country: string | string[] | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  count: number | null;
  umbrella: boolean;
  outcome: EventOut["outcome"];
  assertedBy: EventOut["assertedBy"];
  timePrecision: EventOut["timePrecision"];
  geoPrecision: EventOut["geoPrecision"];
  /** How many sentences the event cites as evidence. */
  evidence: number;
}

export function viewOf(e: EventOut): EventView {
  return {
    kind: e.kind,
    date: e.date,
    dateRange: e.dateRange,
    place: e.place,
    country: e.countries.length === 1 ? e.countries[0]! : e.countries.length ? [...e.countries].sort() : null,
    actor: e.actor,
    weapons: [...e.weapons].sort(),
    killed: e.killed,
    injured: e.injured,
    count: e.count,
    umbrella: e.umbrella,
    outcome: e.outcome,
    assertedBy: e.assertedBy,
    timePrecision: e.timePrecision,
    geoPrecision: e.geoPrecision,
    evidence: e.sources.filter((s) => s.field === "evidence").length,
  };
}

export function extract(text: string, published = PUBLISHED): Extraction {
  return extractSentence(text, published);
}

export function eventsOf(text: string, published = PUBLISHED): EventView[] {
  return extract(text, published).events.map(viewOf);
}

const pick = (v: EventView, want: Partial<EventView>): Partial<EventView> =>
  Object.fromEntries(Object.keys(want).map((k) => [k, v[k as keyof EventView]])) as Partial<EventView>;

const normalise = (want: Partial<EventView>): Partial<EventView> => ({
  ...want,
  ...(want.weapons ? { weapons: [...want.weapons].sort() } : {}),
  ...(Array.isArray(want.country) ? { country: [...want.country].sort() } : {}),
});

/**
 * Expects exactly `wanted.length` events, each wanted one matched by a
 * different event on the fields it states (in any order).
 */
export function expectEvents(text: string, wanted: Array<Partial<EventView>>, published = PUBLISHED): EventView[] {
  const got = eventsOf(text, published);
  const left = [...got];
  for (const w of wanted.map(normalise)) {
    const i = left.findIndex((g) => JSON.stringify(pick(g, w)) === JSON.stringify(w));
    if (i < 0) expect(got.map((g) => pick(g, w)), `no event matches ${JSON.stringify(w)}`).toContainEqual(w);
    left.splice(i, 1);
  }
  expect(got, `expected ${wanted.length} event(s)`).toHaveLength(wanted.length);
  return got;
}

/** Expects no event at all. */
export function expectNoEvents(text: string, published = PUBLISHED): void {
  expect(eventsOf(text, published)).toEqual([]);
}
