/**
 * Lexicon misses: capitalised, name-like spans that compromise found in a
 * sentence (sentences.parse `names`, offsets relative to the sentence) where
 * no lexicon resolved anything — no place, actor or weapon mention of the
 * article's current run overlaps them. They are the candidates for new
 * gazetteer or actor rows ("Kurdish", "Hangzhou", "Fadel al-Maksusi").
 */
import type { Db } from "../db/openDatabase.js";
import { snapshotSql } from "../db/snapshot.js";

export interface LexiconMiss {
  /** The words, without a possessive 's. */
  name: string;
  /** compromise's tag: Place, Organization, Person, ProperNoun, ... */
  tag: string;
  count: number;
  articles: number;
  /** One sentence it occurs in, the name's offsets in it, and its article. */
  example: string;
  example_start: number;
  example_end: number;
  example_article: string;
}

interface SentenceRow {
  id: number;
  article: string;
  start: number;
  text: string;
  parse: string;
}

const CAPITALISED = /^\p{Lu}/u;

export function lexiconMisses(db: Db, run: number | null): LexiconMiss[] {
  const snap = snapshotSql(run);
  const sentences = db
    .prepare(
      `SELECT s.id, a.key AS article, s.start, s.text, s.parse, c.run_id
         FROM sentences s JOIN articles a ON a.id = s.article_id JOIN (${snap.sql}) c ON c.article_id = s.article_id
        ORDER BY a.key, s.idx`,
    )
    .all(...snap.params) as Array<SentenceRow & { run_id: number }>;
  const mentionsOf = db.prepare("SELECT start, end FROM mentions WHERE sentence_id = ? AND run_id = ? AND type IN ('place', 'actor', 'weapon')");
  const misses = new Map<string, LexiconMiss & { seen: Set<string> }>();
  for (const s of sentences) {
    const names = (JSON.parse(s.parse) as { names?: Array<[number, number, string]> }).names ?? [];
    if (names.length === 0) continue;
    const mentions = mentionsOf.all(s.id, s.run_id) as Array<{ start: number; end: number }>;
    for (const [from, to, tag] of names) {
      const name = s.text.slice(from, to).replace(/['’]s$/u, "").trim();
      if (!CAPITALISED.test(name)) continue;
      const [start, end] = [s.start + from, s.start + to];
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
      let miss = misses.get(name);
      if (!miss) misses.set(name, (miss = { name, tag, count: 0, articles: 0, example: s.text, example_start: from, example_end: from + name.length, example_article: s.article, seen: new Set() }));
      miss.count++;
      miss.seen.add(s.article);
      miss.articles = miss.seen.size;
    }
  }
  return [...misses.values()]
    .map(({ seen: _seen, ...m }) => m)
    .sort((a, b) => b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name));
}
