/**
 * What the linker reads of one report (a current, dated, non-umbrella event)
 * and what it decides. Pure data: the rules in compatible.ts and cluster.ts
 * take these, so they are tested without a database.
 */
export interface Report {
  eventId: number;
  articleKey: string;
  /** The event's signature: article key, kind, first evidence sentence and place among its events there. */
  sig: string;
  kind: string;
  /** The event's day; null when only a window is known (then dayStart/dayEnd). */
  day: string | null;
  dayStart: string | null;
  dayEnd: string | null;
  /** One or more countries (or seas), joined by "; " as in events.country. */
  country: string | null;
  place: string | null;
  actor: string | null;
  target: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  /** The article's publication date. */
  published: string | null;
}

/** Analyst decisions that shape linking, by event signature. */
export interface Decisions {
  /** Events split out of their incident: each stays alone. */
  split: ReadonlySet<string>;
  /** Pairs of events whose incidents were merged. */
  merge: ReadonlyArray<readonly [string, string]>;
}

export const NO_DECISIONS: Decisions = { split: new Set(), merge: [] };
