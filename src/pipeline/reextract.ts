/**
 * `sitrep extract`: reruns the rules over the stored sentences and their
 * stored compromise parse — no re-reading, no re-parsing — and records the
 * result as a new run. Articles are written in batches, each batch one
 * transaction.
 */
import type { Db } from "../db/openDatabase.js";
import { finishRun, latestRun, startRun, type RunRow } from "../db/runs.js";
import { writeExtraction } from "../db/storeArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import { rulesVersion } from "../extract/rulesVersion.js";
import type { SentenceInput } from "../extract/types.js";
import { loadLexicons } from "../lexicon/index.js";
import { parseSentence, type SentenceParse } from "../parse/parseSentence.js";
import { needsParse } from "../parse/parseArticle.js";

const BATCH = 200;

export interface ReextractOptions {
  referenceDate?: string;
  onProgress?: (done: number, total: number) => void;
}

export function reextract(db: Db, options: ReextractOptions = {}): { run: RunRow; previous: RunRow | undefined } {
  const previous = latestRun(db);
  const referenceDate = options.referenceDate ?? previous?.reference_date ?? new Date().toISOString().slice(0, 10);
  const lexicons = loadLexicons();
  const runId = startRun(db, "extract", rulesVersion(), referenceDate);
  const articles = db.prepare("SELECT id, key, text, published, published_method FROM articles ORDER BY id").all() as Array<{
    id: number;
    key: string;
    text: string;
    published: string | null;
    published_method: "header" | "field" | "inferred" | "unknown";
  }>;
  const updateParse = db.prepare("UPDATE sentences SET parse = ? WHERE id = ?");
  const sentencesOf = db.prepare("SELECT id, idx, start, end, text, parse FROM sentences WHERE article_id = ? ORDER BY idx");
  for (let i = 0; i < articles.length; i += BATCH) {
    db.transaction(() => {
      for (const a of articles.slice(i, i + BATCH)) {
        const rows = sentencesOf.all(a.id) as Array<{ id: number; idx: number; start: number; end: number; text: string; parse: string }>;
        const sentences: SentenceInput[] = rows.map((r) => ({ idx: r.idx, start: r.start, end: r.end, text: r.text, parse: JSON.parse(r.parse) as SentenceParse }));
        // A rule change may make a sentence skipped at ingest relevant: parse it now, once.
        for (const s of sentences)
          if (s.parse.skipped && needsParse(s.text)) {
            s.parse = parseSentence(s.text);
            updateParse.run(JSON.stringify(s.parse), rows[s.idx]!.id);
          }
        const ids: number[] = [];
        for (const r of rows) ids[r.idx] = r.id;
        const extraction = extractArticle(
          { key: a.key, text: a.text, published: a.published, publishedMethod: a.published_method, referenceDate, sentences },
          lexicons,
        );
        writeExtraction(db, a.id, ids, extraction, runId);
      }
    })();
    options.onProgress?.(Math.min(i + BATCH, articles.length), articles.length);
  }
  return { run: finishRun(db, runId, 0), previous };
}
