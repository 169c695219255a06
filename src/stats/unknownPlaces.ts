/**
 * Places not in the gazetteer: place mentions of the current run (or as of
 * a run) that extraction found by their wording ("the Kahlan military base",
 * "the Maqbanah and Hayfan districts", "near the town of X") rather than by
 * a gazetteer row (`mentions.data.known = false`). Each is listed once per
 * spelling, with its kind, the country its sentence gave it, how often and
 * in how many articles it occurs, how many events took it as their place,
 * and one sentence — the list an analyst adds to lexicons/gazetteer.json
 * (with coordinates) so the next `sitrep extract` resolves it.
 */
import type { Db } from "../db/openDatabase.js";
import { snapshotSql } from "../db/snapshot.js";

export interface UnknownPlace {
  /** As the article spells it. */
  name: string;
  kind: string;
  country: string;
  count: number;
  articles: number;
  /** Events (of the same snapshot) whose place it is. */
  events: number;
  example: string;
  /** The mention's offsets in `example`. */
  example_start: number;
  example_end: number;
  example_article: string;
}

interface MentionRow {
  article_id: number;
  run_id: number;
  article: string;
  name: string;
  kind: string;
  country: string;
  start: number;
  end: number;
  sentence_start: number;
  sentence: string;
}

export function unknownPlaces(db: Db, run: number | null): UnknownPlace[] {
  const snap = snapshotSql(run);
  const rows = db
    .prepare(
      `SELECT m.article_id, m.run_id, a.key AS article, m.value AS name, json_extract(m.data, '$.kind') AS kind,
              json_extract(m.data, '$.country') AS country, m.start, m.end, s.start AS sentence_start, s.text AS sentence
         FROM mentions m
         JOIN (${snap.sql}) c ON c.article_id = m.article_id AND c.run_id = m.run_id
         JOIN articles a ON a.id = m.article_id
         JOIN sentences s ON s.id = m.sentence_id
        WHERE m.type = 'place' AND json_extract(m.data, '$.known') = 0
        ORDER BY a.key, m.start`,
    )
    .all(...snap.params) as MentionRow[];
  const eventsAt = db.prepare("SELECT COUNT(*) AS n FROM events WHERE article_id = ? AND run_id = ? AND place = ?");
  const out = new Map<string, UnknownPlace & { seen: Set<string>; counted: Set<string> }>();
  for (const r of rows) {
    let u = out.get(r.name);
    if (!u) {
      const from = r.start - r.sentence_start;
      out.set(
        r.name,
        (u = { name: r.name, kind: r.kind, country: r.country, count: 0, articles: 0, events: 0, example: r.sentence, example_start: from, example_end: from + (r.end - r.start), example_article: r.article, seen: new Set(), counted: new Set() }),
      );
    }
    u.count++;
    u.seen.add(r.article);
    u.articles = u.seen.size;
    // An article's events at the place count once, however often the article names it.
    if (!u.counted.has(r.article)) {
      u.counted.add(r.article);
      u.events += (eventsAt.get(r.article_id, r.run_id, r.name) as { n: number }).n;
    }
  }
  return [...out.values()]
    .map(({ seen: _s, counted: _c, ...u }) => u)
    .sort((a, b) => b.events - a.events || b.count - a.count || a.name.localeCompare(b.name));
}
