/**
 * A candidate event as explain shows it: its id (c1, c2, … in the order the
 * rules proposed them; c3.1, c3.2 for the parts of a split) and the values
 * of its fields, without the spans.
 */
import type { EventCandidate } from "../rules/rule.js";

/** Carried by object spread through every refiner, and invisible to JSON and Object.keys. */
export const CANDIDATE_ID = Symbol("explain candidate id");

export type Tagged = EventCandidate & { [CANDIDATE_ID]?: string };

export const idOf = (c: Tagged): string => c[CANDIDATE_ID] ?? "?";

export interface CandidateView {
  id: string;
  rule: string;
  kind: string;
  sentence: number;
  sentences: number[];
  trigger: string;
  date: string | null;
  dateWords: string | null;
  inheritedDate: boolean;
  place: string | null;
  countries: string[];
  actor: string | null;
  target: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  count: number | null;
  umbrella: boolean;
  outcome: string | null;
  reason: string;
}

export function viewOf(c: Tagged): CandidateView {
  const d = c.dates[0];
  return {
    id: idOf(c),
    rule: c.rule,
    kind: c.kind,
    sentence: c.sentenceIdx,
    sentences: [c.sentenceIdx, ...c.extraSentences].sort((a, b) => a - b),
    trigger: c.trigger.text,
    date: d ? (d.date ?? (d.range ? `${d.range[0]}/${d.range[1]}` : null)) : null,
    dateWords: d ? d.span.text : null,
    inheritedDate: c.inheritedDate,
    place: c.places[0]?.name ?? null,
    countries: c.places.length ? [...new Set(c.places.map((p) => p.country))] : [...new Set(c.countries.map((k) => k.value))],
    actor: c.actor?.value ?? null,
    target: c.target?.value ?? null,
    weapons: [...new Set(c.weapons.map((w) => w.category))],
    killed: c.killed?.value ?? null,
    injured: c.injured?.value ?? null,
    count: c.count?.value ?? null,
    umbrella: c.umbrella,
    outcome: c.outcome,
    reason: c.reason,
  };
}

/** The fields two views of one candidate are compared on (what a refiner may change). */
export const VIEW_FIELDS = ["date", "place", "countries", "actor", "target", "weapons", "killed", "injured", "count", "umbrella", "outcome", "sentences"] as const;

export function viewChanges(a: CandidateView, b: CandidateView): Array<{ field: string; before: unknown; after: unknown }> {
  const s = (v: unknown): string => JSON.stringify(v ?? null);
  return VIEW_FIELDS.filter((f) => s(a[f]) !== s(b[f])).map((f) => ({ field: f, before: a[f], after: b[f] }));
}

/** One line: "attack 2023-11-20 Ain al-Asad Air Base (Iraq) by X, missile, injured 8". */
export function describeView(v: CandidateView): string {
  const where = [v.place, v.countries.join("/")].filter(Boolean).join(", ");
  const parts = [
    `${v.kind} ${v.date ?? "undated"}${v.inheritedDate ? " (inherited)" : ""}`,
    where || "no place",
    v.actor ? `by ${v.actor}` : null,
    v.weapons.length ? v.weapons.join("+") : null,
    v.killed !== null ? `killed ${v.killed}` : null,
    v.injured !== null ? `injured ${v.injured}` : null,
    v.count !== null ? `count ${v.count}` : null,
    v.umbrella ? "umbrella" : null,
  ];
  return parts.filter(Boolean).join(", ");
}
