/**
 * The `runs` table: one row per ingest or extract that stored something,
 * with the rules version and reference date it used, so any event can be
 * traced to the rules that made it and a rerun resolves dates the same way.
 */
import type { Db } from "./openDatabase.js";

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
}

export function startRun(db: Db, command: string, rulesVersion: string, referenceDate: string | null): number {
  const info = db
    .prepare("INSERT INTO runs (command, started_at, rules_version, reference_date) VALUES (?, ?, ?, ?)")
    .run(command, new Date().toISOString(), rulesVersion, referenceDate);
  return Number(info.lastInsertRowid);
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

export function listRuns(db: Db): RunRow[] {
  return db.prepare("SELECT * FROM runs ORDER BY id").all() as RunRow[];
}
