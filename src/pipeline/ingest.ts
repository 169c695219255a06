/**
 * The main job: read → decode → (skip if unchanged) → clean, split, parse →
 * extract → store, for every article under the given paths. Reading and
 * parsing run with bounded concurrency (p-queue); each article is written in
 * its own transaction. One bad file is reported and the batch goes on.
 */
import PQueue from "p-queue";
import type { Db } from "../db/openDatabase.js";
import { readCorpus, type CorpusItem } from "../read/readCorpus.js";
import { decodeArticle, prepareArticle, type RawArticle } from "./prepareArticle.js";
import { storeArticle, storedHash } from "../db/storeArticle.js";
import { finishRun, startRun, type RunRow } from "../db/runs.js";
import { extractArticle } from "../extract/extractArticle.js";
import { rulesVersion } from "../extract/rulesVersion.js";
import { loadLexicons } from "../lexicon/index.js";

export interface IngestOptions {
  referenceDate: string;
  concurrency?: number;
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
  const lexicons = loadLexicons();
  const version = rulesVersion();
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  const progress: IngestProgress = { seen: 0, stored: 0, unchanged: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  const warnings: IngestResult["warnings"] = [];
  let runId: number | null = null;
  let stopped = false;

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
      if (storedHash(db, raw.key) === decoded.hash) {
        progress.unchanged++;
        return;
      }
      const prepared = prepareArticle(decoded);
      const extraction = extractArticle(
        { key: prepared.key, text: prepared.text, published: prepared.published, publishedMethod: prepared.publishedMethod, referenceDate: options.referenceDate, sentences: prepared.sentences },
        lexicons,
      );
      runId ??= startRun(db, "ingest", version, options.referenceDate);
      storeArticle(db, prepared, extraction, runId);
      for (const w of prepared.warnings) warnings.push({ key: prepared.key, ...w });
      progress.stored++;
    } catch (err) {
      const e = err as Error & { code?: string };
      fail({ ...where, code: e.code && /^E_/.test(e.code) ? e.code : "E_INTERNAL", reason: e.message });
    } finally {
      options.onProgress?.(progress);
    }
  };

  for await (const item of readCorpus(paths)) {
    if (stopped) break;
    // Back-pressure: never hold more than a few articles in memory at once.
    await queue.onSizeLessThan((options.concurrency ?? 4) * 2);
    void queue.add(() => handle(item));
  }
  await queue.onIdle();
  const run = runId === null ? null : finishRun(db, runId, failures.length);
  return { ...progress, run, failures, warnings };
}
