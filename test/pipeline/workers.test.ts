/**
 * The worker-thread pool (threadPool.ts) as ingest and extract use it, run
 * from the compiled dist/ (worker threads load JavaScript; `npm test` builds
 * first): it gives the same rows as the in-process path, and an article that
 * overruns its time limit, throws, or kills its thread fails alone — named,
 * with its code — while the rest go on.
 */
import { describe, expect, it } from "vitest";
import { existsSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { CORPUS, runInProcess, tempDir, withoutRunsAndIds } from "../helpers.js";

const DIST = join(import.meta.dirname, "..", "..", "dist");

async function load() {
  if (!existsSync(join(DIST, "pipeline", "parseAndExtractWorker.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
  const { openDatabase } = await import(join(DIST, "db", "openDatabase.js"));
  const { ingest } = await import(join(DIST, "pipeline", "ingest.js"));
  const { readAnswers } = await import(join(DIST, "export", "readAnswers.js"));
  const { reextract } = await import(join(DIST, "pipeline", "reextract.js"));
  const { ThreadPool } = await import(join(DIST, "pipeline", "threadPool.js"));
  return { openDatabase, ingest, readAnswers, reextract, ThreadPool };
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

  it("in_extract_an_article_over_the_time_limit_fails_alone_and_keeps_its_result", async () => {
    const { openDatabase, ingest, readAnswers, reextract } = await load();
    const db = openDatabase(join(tempDir(), "x.sqlite"));
    await ingest(db, [CORPUS], { referenceDate: "2023-12-15", workers: 0 });
    const before = withoutRunsAndIds(readAnswers(db));
    // 1 ms is less than any article takes: every article times out, is named, and keeps what it had.
    const r = await reextract(db, { full: true, workers: 1, parallelFrom: 1, articleTimeoutMs: 1 });
    expect(r.failures.length).toBe(r.plan.total);
    for (const f of r.failures) expect(f.code).toBe("E_TIMEOUT");
    expect(new Set(r.failures.map((f: { article: string }) => f.article)).size).toBe(r.plan.total);
    expect(r.run.articles).toBe(0);
    expect(r.run.failures).toBe(r.plan.total);
    expect(withoutRunsAndIds(readAnswers(db))).toEqual(before);
    const again = await reextract(db, { full: true, workers: 1, parallelFrom: 1 });
    expect(again.failures).toEqual([]);
    expect(again.run.articles).toBe(again.plan.total);
    db.close();
  });

  it.each([["in_worker_threads", 2], ["in_the_main_thread", 0]])("in_extract_an_article_that_fails_is_named_and_the_others_are_redone_%s", async (_where, workers) => {
    const { openDatabase, ingest, reextract } = await load();
    const file = join(tempDir(), "f.sqlite");
    const db = openDatabase(file);
    await ingest(db, [CORPUS], { referenceDate: "2023-12-15", workers: 0 });
    // A stored parse that no longer reads: that article's extraction throws.
    const bad = db.prepare("SELECT key, id FROM articles ORDER BY key LIMIT 1 OFFSET 2").get() as { key: string; id: number };
    db.prepare("UPDATE sentences SET parse = '{not json' WHERE article_id = ?").run(bad.id);
    const r = await reextract(db, { full: true, workers, parallelFrom: 1 });
    expect(r.failures.map((f: { article: string; code: string }) => [f.article, f.code])).toEqual([[bad.key, "E_INTERNAL"]]);
    expect(r.run.articles).toBe(r.plan.total - 1);
    expect(db.prepare("SELECT COUNT(*) FROM extractions WHERE run_id = ? AND article_id = ?").pluck().get(r.run.id, bad.id)).toBe(0);
    db.close();
    if (workers) return;
    // The command names it on one line and exits 1.
    const cli = await runInProcess(["extract", "--full", "--quiet", "--workers", "0", "--db", file]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(new RegExp(`^${bad.key}: E_INTERNAL: internal error \\(.*\\); this is a bug in sitrep`, "m"));
    expect(cli.stdout).toMatch(/redid 4 of 5 articles/);
  });

  it("a_thread_that_dies_fails_its_task_with_E_WORKER_and_a_fresh_thread_takes_the_next", async () => {
    const { ThreadPool } = await load();
    const script = join(tempDir(), "worker.mjs");
    writeFileSync(
      script,
      `import { serveTasks } from ${JSON.stringify(pathToFileURL(join(DIST, "pipeline", "serveTasks.js")).href)};
       serveTasks((n) => { if (n === "die") process.exit(3); if (n === "throw") throw Object.assign(new Error("bad input"), { code: "E_SHAPE" }); return n * 2; });`,
    );
    const pool = new ThreadPool(pathToFileURL(script), { size: 1, taskLimitMs: 10_000 });
    try {
      expect(await pool.run(21)).toBe(42);
      await expect(pool.run("die")).rejects.toMatchObject({ code: "E_WORKER" });
      await expect(pool.run("throw")).rejects.toMatchObject({ code: "E_SHAPE", message: "bad input" });
      const results = await Promise.allSettled([1, "die", 3].map((n) => pool.run(n)));
      expect(results.map((x) => (x.status === "fulfilled" ? x.value : (x.reason as { code: string }).code))).toEqual([2, "E_WORKER", 6]);
    } finally {
      await pool.close();
    }
  });
});
