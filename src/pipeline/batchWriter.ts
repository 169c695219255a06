/**
 * The single writer: buffers processed articles and stores them in
 * batches, each batch one transaction of whole articles, so a crash leaves
 * whole articles or nothing and commits stay few. A batch is written when
 * it is full or when its oldest article has waited `maxDelayMs`, so a crash
 * loses at most about that much finished work.
 *
 * Each article is stored under its own savepoint: one that cannot be stored
 * (a row the schema refuses) fails alone with E_STORE and the rest of the
 * batch commits. If the commit itself fails (disk full, the database locked
 * past the busy timeout), every article of the batch fails with
 * E_DB_WRITE. Articles count as stored only once their batch has committed.
 */
import type { Db } from "../db/openDatabase.js";
import { storeArticle } from "../db/storeArticle.js";
import type { Extraction } from "../model/extraction.js";
import type { ParsedArticle } from "./cleanAndParse.js";

export interface WriterOptions {
  /** Articles per transaction. */
  batchSize: number;
  /** Longest a finished article waits in memory before its batch is written, in ms. */
  maxDelayMs: number;
  /** The run the articles are stored under; called once per batch, outside its transaction. */
  runId: () => number;
  onStored: (article: ParsedArticle) => void;
  onFailed: (article: ParsedArticle, code: string, reason: string) => void;
}

export class BatchWriter {
  private pending: Array<{ article: ParsedArticle; extraction: Extraction }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: WriterOptions,
  ) {}

  add(article: ParsedArticle, extraction: Extraction): void {
    this.pending.push({ article, extraction });
    if (this.pending.length >= this.options.batchSize) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.options.maxDelayMs);
      this.timer.unref();
    }
  }

  /** Writes what is buffered. Never throws: failures are reported per article. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const stored: ParsedArticle[] = [];
    const failed: Array<{ article: ParsedArticle; reason: string }> = [];
    try {
      // The run row is its own small commit: a batch rolled back must not take
      // with it the run that later batches refer to.
      const runId = this.options.runId();
      // IMMEDIATE takes the write lock up front (waiting busy_timeout for
      // another writer) instead of failing on a read-to-write upgrade.
      this.db
        .transaction(() => {
          for (const p of batch) {
            try {
              storeArticle(this.db, p.article, p.extraction, runId);
              stored.push(p.article);
            } catch (err) {
              // storeArticle's savepoint is rolled back: nothing of this article stays.
              failed.push({ article: p.article, reason: (err as Error).message });
            }
          }
        })
        .immediate();
    } catch (err) {
      const reason =
        `could not write to the database (${(err as Error).message}): check free disk space and that ` +
        `no other program holds the database locked, then ingest again`;
      for (const p of batch) this.options.onFailed(p.article, "E_DB_WRITE", reason);
      return;
    }
    for (const a of stored) this.options.onStored(a);
    for (const f of failed)
      this.options.onFailed(f.article, "E_STORE", `could not store the article (${f.reason}); this is a bug in sitrep: please report it with the file`);
  }
}
