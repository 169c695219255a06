/**
 * Which articles `sitrep extract` must redo, and why. An article's result
 * depends on the extraction code, the reference date and the lexicons; the
 * run that made its current result recorded all three. So, per article:
 *
 * - no result yet, or made before versions were recorded  → redo;
 * - the code or the reference date changed                → redo;
 * - only lexicon entries changed                          → redo when its
 *   probe (the words and phrases the lexicons can reach) meets a changed
 *   entry's old or new forms, exactly or fuzzily (lexiconChange.ts);
 * - cue words added or removed                            → redo when its
 *   text holds one of them;
 * - number words or the kind registry changed              → redo;
 * - nothing changed                                       → keep.
 *
 * `full` redoes everything. What extraction cannot redo is counted apart:
 * articles whose text and sentences were made by other text-stage code
 * (cleaning, sentences, parse) need a re-ingest, which `extract` reports.
 */
import type { Db } from "../db/openDatabase.js";
import { getRun, lexiconSnapshotOf } from "../db/runs.js";
import { cueKey, lexiconChange } from "../extract/lexiconChange.js";
import { ChangeProbe } from "../extract/lexiconProbe.js";
import type { Versions } from "../model/versions.js";

export interface ReextractionPlan {
  /** Article ids to redo, ascending. */
  articleIds: number[];
  /** Articles in the database. */
  total: number;
  /** Why articles are redone, with how many for each reason. */
  reasons: Map<string, number>;
  /** The lexicon entries that changed, when that is the reason. */
  lexiconChanges: string[];
  /** Articles redone only for a lexicon entry: their code and cues are unchanged, so no skipped sentence can need a parse now. */
  lexiconOnly: Set<number>;
  /** Articles stored by other text-stage code than the current one: only a re-ingest remakes their text and sentences. */
  reingest: number;
}

/** Per run: redo its articles, or test each one's probe against the lexicon change (null: nothing changed). */
type Verdict = { redo: true; reason: string } | { redo: false; probe: ChangeProbe | null; cueWords: string[] };

export function planReextraction(db: Db, versions: Versions, referenceDate: string, full = false): ReextractionPlan {
  const plan: ReextractionPlan = { articleIds: [], total: 0, reasons: new Map(), lexiconChanges: [], lexiconOnly: new Set(), reingest: 0 };
  const verdicts = new Map<number, Verdict>();
  const verdictFor = (runId: number): Verdict => {
    let v = verdicts.get(runId);
    if (v) return v;
    const run = getRun(db, runId);
    const before = lexiconSnapshotOf(db, run?.lexicon_hash ?? null);
    if (!run || !run.code_version || !before) v = { redo: true, reason: "made before sitrep recorded versions" };
    else if (run.code_version !== versions.code) v = { redo: true, reason: "the extraction code changed" };
    else if (run.reference_date !== referenceDate) v = { redo: true, reason: `the reference date changed (${run.reference_date} → ${referenceDate})` };
    else {
      const change = lexiconChange(before, versions.lexicons);
      if (change.kind === "all") v = { redo: true, reason: `lexicons: ${change.reason}` };
      else {
        const entries = change.kind === "entries" && (change.words.length > 0 || change.compacts.length > 0);
        v = { redo: false, probe: entries ? new ChangeProbe(change) : null, cueWords: change.kind === "entries" ? change.cueWords : [] };
        if (change.kind === "entries") for (const c of change.changes) if (!plan.lexiconChanges.includes(c)) plan.lexiconChanges.push(c);
      }
    }
    verdicts.set(runId, v);
    return v;
  };
  const redo = (id: number, reason: string): void => {
    plan.articleIds.push(id);
    plan.reasons.set(reason, (plan.reasons.get(reason) ?? 0) + 1);
  };
  const rows = db.prepare(
    `SELECT a.id, c.run_id, p.run_id AS probe_run, p.words, p.phrases
       FROM articles a
       LEFT JOIN current_extractions c ON c.article_id = a.id
       LEFT JOIN article_probes p ON p.article_id = a.id
      ORDER BY a.id`,
  );
  const textOf = db.prepare("SELECT text FROM articles WHERE id = ?").pluck();
  for (const r of rows.iterate() as Iterable<{ id: number; run_id: number | null; probe_run: number | null; words: string | null; phrases: string | null }>) {
    plan.total++;
    if (full) {
      redo(r.id, "--full");
      continue;
    }
    if (r.run_id === null) {
      redo(r.id, "no extraction yet");
      continue;
    }
    const v = verdictFor(r.run_id);
    if (v.redo) redo(r.id, v.reason);
    else if (v.cueWords.length && holdsAny(textOf.get(r.id) as string, v.cueWords)) redo(r.id, "a changed cue word occurs in it");
    else if (v.probe) {
      if (r.probe_run !== r.run_id || r.words === null) redo(r.id, "no lexicon probe for its current result");
      else if (v.probe.reaches({ words: r.words, phrases: r.phrases ?? "" })) {
        redo(r.id, "a changed lexicon entry occurs in it");
        plan.lexiconOnly.add(r.id);
      }
    }
  }
  plan.reingest = db.prepare("SELECT COUNT(*) FROM articles WHERE text_version IS NOT NULL AND text_version <> ?").pluck().get(versions.text) as number;
  return plan;
}

/** Whether a text holds any of the cue words (cueKey form): a superset of where the cue lists can match. */
function holdsAny(text: string, words: readonly string[]): boolean {
  const t = cueKey(text);
  return words.some((w) => t.includes(w));
}
