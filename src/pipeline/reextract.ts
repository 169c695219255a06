/**
 * `sitrep extract`: reruns the rules over the stored sentences and their
 * stored compromise parse — no re-reading, no re-parsing — and records the
 * result as a new run. Like a build tool, it redoes only the articles a
 * change can affect (planReextraction.ts); the others keep their current
 * result, which "as of run N" queries find as before. Dates are reused from
 * `article_dates` while the date code and reference date hold. Articles are
 * written in batches, each batch one transaction.
 */
import type { Db } from "../db/openDatabase.js";
import { finishRun, latestRun, startRun, type RunRow } from "../db/runs.js";
import { writeExtraction } from "../db/storeArticle.js";
import { extractArticle } from "../extract/extractArticle.js";
import { currentVersions } from "../extract/rulesVersion.js";
import type { ArticleDates, SentenceInput } from "../extract/types.js";
import { parseLexiconFiles } from "../lexicon/index.js";
import { lexiconDir } from "../packageRoot.js";
import type { SentenceParse } from "../parse/parseSentence.js";
import { needsParse } from "../parse/needsParse.js";
import { planReextraction, type ReextractionPlan } from "./planReextraction.js";

const BATCH = 200;

export interface ReextractOptions {
  referenceDate?: string;
  /** Redo every article, whatever changed. */
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ReextractResult {
  run: RunRow;
  previous: RunRow | undefined;
  plan: ReextractionPlan;
}

interface ArticleRow {
  id: number;
  key: string;
  text: string;
  published: string | null;
  published_method: "header" | "field" | "inferred" | "unknown";
}

export async function reextract(db: Db, options: ReextractOptions = {}): Promise<ReextractResult> {
  const previous = latestRun(db);
  const referenceDate = options.referenceDate ?? previous?.reference_date ?? new Date().toISOString().slice(0, 10);
  const versions = currentVersions();
  // The files just read for the version; a broken lexicon fails here, before a run is recorded.
  const lexicons = parseLexiconFiles(versions.lexicons.files, lexiconDir());
  const plan = planReextraction(db, versions, referenceDate, options.full);
  const runId = startRun(db, "extract", versions, referenceDate);
  // compromise loads only when a rule change makes a skipped sentence relevant.
  let parseSentence: ((text: string) => SentenceParse) | undefined;
  const skippedToParse = (rows: SentenceInput[]) => rows.filter((s) => s.parse.skipped && needsParse(s.text));

  const articleOf = db.prepare("SELECT id, key, text, published, published_method FROM articles WHERE id = ?");
  const sentencesOf = db.prepare("SELECT id, idx, start, end, text, parse FROM sentences WHERE article_id = ? ORDER BY idx");
  const datesOf = db.prepare("SELECT data FROM article_dates WHERE article_id = ? AND dates_version = ? AND reference_date = ?").pluck();
  const updateParse = db.prepare("UPDATE sentences SET parse = ? WHERE id = ?");
  const ids = plan.articleIds;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH).map((id) => {
      const a = articleOf.get(id) as ArticleRow;
      const rows = sentencesOf.all(id) as Array<{ id: number; idx: number; start: number; end: number; text: string; parse: string }>;
      const sentences: SentenceInput[] = rows.map((r) => ({ idx: r.idx, start: r.start, end: r.end, text: r.text, parse: JSON.parse(r.parse) as SentenceParse }));
      return { a, rows, sentences };
    });
    if (!parseSentence && batch.some((b) => skippedToParse(b.sentences).length > 0))
      parseSentence = (await import("../parse/parseSentence.js")).parseSentence;
    db.transaction(() => {
      for (const { a, rows, sentences } of batch) {
        // A rule change may make a sentence skipped at ingest relevant: parse it now, once.
        for (const s of skippedToParse(sentences)) {
          s.parse = parseSentence!(s.text);
          updateParse.run(JSON.stringify(s.parse), rows[s.idx]!.id);
        }
        const sentenceIds: number[] = [];
        for (const r of rows) sentenceIds[r.idx] = r.id;
        const cached = datesOf.get(a.id, versions.dates, referenceDate) as string | undefined;
        const extraction = extractArticle(
          { key: a.key, text: a.text, published: a.published, publishedMethod: a.published_method, referenceDate, sentences },
          lexicons,
          {},
          cached ? (JSON.parse(cached) as ArticleDates) : undefined,
        );
        writeExtraction(db, a.id, sentenceIds, extraction, runId);
      }
    })();
    options.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  return { run: finishRun(db, runId, 0), previous, plan };
}
