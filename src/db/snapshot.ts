/**
 * Which run's rows a reader shows for each article: the newest extraction,
 * or the newest at or before a given run (a snapshot "as of" it). Every
 * reader of the database (query, export, stats, report, runs) selects
 * through it, so they agree on what "current" means.
 */

/**
 * SQL selecting, per article, the run whose rows are shown: the newest
 * extraction, or the newest one at or before `run`.
 */
export function snapshotSql(run: number | null): { sql: string; params: number[] } {
  return run === null
    ? { sql: "SELECT article_id, MAX(run_id) AS run_id FROM extractions GROUP BY article_id", params: [] }
    : { sql: "SELECT article_id, MAX(run_id) AS run_id FROM extractions WHERE run_id <= ? GROUP BY article_id", params: [run] };
}
