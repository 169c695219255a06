/**
 * The `runs` table: one row per ingest or extract that stored something,
 * with the rules version and reference date it used, so any event can be
 * traced to the rules that made it and a rerun resolves dates the same way.
 */
import type { Db } from "./openDatabase.js";
import type { LexiconSnapshot, Versions } from "../extract/rulesVersion.js";

export interface RunRow {
  id: number;
  command: string;
  started_at: string;
  finished_at: string | null;
  rules_version: string;
  reference_date: string | null;
  articles: number;
  events: number;
  tallies: number;
  failures: number;
  /** Parts of the rules version (NULL for runs made before schema v3). */
  code_version: string | null;
  dates_version: string | null;
  lexicon_hash: string | null;
}

export function startRun(db: Db, command: string, versions: Versions, referenceDate: string | null): number {
  return db.transaction(() => {
    db.prepare("INSERT OR IGNORE INTO lexicon_snapshots (hash, files) VALUES (?, ?)").run(versions.lexicons.hash, JSON.stringify(versions.lexicons.files));
    const info = db
      .prepare("INSERT INTO runs (command, started_at, rules_version, reference_date, code_version, dates_version, lexicon_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(command, new Date().toISOString(), versions.rules, referenceDate, versions.code, versions.dates, versions.lexicons.hash);
    return Number(info.lastInsertRowid);
  })();
}

/** The lexicon files a run read, or undefined when it predates snapshots. */
export function lexiconSnapshotOf(db: Db, hash: string | null): LexiconSnapshot | undefined {
  if (!hash) return undefined;
  const row = db.prepare("SELECT files FROM lexicon_snapshots WHERE hash = ?").get(hash) as { files: string } | undefined;
  return row ? { hash, files: JSON.parse(row.files) as Record<string, string> } : undefined;
}

/** Closes a run, counting what it extracted from the database itself. */
export function finishRun(db: Db, runId: number, failures: number): RunRow {
  db.prepare(
    `UPDATE runs SET finished_at = ?, failures = ?,
       articles = (SELECT COUNT(*) FROM extractions WHERE run_id = ?),
       events   = (SELECT COUNT(*) FROM events WHERE run_id = ?),
       tallies  = (SELECT COUNT(*) FROM tallies WHERE run_id = ?)
     WHERE id = ?`,
  ).run(new Date().toISOString(), failures, runId, runId, runId, runId);
  return getRun(db, runId)!;
}

export function getRun(db: Db, runId: number): RunRow | undefined {
  return db.prepare("SELECT * FROM runs WHERE id = ?").get(runId) as RunRow | undefined;
}

export function latestRun(db: Db): RunRow | undefined {
  return db.prepare("SELECT * FROM runs ORDER BY id DESC LIMIT 1").get() as RunRow | undefined;
}

/**
 * Every run, oldest first. A run that never finished (killed, or still
 * going) has no counts in its row yet, though the articles it committed are
 * whole and current: count them from the tables instead.
 */
export function listRuns(db: Db): RunRow[] {
  return db
    .prepare(
      `SELECT r.*,
         CASE WHEN r.finished_at IS NULL THEN (SELECT COUNT(*) FROM extractions x WHERE x.run_id = r.id) ELSE r.articles END AS articles,
         CASE WHEN r.finished_at IS NULL THEN (SELECT COUNT(*) FROM events e WHERE e.run_id = r.id) ELSE r.events END AS events,
         CASE WHEN r.finished_at IS NULL THEN (SELECT COUNT(*) FROM tallies t WHERE t.run_id = r.id) ELSE r.tallies END AS tallies
       FROM runs r ORDER BY r.id`,
    )
    .all() as RunRow[];
}
