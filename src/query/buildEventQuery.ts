/**
 * Builds the SQL that selects events by `EventFilters`, over the snapshot of
 * each article's newest extraction (or as of a run). Every value a person
 * gave is a bound parameter; only fixed SQL fragments are concatenated.
 */
import { snapshotSql } from "../db/snapshot.js";
import type { EventFilters } from "./eventFilters.js";
import { toFtsQuery } from "./ftsQuery.js";

export interface BuiltQuery {
  sql: string;
  params: Array<string | number>;
}

/** `%` and `_` in a person's value are literal characters, not LIKE wildcards. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const EVENT_COLUMNS = `e.id, a.key AS article, e.kind, e.date, e.date_start, e.date_end, e.country, e.place, e.actor,
       e.target, e.weapons, e.killed, e.injured, e.count, e.umbrella, e.optional, e.outcome, e.asserted_by,
       e.time_precision, e.geo_precision, e.latitude, e.longitude, e.rule, e.reason, e.run_id`;

export function buildEventQuery(filters: EventFilters): BuiltQuery {
  const snap = snapshotSql(filters.run ?? null);
  const where: string[] = [];
  const params: Array<string | number> = [...snap.params];
  const add = (clause: string, ...values: Array<string | number>): void => {
    where.push(clause);
    params.push(...values);
  };
  if (filters.article !== undefined) add("a.key = ?", filters.article);
  if (filters.kind !== undefined) add("e.kind = ?", filters.kind);
  if (filters.incident !== undefined)
    add(
      filters.run == null
        ? "e.id IN (SELECT event_id FROM incident_reports WHERE incident_id = ?)"
        : "(SELECT m.incident_id FROM incident_membership m WHERE m.event_id = e.id AND m.run_id <= ? ORDER BY m.run_id DESC LIMIT 1) = ?",
      ...(filters.run == null ? [filters.incident] : [filters.run, filters.incident]),
    );
  // An event known only as a window [date_start, date_end] matches when the
  // window overlaps [from, to]; an undated event matches no date filter.
  if (filters.from !== undefined) add("COALESCE(e.date, e.date_end) >= ?", filters.from);
  if (filters.to !== undefined) add("COALESCE(e.date, e.date_start) <= ?", filters.to);
  // country holds one name or several joined by '; ': match a whole part.
  if (filters.country !== undefined) add(`'; ' || e.country || '; ' LIKE '%; ' || ? || '; %' ESCAPE '\\'`, escapeLike(filters.country));
  if (filters.place !== undefined) add(`e.place LIKE '%' || ? || '%' ESCAPE '\\'`, escapeLike(filters.place));
  if (filters.actor !== undefined) add(`e.actor LIKE '%' || ? || '%' ESCAPE '\\'`, escapeLike(filters.actor));
  if (filters.weapon !== undefined) add("EXISTS (SELECT 1 FROM json_each(e.weapons) w WHERE w.value = ?)", filters.weapon);
  if (filters.minKilled !== undefined) add("e.killed >= ?", filters.minKilled);
  if (filters.text !== undefined)
    add(
      `e.id IN (SELECT es.event_id FROM event_sources es JOIN sentences_fts f ON f.rowid = es.sentence_id
                 WHERE es.field = 'evidence' AND sentences_fts MATCH ?)`,
      toFtsQuery(filters.text),
    );
  const sql =
    `SELECT ${EVENT_COLUMNS}
  FROM events e
  JOIN (${snap.sql}) c ON c.article_id = e.article_id AND c.run_id = e.run_id
  JOIN articles a ON a.id = e.article_id` +
    (where.length ? `\n WHERE ${where.join("\n   AND ")}` : "") +
    `\n ORDER BY e.date IS NULL, COALESCE(e.date, e.date_start), e.id` +
    (filters.limit !== undefined ? "\n LIMIT ?" : "");
  if (filters.limit !== undefined) params.push(filters.limit);
  return { sql, params };
}
