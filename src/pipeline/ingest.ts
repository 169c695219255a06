/**
 * The main job: read → decode → (skip if unchanged) → clean, split, parse,
 * extract → store, for every article under the given paths.
 *
 * Reading is streamed and bounded by p-queue (at most a few articles in
 * flight per worker); the parse and extraction run in a pool of worker
 * threads (one per core by default) with a time limit per article; a single
 * writer in the main thread stores finished articles in batches, each batch
 * one transaction of whole articles. One bad file is reported and the batch
 * goes on; with `strict`, the run stops at the first failure, and everything
 * read before it is stored and nothing after it.
 *
 * Articles are stored in input order whatever order the workers finish in,
 * so the same command on the same corpus gives the same event ids. Two
 * inputs with one article key are never merged silently: the second is
 * refused with E_DUPLICATE_KEY naming both (unless it is the same file named
 * twice, or a copy with the same text), and replacing a stored article read
 * from another path is reported.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import PQueue from "p-queue";
import type { Db } from "../db/openDatabase.js";
import { readCorpus, type CorpusItem, type KeyFrom } from "../read/readCorpus.js";
import { DEFAULT_MAX_ARTICLE_BYTES } from "../read/openRegularFile.js";
import { decodeAndHash, type RawArticle } from "./decodeAndHash.js";
import type { DecodedArticle, ParsedAndExtracted } from "./parseAndExtract.js";
import { ThreadPool, compiledScript } from "./threadPool.js";
import type { ParseAndExtractTask } from "./parseAndExtractWorker.js";
import { SitrepError } from "../errors.js";
import { BatchWriter } from "./batchWriter.js";
import { storedHash } from "../db/storeArticle.js";
import { statement } from "../db/statements.js";
import { finishRun, startRun, type RunRow } from "../db/runs.js";
import { currentVersions } from "../extract/rulesVersion.js";
import { linkPending, type LinkStats } from "../incidents/link.js";

export interface IngestOptions {
  referenceDate: string;
  /** Worker threads for parsing; 0 parses in the main thread. Default: one per core. */
  workers?: number;
  /**
   * Longest time one article may take, in ms (default 60 s): in worker
   * threads, to clean, split, parse and extract; and to read (a `.txt` file,
   * or a dump up to its next record), with at least 60 s for that.
   */
  articleTimeoutMs?: number;
  /** Articles per write transaction (default 64). */
  batchSize?: number;
  /** Longest a finished article waits before its batch is committed, in ms (default 1 s). */
  batchDelayMs?: number;
  /** Largest article in bytes (default 1 MB): larger files and records fail with E_TOO_LARGE. */
  maxArticleBytes?: number;
  /** Stop at the first failure: what came before it is stored, nothing after it. */
  strict?: boolean;
  /**
   * Whether the user gave the reference date (`--reference-date`) rather than
   * today standing in for it. When given, unchanged articles whose stored
   * result used another reference date are extracted again; when not, the
   * result counts the year-less dates resolved against today.
   */
  referenceDateGiven?: boolean;
  /** Article keys from the file name (default) or the path as given. */
  keyFrom?: KeyFrom;
  onProgress?: (p: IngestProgress) => void;
  /** The package whose code is versioned (default: this one; tests pass an edited copy). */
  root?: string;
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
  /** True when --strict stopped the run at a failure. */
  stopped: boolean;
  /** Stored articles replaced by one read from another path. */
  replaced: Array<{ key: string; was: string; now: string }>;
  /** Unchanged articles extracted again because --reference-date differs from the one their result used. */
  reresolved: number;
  /** Year-less dates resolved against today (no publication date, no --reference-date), and in how many articles. */
  yearsFromToday: { dates: number; articles: number };
  /** What linking the new events into incidents did. */
  linking: LinkStats;
}

/** What became of one item read. */
type Outcome =
  | { kind: "fail"; failure: IngestFailure }
  | { kind: "unchanged"; key?: string; hash?: string }
  /** A second input with a key already read in this run: refused unless its text is the first's. */
  | { kind: "duplicate"; key: string; hash: string; failure: IngestFailure }
  | { kind: "store"; processed: ParsedAndExtracted }
  | { kind: "skipped" };

/**
 * How long reading one article (a file, or a dump up to its next record) may
 * take: the article time limit, but at least 60 s. The main thread's clock
 * also runs while it decodes and stores other articles, so a short
 * `--article-timeout` meant for parsing must not fail a read that was only
 * waiting its turn.
 */
export function readTimeoutMs(articleTimeoutMs: number | undefined): number {
  return Math.max(articleTimeoutMs ?? 60_000, 60_000);
}

/**
 * The heap one parse thread may use: what the thread needs with its modules
 * and lexicons loaded, plus room in proportion to the largest article. A
 * pathological article (every sentence an event, one endless sentence)
 * then fails alone with E_MEMORY instead of taking gigabytes, and a raised
 * `--max-article-kb` raises the bound in proportion.
 */
export function articleMemoryMb(maxArticleBytes: number): number {
  return Math.round(128 + 224 * (maxArticleBytes / (1024 * 1024)));
}

export async function ingest(db: Db, paths: string[], options: IngestOptions): Promise<IngestResult> {
  const versions = currentVersions(options.root);
  const script = compiledScript("parseAndExtractWorker.js");
  const workers = script ? (options.workers ?? availableParallelism()) : 0;
  const pool =
    workers > 0
      ? new ThreadPool<ParseAndExtractTask, ParsedAndExtracted>(script!, {
          size: workers,
          taskLimitMs: options.articleTimeoutMs ?? 60_000,
          timeoutAdvice: "split the article, or raise --article-timeout",
          memoryLimitMb: articleMemoryMb(options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES),
          memoryAdvice: "split the article, or raise --max-article-kb: the memory an article may use grows with it",
        })
      : null;
  // Without workers the main thread parses; only then does it load the NLP modules.
  const inProcess = pool
    ? null
    : await Promise.all([import("./parseAndExtract.js"), import("../lexicon/index.js")]).then(([p, l]) => ({ parseAndExtract: p.parseAndExtract, lexicons: l.loadLexicons() }));
  const process = (d: DecodedArticle): Promise<ParsedAndExtracted> =>
    // The raw bytes are not needed past decoding; don't copy them to the thread.
    pool ? pool.run({ decoded: { ...d, raw: { ...d.raw, content: "" } }, referenceDate: options.referenceDate }) : Promise.resolve(inProcess!.parseAndExtract(d, options.referenceDate, inProcess!.lexicons));

  const inFlightLimit = Math.max(2, workers * 2);
  const queue = new PQueue({ concurrency: inFlightLimit });
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
  const writer = new BatchWriter(db, {
    batchSize: options.batchSize ?? 64,
    maxDelayMs: options.batchDelayMs ?? 1000,
    runId: () => (runId ??= startRun(db, "ingest", versions, options.referenceDate)),
    onStored: (a) => {
      progress.stored++;
      for (const w of a.warnings) warnings.push({ key: a.key, ...w });
    },
    onFailed: (a, code, reason) => fail({ sourcePath: a.sourcePath, sourceLine: a.sourceLine, code, reason }),
  });
  const replaced: IngestResult["replaced"] = [];
  let reresolved = 0;
  const yearsFromToday = { dates: 0, articles: 0 };
  // The reference date an unchanged article's current result used, when that result could depend on it
  // (no header or dump publication date).
  const usedReference = db.prepare(
    `SELECT r.reference_date FROM articles a
       JOIN current_extractions c ON c.article_id = a.id
       JOIN runs r ON r.id = c.run_id
      WHERE a.key = ? AND a.published_method NOT IN ('header', 'field')`,
  ).pluck();
  const staleReference = (key: string): boolean => {
    if (!options.referenceDateGiven) return false;
    const used = usedReference.get(key) as string | null | undefined;
    return used !== undefined && used !== options.referenceDate;
  };
  const storedSource = statement(db, "SELECT source_path AS path, content_hash AS hash FROM articles WHERE key = ?");

  const handle = async (item: CorpusItem, duplicateOf?: string): Promise<Outcome> => {
    if (item.type === "failure") return { kind: "fail", failure: item };
    // --strict has already stopped: don't spend a worker on what will not be stored.
    if (stopped) return { kind: "skipped" };
    progress.seen++;
    const where = { sourcePath: item.sourcePath, sourceLine: item.sourceLine };
    try {
      const raw: RawArticle =
        item.type === "txt"
          ? { key: item.key, ...where, content: await item.load(), meta: { url: null, title: null, published: null }, warnings: [] }
          : { key: item.key, ...where, content: item.text, meta: item.meta, warnings: item.warnings };
      const decoded = decodeAndHash(raw);
      if (!decoded.ok) return { kind: "fail", failure: { ...where, code: decoded.code, reason: decoded.reason } };
      if (duplicateOf !== undefined)
        return {
          kind: "duplicate",
          key: raw.key,
          hash: decoded.hash,
          failure: {
            ...where,
            code: "E_DUPLICATE_KEY",
            reason:
              `article key "${raw.key}" is already taken in this run by ${duplicateOf}, with another text; this one was not stored: ` +
              `rename one of them, or use --key path for keys from the relative path`,
          },
        };
      if (storedHash(db, raw.key, versions.text) === decoded.hash) {
        if (!staleReference(raw.key)) return { kind: "unchanged", key: raw.key, hash: decoded.hash };
        reresolved++;
      }
      return { kind: "store", processed: await process(decoded) };
    } catch (err) {
      const e = err as Error & { code?: string };
      const coded = err instanceof SitrepError || (typeof e.code === "string" && /^E_[A-Z_]+$/.test(e.code));
      const reason = coded ? e.message : `internal error (${e.message}); this is a bug in sitrep: please report it with the file`;
      return { kind: "fail", failure: { ...where, code: coded ? e.code! : "E_INTERNAL", reason } };
    }
  };

  // The text kept for each key in this run, to tell a copy from another article under the same key.
  const keptHash = new Map<string, string>();
  const apply = (outcome: Outcome): void => {
    if (stopped || outcome.kind === "skipped") return;
    if (outcome.kind === "fail") fail(outcome.failure);
    else if (outcome.kind === "duplicate") {
      if (keptHash.get(outcome.key) === outcome.hash) progress.unchanged++;
      else fail(outcome.failure);
    } else if (outcome.kind === "unchanged") {
      progress.unchanged++;
      if (outcome.key !== undefined) keptHash.set(outcome.key, outcome.hash!);
    } else {
      const { key, sourcePath, contentHash } = outcome.processed.parsed;
      keptHash.set(key, contentHash);
      if (!options.referenceDateGiven) {
        const n = outcome.processed.extraction.dates.mentions.filter((m) => m.anchor.source === "reference").length;
        yearsFromToday.dates += n;
        if (n > 0) yearsFromToday.articles++;
      }
      // Same text from another path (another process stored it meanwhile) replaces nothing.
      const was = storedSource.get(key) as { path: string; hash: string } | undefined;
      if (was && was.hash !== contentHash && resolve(was.path) !== resolve(sourcePath)) replaced.push({ key, was: was.path, now: sourcePath });
      writer.add(outcome.processed.parsed, outcome.processed.extraction);
    }
    options.onProgress?.(progress);
  };

  // Outcomes are applied in input order (item n only after items 0..n-1),
  // though articles finish out of order in the workers: so articles are
  // stored, and their events numbered, in input order, and with --strict
  // "stop at the first failure" means exactly that.
  const ready = new Map<number, Outcome>();
  let next = 0;
  let wake: (() => void) | null = null;
  const settle = (seq: number, outcome: Outcome): void => {
    ready.set(seq, outcome);
    while (ready.has(next)) {
      apply(ready.get(next)!);
      ready.delete(next++);
    }
    wake?.();
  };

  // The source each key was first read from in this run.
  const keySources = new Map<string, { path: string; line: number | null }>();
  /** Null for a key not read before; else the first source ("" when this is that same file again). */
  const firstSource = (item: CorpusItem): string | null => {
    if (item.type === "failure") return null;
    const first = keySources.get(item.key);
    if (!first) {
      keySources.set(item.key, { path: item.sourcePath, line: item.sourceLine });
      return null;
    }
    if (resolve(first.path) === resolve(item.sourcePath) && first.line === item.sourceLine) return "";
    return first.line === null ? first.path : `${first.path}:${first.line}`;
  };

  try {
    let seq = 0;
    for await (const item of readCorpus(paths, { maxArticleBytes: options.maxArticleBytes, keyFrom: options.keyFrom, readTimeoutMs: readTimeoutMs(options.articleTimeoutMs) })) {
      if (stopped) break;
      // Back-pressure: never hold more than a few articles per worker in memory,
      // counting the finished ones waiting for their turn.
      await queue.onSizeLessThan(inFlightLimit);
      while (seq - next >= 2 * inFlightLimit && !stopped) await new Promise<void>((r) => (wake = r));
      if (stopped) break;
      const n = seq++;
      const first = firstSource(item);
      if (first === "") {
        // The same file named twice (`ingest corpus corpus/a.txt`) is one article, read once.
        progress.seen++;
        settle(n, { kind: "unchanged" });
      } else void queue.add(async () => settle(n, await handle(item, first ?? undefined)));
    }
    await queue.onIdle();
  } finally {
    writer.flush();
    await pool?.close();
  }
  // Incidents follow the stored events (and a database made before them gains them here).
  const linking = linkPending(db, { finishing: runId });
  const run = runId === null ? null : finishRun(db, runId, failures.length);
  return { ...progress, run, failures, warnings, stopped, replaced, reresolved, yearsFromToday, linking };
}
