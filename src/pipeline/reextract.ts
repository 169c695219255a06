/**
 * `sitrep extract`: reruns the rules over the stored sentences and their
 * stored compromise parse — no re-reading, no re-parsing — and records the
 * result as a new run. Like a build tool, it redoes only the articles a
 * change can affect (planReextraction.ts); the others keep their current
 * result, which "as of run N" queries find as before. Dates are reused from
 * `article_dates` while the date code and reference date hold. Large runs
 * extract in worker threads (threadPool.ts, one per core, each article with
 * a time limit), small ones in the main thread, which alone reads and
 * writes; each batch is written in one transaction. An article that fails
 * is named with its error and keeps its previous result; the rest go on.
 *
 * The rule stack, the worker pool and the write code are loaded only once
 * the plan holds an article to redo: `sitrep extract` with nothing to do
 * reads the versions and the plan and records an empty run, no more.
 */
import type { Db } from "../db/openDatabase.js";
import { finishRun, latestRun, startRun, type RunRow } from "../db/runs.js";
import { currentVersions } from "../extract/rulesVersion.js";
import type { Extraction } from "../model/extraction.js";
import { parseLexiconFiles } from "../lexicon/loadLexicons.js";
import { lexiconDir } from "../packageRoot.js";
import type { SentenceParse } from "../parse/parseSentence.js";
import { availableParallelism } from "node:os";
import { SitrepError } from "../errors.js";
import type { StoredArticle } from "./extractWorker.js";
import { linkPending, type LinkStats } from "../incidents/link.js";
import { planReextraction, type ReextractionPlan } from "./planReextraction.js";

const BATCH = 200;

export interface ReextractOptions {
  referenceDate?: string;
  /** Redo every article, whatever changed. */
  full?: boolean;
  /** Worker threads for large runs (default: one per core; 0 extracts in the main thread). */
  workers?: number;
  /** Fewest articles to redo for which workers start (default 400: below it, starting them costs more than it saves). */
  parallelFrom?: number;
  /** Longest one article may take in a worker thread, in ms (default 60 s). */
  articleTimeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** The package whose code is versioned (default: this one; tests pass an edited copy). */
  root?: string;
}

export interface ReextractFailure {
  article: string;
  code: string;
  reason: string;
}

export interface ReextractResult {
  run: RunRow;
  previous: RunRow | undefined;
  plan: ReextractionPlan;
  /** Articles that could not be extracted (they keep their previous result). */
  failures: ReextractFailure[];
  /** What linking the new events into incidents did. */
  linking: LinkStats;
}


export async function reextract(db: Db, options: ReextractOptions = {}): Promise<ReextractResult> {
  const previous = latestRun(db);
  const referenceDate = options.referenceDate ?? previous?.reference_date ?? new Date().toISOString().slice(0, 10);
  const versions = currentVersions(options.root);
  // The files just read for the version; a broken lexicon fails here, before a run is recorded.
  const lexicons = parseLexiconFiles(versions.lexicons.files, lexiconDir());
  const plan = planReextraction(db, versions, referenceDate, options.full);
  const runId = startRun(db, "extract", versions, referenceDate);
  const ids = plan.articleIds;
  // Nothing to redo: incidents still catch up with runs not yet linked (a database made before them).
  if (ids.length === 0) {
    const linking = linkPending(db, { finishing: runId });
    return { run: finishRun(db, runId, 0), previous, plan, failures: [], linking };
  }
  const [{ writeExtraction }, { needsParse }, { default: PQueue }, { ThreadPool, compiledScript }, { extractStored }] = await Promise.all([
    import("../db/storeArticle.js"),
    import("./needsParse.js"),
    import("p-queue"),
    import("./threadPool.js"),
    import("./extractWorker.js"),
  ]);
  const workers = options.workers ?? availableParallelism();
  const script = compiledScript("extractWorker.js");
  const pool =
    script && workers > 0 && ids.length >= (options.parallelFrom ?? 400)
      ? new ThreadPool<StoredArticle, Extraction>(script, {
          size: workers,
          taskLimitMs: options.articleTimeoutMs ?? 60_000,
          workerData: { role: "extract", files: versions.lexicons.files, dir: lexiconDir() },
        })
      : null;
  // compromise loads only when a rule change makes a skipped sentence relevant.
  let parseSentence: ((text: string) => SentenceParse) | undefined;

  const articleOf = db.prepare("SELECT id, key, text, published, published_method FROM articles WHERE id = ?");
  const sentencesOf = db.prepare("SELECT id, idx, start, end, text, parse FROM sentences WHERE article_id = ? ORDER BY idx");
  const datesOf = db.prepare("SELECT data FROM article_dates WHERE article_id = ? AND dates_version = ? AND reference_date = ?").pluck();
  const updateParse = db.prepare("UPDATE sentences SET parse = ? WHERE id = ?");

  /** Reads a batch; parses (and stores) any skipped sentence a changed rule now needs. */
  const read = async (batchIds: number[]) => {
    const batch = batchIds.map((id) => {
      const a = articleOf.get(id) as ArticleRow;
      const rows = sentencesOf.all(id) as SentenceRow[];
      // The parse is still JSON text here: a cheap look for the skipped flag before the trigger test.
      return { a, rows, toParse: plan.lexiconOnly.has(id) ? [] : rows.filter((r) => r.parse.includes('"skipped":true') && needsParse(r.text)) };
    });
    if (!parseSentence && batch.some((b) => b.toParse.length)) parseSentence = (await import("../parse/parseSentence.js")).parseSentence;
    if (batch.some((b) => b.toParse.length))
      db.transaction(() => {
        for (const b of batch)
          for (const r of b.toParse) {
            r.parse = JSON.stringify(parseSentence!(r.text));
            updateParse.run(r.parse, r.id);
          }
      })();
    return batch.map(({ a, rows }): StoredArticle & { id: number; sentenceIds: number[] } => {
      const sentenceIds: number[] = [];
      for (const r of rows) sentenceIds[r.idx] = r.id;
      return {
        id: a.id,
        sentenceIds,
        article: {
          key: a.key,
          text: a.text,
          published: a.published,
          publishedMethod: a.published_method,
          referenceDate,
          sentences: rows.map((r) => ({ idx: r.idx, start: r.start, end: r.end, text: r.text, parse: r.parse })),
        },
        dates: (datesOf.get(a.id, versions.dates, referenceDate) as string | undefined) ?? null,
      };
    });
  };
  const extractOne = (stored: StoredArticle): Promise<Extraction> => {
    if (pool) return pool.run(stored);
    try {
      return Promise.resolve(extractStored(stored, lexicons));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  };
  const failures: ReextractFailure[] = [];
  const failed = (article: string, err: unknown): void => {
    const e = err as Error & { code?: unknown };
    const coded = err instanceof SitrepError || (typeof e.code === "string" && /^E_[A-Z_]+$/.test(e.code));
    failures.push({ article, code: coded ? (e.code as string) : "E_INTERNAL", reason: coded ? e.message : `internal error (${e.message}); this is a bug in sitrep: please report it with the article` });
  };

  const batchSize = pool ? 25 : BATCH;
  const queue = new PQueue({ concurrency: pool ? workers * 2 : 1 });
  let done = 0;
  let writeError: unknown = null;
  // Batches are written in article order whatever order the workers finish
  // in, so event ids are the same from one run of the same command to the next.
  let lastWrite: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < ids.length && !writeError; i += batchSize) {
      await queue.onSizeLessThan(pool ? workers * 2 : 1);
      const batch = await read(ids.slice(i, i + batchSize));
      // One article's failure is its own: the others of the batch are written.
      const extracted = Promise.allSettled(batch.map((b) => extractOne({ article: b.article, dates: b.dates })));
      const previousWrite = lastWrite;
      lastWrite = (async () => {
        await previousWrite;
        const results = await extracted;
        if (writeError) return;
        try {
          db.transaction(() =>
            results.forEach((x, k) => {
              if (x.status === "fulfilled") writeExtraction(db, batch[k]!.id, batch[k]!.sentenceIds, x.value, runId);
            }),
          )();
        } catch (err) {
          // The database could not be written (disk full, locked): that stops the run.
          writeError ??= err;
          return;
        }
        results.forEach((x, k) => x.status === "rejected" && failed(batch[k]!.article.key, x.reason));
        done += batch.length;
        options.onProgress?.(done, ids.length);
      })();
      void queue.add(() => lastWrite);
    }
    await queue.onIdle();
    await lastWrite;
  } finally {
    await pool?.close();
  }
  if (writeError) throw writeError;
  // Incidents follow the new events before the run counts as finished.
  const linking = linkPending(db, { finishing: runId });
  return { run: finishRun(db, runId, failures.length), previous, plan, failures, linking };
}

interface ArticleRow {
  id: number;
  key: string;
  text: string;
  published: string | null;
  published_method: "header" | "field" | "inferred" | "unknown";
}

interface SentenceRow {
  id: number;
  idx: number;
  start: number;
  end: number;
  text: string;
  parse: string;
}
