/**
 * The single writer: buffers processed articles and stores them in
 * batches, each batch one transaction of whole articles (so a crash leaves
 * whole articles or nothing, and commits stay few).
 */
import type { Db } from "../db/openDatabase.js";
import { storeArticle } from "../db/storeArticle.js";
import type { Extraction } from "../extract/types.js";
import type { PreparedArticle } from "./prepareArticle.js";

export class BatchWriter {
  private pending: Array<{ article: PreparedArticle; extraction: Extraction }> = [];

  constructor(
    private readonly db: Db,
    private readonly batchSize: number,
    private readonly runId: () => number,
  ) {}

  /** Hash of an article waiting in the buffer, so a duplicate is not processed twice. */
  pendingHash(key: string): string | undefined {
    for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i]!.article.key === key) return this.pending[i]!.article.contentHash;
    return undefined;
  }

  add(article: PreparedArticle, extraction: Extraction): void {
    this.pending.push({ article, extraction });
    if (this.pending.length >= this.batchSize) this.flush();
  }

  flush(): void {
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const runId = this.runId();
    this.db.transaction(() => {
      for (const p of batch) storeArticle(this.db, p.article, p.extraction, runId);
    })();
  }
}
