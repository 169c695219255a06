/**
 * Loads the sentences behind events: for each event its evidence sentences
 * and the spans of the words each field came from (event_sources rows), cut
 * into segments for marking.
 */
import type { Db } from "../db/openDatabase.js";
import { segmentSentence, type Mark, type Segment } from "./highlight.js";

export interface SourceSentence {
  /** Sentence number within the article. */
  idx: number;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  text: string;
  /** True when the event cites it as evidence (not only for a field's words). */
  evidence: boolean;
  /** Field words in this sentence, offsets into the article text. */
  marks: Mark[];
  segments: Segment[];
}

interface SourceRow {
  event_id: number;
  field: string;
  start: number;
  end: number;
  sentence_id: number;
  idx: number;
  s_start: number;
  s_end: number;
  s_text: string;
}

/** Sentences of each event in `eventIds`, in sentence order. */
export function loadEventSources(db: Db, eventIds: number[]): Map<number, SourceSentence[]> {
  const out = new Map<number, SourceSentence[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT es.event_id, es.field, es.start, es.end, s.id AS sentence_id, s.idx, s.start AS s_start, s.end AS s_end, s.text AS s_text
         FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
        WHERE es.event_id IN (SELECT value FROM json_each(?))
        ORDER BY es.event_id, s.idx, es.start`,
    )
    .all(JSON.stringify(eventIds)) as SourceRow[];
  const bySentence = new Map<string, SourceSentence>();
  for (const r of rows) {
    const key = `${r.event_id}:${r.sentence_id}`;
    let s = bySentence.get(key);
    if (!s) {
      s = { idx: r.idx, start: r.s_start, end: r.s_end, text: r.s_text, evidence: false, marks: [], segments: [] };
      bySentence.set(key, s);
      out.get(r.event_id)!.push(s);
    }
    if (r.field === "evidence") s.evidence = true;
    else s.marks.push({ field: r.field, start: r.start, end: r.end });
  }
  for (const s of bySentence.values()) s.segments = segmentSentence(s.text, s.start, s.marks);
  return out;
}
