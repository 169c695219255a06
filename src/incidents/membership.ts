/**
 * Which incident an event belongs to: now (incident_reports), or as of a
 * run (the newest incident_membership row at or before it), so `--run N`,
 * `diff` and `export --run N` see the incidents of that time.
 */
import type { Db } from "../db/openDatabase.js";

/** A lookup event id → incident id (null: in no incident). */
export function incidentLookup(db: Db, run: number | null = null): (eventId: number) => number | null {
  if (!hasIncidents(db)) return () => null;
  const stmt =
    run === null
      ? db.prepare("SELECT incident_id FROM incident_reports WHERE event_id = ?").pluck()
      : db.prepare("SELECT incident_id FROM incident_membership WHERE event_id = ? AND run_id <= ? ORDER BY run_id DESC LIMIT 1").pluck();
  return (eventId) => ((run === null ? stmt.get(eventId) : stmt.get(eventId, run)) as number | null | undefined) ?? null;
}

/** Whether the schema has incidents (a read-only database of an older sitrep may not). */
export function hasIncidents(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_reports'").get() !== undefined;
}
