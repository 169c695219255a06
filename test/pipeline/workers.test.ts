/**
 * The worker-thread parse pool, run from the compiled dist/ (worker threads
 * load JavaScript; `npm test` builds first): it gives the same rows as the
 * in-process path, and an article that overruns its time limit fails alone
 * with E_TIMEOUT while the batch goes on.
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, tempDir, withoutRunsAndIds } from "../helpers.js";

const DIST = join(import.meta.dirname, "..", "..", "dist");

async function load() {
  if (!existsSync(join(DIST, "pipeline", "parseWorker.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
  const { openDatabase } = await import(join(DIST, "db", "openDatabase.js"));
  const { ingest } = await import(join(DIST, "pipeline", "ingest.js"));
  const { readAnswers } = await import(join(DIST, "export", "readAnswers.js"));
  const { reextract } = await import(join(DIST, "pipeline", "reextract.js"));
  return { openDatabase, ingest, readAnswers, reextract };
}

describe("worker pool", () => {
  it("parsing_in_worker_threads_gives_the_same_events_as_the_main_thread", async () => {
    const { openDatabase, ingest, readAnswers } = await load();
    const dir = tempDir();
    const a = openDatabase(join(dir, "a.sqlite"));
    const b = openDatabase(join(dir, "b.sqlite"));
    const ra = await ingest(a, [CORPUS], { referenceDate: "2023-12-15", workers: 2 });
    const rb = await ingest(b, [CORPUS], { referenceDate: "2023-12-15", workers: 0 });
    expect(ra.stored).toBe(rb.stored);
    expect(ra.stored).toBeGreaterThan(0);
    expect(withoutRunsAndIds(readAnswers(a))).toEqual(withoutRunsAndIds(readAnswers(b)));
    a.close();
    b.close();
  });

  it("extracting_in_worker_threads_gives_the_same_result_as_the_main_thread", async () => {
    const { openDatabase, ingest, readAnswers, reextract } = await load();
    const dir = tempDir();
    const db = openDatabase(join(dir, "x.sqlite"));
    await ingest(db, [CORPUS], { referenceDate: "2023-12-15", workers: 0 });
    const inThreads = await reextract(db, { full: true, workers: 2, parallelFrom: 1 });
    const threaded = withoutRunsAndIds(readAnswers(db));
    const inMain = await reextract(db, { full: true, workers: 0 });
    expect(inThreads.run.articles).toBe(inMain.run.articles);
    expect(threaded).toEqual(withoutRunsAndIds(readAnswers(db)));
    expect(threaded.flatMap((a) => a.events as unknown[]).length).toBeGreaterThan(0);
    db.close();
  });

  it("an_article_over_the_time_limit_fails_alone_and_the_batch_goes_on", async () => {
    const { openDatabase, ingest } = await load();
    const dir = tempDir();
    const db = openDatabase(join(dir, "t.sqlite"));
    // 1 ms is less than any article takes: every article times out, none is stored, nothing crashes.
    const r = await ingest(db, [CORPUS], { referenceDate: "2023-12-15", workers: 1, articleTimeoutMs: 1 });
    expect(r.stored).toBe(0);
    expect(r.failures.length).toBe(r.seen);
    for (const f of r.failures) expect(f.code).toBe("E_TIMEOUT");
    expect(db.prepare("SELECT COUNT(*) AS n FROM articles").get()).toEqual({ n: 0 });
    // The same database then ingests normally.
    const again = await ingest(db, [CORPUS], { referenceDate: "2023-12-15", workers: 1 });
    expect(again.failed).toBe(0);
    expect(again.stored).toBe(r.seen);
    db.close();
  });
});
