/**
 * The cumulative number of distinct events sitrep found, day by day, to set
 * against the cumulative tallies officials reported. Several articles report
 * the same event, so events count once per kind, day and place (or country
 * when no place is known). Umbrella events ("attacked four times") summarise
 * others and undated events have no day; neither is counted.
 */
import type { CumulativeRow, ReportEvent } from "./reportTypes.js";

export function distinctKey(e: Pick<ReportEvent, "kind" | "date" | "place" | "countries">): string {
  return [e.kind, e.date, e.place ?? e.countries.join("; ")].join("|");
}

export function cumulativeDistinct(events: Array<ReportEvent & { umbrella?: boolean }>): CumulativeRow[] {
  const seen = new Set<string>();
  const perDay = new Map<string, Record<string, number>>();
  for (const e of events) {
    if (!e.date || e.umbrella) continue;
    const key = distinctKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const row = perDay.get(e.date) ?? {};
    row[e.kind] = (row[e.kind] ?? 0) + 1;
    perDay.set(e.date, row);
  }
  const total: Record<string, number> = {};
  return [...perDay.keys()].sort().map((day) => {
    for (const [kind, n] of Object.entries(perDay.get(day)!)) total[kind] = (total[kind] ?? 0) + n;
    return { day, counts: { ...total } };
  });
}
