/**
 * Where explain's fresh events differ from what the database holds for the
 * article (a rule or lexicon edit not yet extracted): paired as `sitrep
 * diff` pairs the events of two runs (runs/diffRuns.ts pairEvents).
 */
import type { Db } from "../db/openDatabase.js";
import { countryValue, readAnswers } from "../export/readAnswers.js";
import type { EventOut, TallyOut } from "../extract/types.js";
import { pairEvents, type FieldChange } from "../runs/diffRuns.js";
import type { AnswerEvent } from "../types.js";

export interface StoredComparison {
  /** The run whose rows the article shows now. */
  run: number;
  /** Per fresh event, in order: "same", "new" (the database lacks it) or "changed". */
  status: Array<{ status: "same" | "new" | "changed"; storedId: number | null; changes: FieldChange[] }>;
  /** Events the database holds that this extraction no longer gives. */
  removed: AnswerEvent[];
  /** Tallies ("attacks 36 in Iraq") this extraction gives that the database lacks, and the reverse. */
  tallies: { added: string[]; removed: string[] };
  /** Whether anything above differs: the database is behind the current rules for this article. */
  differs: boolean;
}

/** A tally as one comparable phrase. */
export function tallyKey(t: { metric: string; value: number; region: string | null }): string {
  return `${t.metric} ${t.value}${t.region ? ` in ${t.region}` : ""}`;
}

/** A fresh event in the shape the database is read back in (GUIDELINES §5). */
export function answerOf(e: EventOut): AnswerEvent {
  return {
    kind: e.kind,
    date: e.date,
    ...(e.dateRange ? { date_range: e.dateRange } : {}),
    country: countryValue(e.countries.length ? e.countries.join("; ") : null),
    place: e.place,
    actor: e.actor,
    target: e.target,
    weapons: e.weapons,
    killed: e.killed,
    injured: e.injured,
    ...(e.count !== null ? { count: e.count } : {}),
    ...(e.umbrella ? { umbrella: true } : {}),
    evidence: e.sources.filter((s) => s.field === "evidence").map((s) => s.text),
  };
}

export function compareWithStored(db: Db, key: string, events: readonly EventOut[], tallies: readonly TallyOut[]): StoredComparison | null {
  const stored = readAnswers(db, { article: key })[0];
  if (!stored) return null; // stored but never extracted
  const fresh = events.map(answerOf);
  const pairs = pairEvents(stored.events, fresh);
  const status: StoredComparison["status"] = fresh.map((f) => {
    const p = pairs.find((x) => x.after === f)!;
    return {
      status: !p.before ? "new" : p.changes.length ? "changed" : "same",
      storedId: (p.before?.id as number | undefined) ?? null,
      changes: p.changes,
    };
  });
  const removed = pairs.filter((p) => !p.after).map((p) => p.before!);
  const had = stored.tallies.map(tallyKey);
  const has = tallies.map(tallyKey);
  const t = { added: has.filter((k) => !had.includes(k)), removed: had.filter((k) => !has.includes(k)) };
  const differs = status.some((x) => x.status !== "same") || removed.length > 0 || t.added.length > 0 || t.removed.length > 0;
  return { run: stored.run as number, status, removed, tallies: t, differs };
}
