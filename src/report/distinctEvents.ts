/**
 * The cumulative number of distinct events sitrep found, day by day, to set
 * against the cumulative tallies officials reported. Several articles report
 * one attack, with details that drift; the linker (src/incidents/) groups
 * those reports into one incident, so the distinct events are the incidents,
 * each counted once on its day (the first day of its window when its reports
 * differ by a day). Umbrella and undated events belong to no incident.
 */
import type { CumulativeRow, ReportIncident } from "./reportTypes.js";

/** The day an incident is counted on. */
export const incidentDay = (i: Pick<ReportIncident, "date" | "date_start">): string | null => i.date ?? i.date_start;

export function cumulativeDistinct(incidents: ReadonlyArray<Pick<ReportIncident, "kind" | "date" | "date_start">>): CumulativeRow[] {
  const perDay = new Map<string, Record<string, number>>();
  for (const i of incidents) {
    const day = incidentDay(i);
    if (!day) continue;
    const row = perDay.get(day) ?? {};
    row[i.kind] = (row[i.kind] ?? 0) + 1;
    perDay.set(day, row);
  }
  const total: Record<string, number> = {};
  return [...perDay.keys()].sort().map((day) => {
    for (const [kind, n] of Object.entries(perDay.get(day)!)) total[kind] = (total[kind] ?? 0) + n;
    return { day, counts: { ...total } };
  });
}
