/**
 * Reads the database back as GUIDELINES §5 article objects — the shape that
 * `export --format json` writes and `eval` scores — from the current
 * extraction of each article, or as of a given run.
 */
import type { Db } from "../db/openDatabase.js";
import type { AnswerArticle, AnswerEvent, AnswerTally, Qualifier, TallyMetric, Weapon } from "../types.js";
import type { EventRow } from "../db/eventRow.js";
import { snapshotSql } from "../db/snapshot.js";

export interface SourceJson {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export function countryValue(country: string | null): string | string[] | null {
  if (country === null) return null;
  const parts = country.split("; ");
  return parts.length === 1 ? parts[0]! : parts;
}

/** Every article in the snapshot (or the one keyed `article`), with its events and tallies, in article-key order. */
export function readAnswers(db: Db, options: { run?: number | null; article?: string } = {}): AnswerArticle[] {
  const snap = snapshotSql(options.run ?? null);
  const one = options.article !== undefined;
  const articles = db
    .prepare(
      `SELECT a.id, a.key, a.published, a.published_method, c.run_id FROM articles a
       JOIN (${snap.sql}) c ON c.article_id = a.id ${one ? "WHERE a.key = ?" : ""} ORDER BY a.key`,
    )
    .all(...snap.params, ...(one ? [options.article] : [])) as Array<{ id: number; key: string; published: string | null; published_method: string; run_id: number }>;
  const eventsOf = db.prepare("SELECT * FROM events WHERE article_id = ? AND run_id = ? ORDER BY id");
  const sourcesOf = db.prepare(
    `SELECT es.field, es.start, es.end, es.text, s.idx, s.start AS s_start, s.end AS s_end, s.text AS s_text
       FROM event_sources es JOIN sentences s ON s.id = es.sentence_id WHERE es.event_id = ? ORDER BY s.idx, es.start`,
  );
  const talliesOf = db.prepare(
    "SELECT t.*, s.idx FROM tallies t JOIN sentences s ON s.id = t.sentence_id WHERE t.article_id = ? AND t.run_id = ? ORDER BY t.id",
  );
  return articles.map((a) => {
    const events = (eventsOf.all(a.id, a.run_id) as EventRow[]).map((e): AnswerEvent => {
      const sources = sourcesOf.all(e.id) as Array<{ field: string; start: number; end: number; text: string; idx: number; s_start: number; s_end: number; s_text: string }>;
      const evidence = sources.filter((s) => s.field === "evidence");
      const out: AnswerEvent = {
        id: e.id,
        kind: e.kind,
        date: e.date,
        ...(e.date_start && e.date_end ? { date_range: [e.date_start, e.date_end] as [string, string] } : {}),
        country: countryValue(e.country),
        place: e.place,
        actor: e.actor,
        target: e.target,
        weapons: JSON.parse(e.weapons) as Weapon[],
        killed: e.killed,
        injured: e.injured,
        ...(e.count !== null ? { count: e.count } : {}),
        ...(e.umbrella ? { umbrella: true } : {}),
        ...(e.optional ? { optional: true } : {}),
        evidence: evidence.map((s) => s.text),
        outcome: e.outcome,
        asserted_by: e.asserted_by,
        time_precision: e.time_precision,
        geo_precision: e.geo_precision,
        latitude: e.latitude,
        longitude: e.longitude,
        rule: e.rule,
        sources: evidence.map((s): SourceJson & { sentence_text: string; sentence_start: number; sentence_end: number } => ({
          sentence: s.idx,
          start: s.start,
          end: s.end,
          text: s.text,
          sentence_text: s.s_text,
          sentence_start: s.s_start,
          sentence_end: s.s_end,
        })),
        fields: sources.filter((s) => s.field !== "evidence").map((s) => ({ field: s.field, sentence: s.idx, start: s.start, end: s.end, text: s.text })),
      };
      return out;
    });
    const tallies = (
      talliesOf.all(a.id, a.run_id) as Array<{
        metric: TallyMetric;
        value: number;
        qualifier: Qualifier;
        region: string | null;
        since: string | null;
        as_of: string | null;
        start: number;
        end: number;
        text: string;
        idx: number;
        rule: string;
      }>
    ).map(
      (t): AnswerTally => ({
        metric: t.metric,
        value: t.value,
        qualifier: t.qualifier,
        region: t.region,
        since: t.since,
        as_of: t.as_of,
        evidence: t.text,
        rule: t.rule,
        sources: [{ sentence: t.idx, start: t.start, end: t.end, text: t.text }],
      }),
    );
    return { article: a.key, published: a.published, published_method: a.published_method, run: a.run_id, events, tallies };
  });
}
