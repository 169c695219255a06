/**
 * Compares the events of two snapshots (as of run A and as of run B): which
 * were added, which removed, and which changed field by field, each with
 * the sentence it came from. `sitrep extract` prints this against the run
 * before it; `sitrep diff A B` for any two.
 */
import type { Db } from "../db/openDatabase.js";
import { readAnswers } from "../export/readAnswers.js";
import { printable } from "../text/printable.js";
import type { AnswerEvent } from "../types.js";

// `incident`: the event's incident as of each run — a report that moved to another incident is a change.
export const COMPARED_FIELDS = ["date", "date_range", "country", "place", "actor", "target", "weapons", "killed", "injured", "count", "umbrella", "incident"] as const;

export interface FieldChange {
  field: (typeof COMPARED_FIELDS)[number];
  before: unknown;
  after: unknown;
}

export interface EventChange {
  article: string;
  before: AnswerEvent;
  after: AnswerEvent;
  changes: FieldChange[];
}

export interface RunDiff {
  from: number | null;
  to: number;
  added: Array<{ article: string; event: AnswerEvent }>;
  removed: Array<{ article: string; event: AnswerEvent }>;
  changed: EventChange[];
  tallies: { added: number; removed: number };
}

const norm = (v: unknown): string => JSON.stringify(Array.isArray(v) ? [...v].sort() : (v ?? null));

/** Identity of an event across runs: kind, day and place (or countries). */
function identity(e: AnswerEvent): string {
  return [e.kind, e.date ?? e.date_range?.join("/") ?? "", e.place ?? norm(e.country)].join("|");
}

function similarity(a: AnswerEvent, b: AnswerEvent): number {
  if (a.kind !== b.kind) return -1;
  let s = 0;
  if (identity(a) === identity(b)) s += 10;
  if (norm(a.evidence) === norm(b.evidence)) s += 5;
  else if (a.evidence.some((x) => b.evidence.includes(x))) s += 3;
  for (const f of COMPARED_FIELDS) if (norm(a[f]) === norm(b[f])) s += 1;
  return s;
}

export interface EventPair {
  /** Null: the event is new. */
  before: AnswerEvent | null;
  /** Null: the event is gone. */
  after: AnswerEvent | null;
  changes: FieldChange[];
}

/**
 * Pairs one article's old and new events: each new event with the most
 * similar old one that shares evidence or identity (threshold 8). New
 * events come first in their order, then the old ones left unpaired.
 */
export function pairEvents(oldEvents: readonly AnswerEvent[], newEvents: readonly AnswerEvent[]): EventPair[] {
  const left = [...oldEvents];
  const out: EventPair[] = [];
  for (const e of newEvents) {
    let best = -1;
    let bestScore = 7;
    left.forEach((o, i) => {
      const s = similarity(o, e);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best < 0) {
      out.push({ before: null, after: e, changes: [] });
      continue;
    }
    const o = left.splice(best, 1)[0]!;
    // A fresh extraction (explain) has no incident yet: incidents are compared only when both sides have one.
    const fields = COMPARED_FIELDS.filter((f) => f !== "incident" || ("incident" in o && "incident" in e));
    out.push({ before: o, after: e, changes: fields.filter((f) => norm(o[f]) !== norm(e[f])).map((f) => ({ field: f, before: o[f] ?? null, after: e[f] ?? null })) });
  }
  for (const o of left) out.push({ before: o, after: null, changes: [] });
  return out;
}

export function diffRuns(db: Db, from: number | null, to: number): RunDiff {
  const before = new Map(from === null ? [] : readAnswers(db, { run: from }).map((a) => [a.article, a]));
  const after = readAnswers(db, { run: to });
  const diff: RunDiff = { from, to, added: [], removed: [], changed: [], tallies: { added: 0, removed: 0 } };
  const seen = new Set<string>();
  for (const a of after) {
    seen.add(a.article);
    const old = before.get(a.article);
    const pairs = pairEvents(old?.events ?? [], a.events);
    for (const p of pairs) {
      if (!p.before) diff.added.push({ article: a.article, event: p.after! });
      else if (!p.after) diff.removed.push({ article: a.article, event: p.before });
      else if (p.changes.length) diff.changed.push({ article: a.article, before: p.before, after: p.after, changes: p.changes });
    }
    const key = (t: { metric: string; value: number; region: string | null }): string => `${t.metric}|${t.value}|${t.region}`;
    const oldT = (old?.tallies ?? []).map(key);
    const newT = a.tallies.map(key);
    diff.tallies.added += newT.filter((k) => !oldT.includes(k)).length;
    diff.tallies.removed += oldT.filter((k) => !newT.includes(k)).length;
  }
  for (const [article, old] of before) if (!seen.has(article)) for (const e of old.events) diff.removed.push({ article, event: e });
  return diff;
}

function describe(e: AnswerEvent): string {
  const where = [e.place, Array.isArray(e.country) ? e.country.join("/") : e.country].filter(Boolean).join(", ");
  return `${e.kind} ${e.date ?? e.date_range?.join("..") ?? "undated"} ${where || "?"}${e.actor ? ` by ${e.actor}` : ""}`;
}

export function formatDiff(d: RunDiff): string {
  const lines: string[] = [];
  lines.push(
    `Changes ${d.from === null ? "(no earlier run)" : `from run ${d.from}`} to run ${d.to}: ` +
      `${d.added.length} events added, ${d.removed.length} removed, ${d.changed.length} changed; ` +
      `tallies ${d.tallies.added} added, ${d.tallies.removed} removed`,
  );
  const quote = (e: AnswerEvent): string => `      “${e.evidence[0] ?? ""}”`;
  for (const x of d.added) lines.push(`  + [${x.article}] ${describe(x.event)}`, quote(x.event));
  for (const x of d.removed) lines.push(`  - [${x.article}] ${describe(x.event)}`, quote(x.event));
  for (const x of d.changed) {
    lines.push(`  ~ [${x.article}] ${describe(x.after)}`);
    for (const c of x.changes) lines.push(`      ${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
    lines.push(quote(x.after));
  }
  // Article keys and sentences come from input files: control characters shown escaped.
  return lines.map(printable).join("\n") + "\n";
}
