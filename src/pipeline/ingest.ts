/**
 * The main job: read → decode → (skip if unchanged) → clean, split, parse,
 * extract → store, for every article under the given paths.
 *
 * Reading is streamed and bounded by p-queue (at most a few articles in
 * flight per worker); the parse and extraction run in a pool of worker
 * threads (one per core by default) with a time limit per article; a single
 * writer in the main thread stores finished articles in batches, each batch
 * one transaction of whole articles. One bad file is reported and the batch
 * goes on.
 */
import { availableParallelism } from "node:os";
import PQueue from "p-queue";
import type { Db } from "../db/openDatabase.js";
import { readCorpus, type CorpusItem } from "../read/readCorpus.js";
import { decodeArticle, type RawArticle } from "./prepareArticle.js";
import { processArticle, type Processed } from "./processArticle.js";
import { ArticleError, WorkerPool, workerScript } from "./workerPool.js";
import { BatchWriter } from "./batchWriter.js";
import { storedHash } from "../db/storeArticle.js";
import { finishRun, startRun, type RunRow } from "../db/runs.js";
import { rulesVersion } from "../extract/rulesVersion.js";
import { loadLexicons } from "../lexicon/index.js";

export interface IngestOptions {
  referenceDate: string;
  /** Worker threads for parsing; 0 parses in the main thread. Default: one per core. */
  workers?: number;
  /** Longest time one article may take to parse, in ms (default 60 s). */
  articleTimeoutMs?: number;
  /** Articles per write transaction (default 64). */
  batchSize?: number;
  /** Stop at the first failure instead of going on. */
  strict?: boolean;
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestFailure {
  sourcePath: string;
  sourceLine: number | null;
  code: string;
  reason: string;
}

export interface IngestProgress {
  seen: number;
  stored: number;
  unchanged: number;
  failed: number;
}

export interface IngestResult extends IngestProgress {
  run: RunRow | null;
  failures: IngestFailure[];
  warnings: Array<{ key: string; code: string; message: string }>;
}

export async function ingest(db: Db, paths: string[], options: IngestOptions): Promise<IngestResult> {
  const version = rulesVersion();
  const script = workerScript();
  const workers = script ? (options.workers ?? availableParallelism()) : 0;
  const pool = workers > 0 ? new WorkerPool(script!, workers, options.articleTimeoutMs ?? 60_000) : null;
  const lexicons = pool ? null : loadLexicons();
  const process = (d: Parameters<typeof processArticle>[0]): Promise<Processed> =>
    pool ? pool.run(d, options.referenceDate) : Promise.resolve(processArticle(d, options.referenceDate, lexicons!));

  const queue = new PQueue({ concurrency: Math.max(2, workers * 2) });
  const progress: IngestProgress = { seen: 0, stored: 0, unchanged: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  const warnings: IngestResult["warnings"] = [];
  let runId: number | null = null;
  let stopped = false;
  const writer = new BatchWriter(db, options.batchSize ?? 64, () => (runId ??= startRun(db, "ingest", version, options.referenceDate)));
  // Keys read in this run: the same article twice in one input is stored once (the last one wins).
  const inFlight = new Set<string>();

  const fail = (f: IngestFailure): void => {
    failures.push(f);
    progress.failed++;
    if (options.strict) stopped = true;
  };

  const handle = async (item: CorpusItem): Promise<void> => {
    if (item.type === "failure") return fail(item);
    progress.seen++;
    const where = { sourcePath: item.sourcePath, sourceLine: item.sourceLine };
    try {
      const raw: RawArticle =
        item.type === "txt"
          ? { key: item.key, ...where, content: await item.load(), meta: { url: null, title: null, published: null }, warnings: [] }
          : { key: item.key, ...where, content: item.text, meta: item.meta, warnings: item.warnings };
      const decoded = decodeArticle(raw);
      if (!decoded.ok) return fail({ ...where, code: decoded.code, reason: decoded.reason });
      if (!inFlight.has(raw.key) && (writer.pendingHash(raw.key) ?? storedHash(db, raw.key)) === decoded.hash) {
        progress.unchanged++;
        return;
      }
      inFlight.add(raw.key);
      const { prepared, extraction } = await process(decoded);
      writer.add(prepared, extraction);
      for (const w of prepared.warnings) warnings.push({ key: prepared.key, ...w });
      progress.stored++;
    } catch (err) {
      const e = err as Error & { code?: string };
      const code = err instanceof ArticleError || (typeof e.code === "string" && /^E_/.test(e.code)) ? e.code! : "E_INTERNAL";
      fail({ ...where, code, reason: e.message });
    } finally {
      options.onProgress?.(progress);
    }
  };

  try {
    for await (const item of readCorpus(paths)) {
      if (stopped) break;
      // Back-pressure: never hold more than a few articles per worker in memory.
      await queue.onSizeLessThan(Math.max(2, workers * 2));
      void queue.add(() => handle(item));
    }
    await queue.onIdle();
    writer.flush();
  } finally {
    writer.flush();
    await pool?.close();
  }
  const run = runId === null ? null : finishRun(db, runId, failures.length);
  return { ...progress, run, failures, warnings };
}
