/**
 * Concurrency: two `sitrep ingest` processes write one fresh database at
 * once (so they also race to create and migrate it) over corpora that
 * overlap; both finish cleanly and every article is stored once, with the
 * rows a lone ingest gives it. While they write, the read commands
 * (`export`, `runs`, `query`, `stats`, `report`) run against the same file
 * from the test's own process (a third process, its own connections) and
 * succeed. This rests on WAL mode (readers never wait for the writer),
 * busy_timeout (a writer waits for the other's transaction instead of
 * failing) and BEGIN IMMEDIATE batches (no failed read-to-write upgrade),
 * all set in src/db/openDatabase.ts and src/pipeline/batchWriter.ts.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInProcess, tempDir } from "../helpers.js";
import { baseKey, ingestInProcess, integrityProblems, openForCheck, perKey, REF, replicateCorpus, requireDist, sleep, startCli } from "./helpers.js";

describe("concurrency", () => {
  it("two_ingests_at_once_store_each_article_once_while_read_commands_work", async () => {
    requireDist();
    const dir = tempDir("sitrep-concurrent-");
    // A: copies 0-7, B: copies 4-11 — copies 4-7 (20 articles) are in both.
    const a = replicateCorpus(join(dir, "a"), 8, 0);
    const b = replicateCorpus(join(dir, "b"), 8, 4);
    const file = join(dir, "shared.sqlite");
    const ingest = (corpus: string) => startCli(["ingest", corpus, "--db", file, "--reference-date", REF, "--quiet", "--batch-size", "8"]);
    const first = ingest(a);
    const second = ingest(b);
    let ingestsEnded = Infinity;
    const ingests = Promise.all([first.done, second.done]).then((r) => ((ingestsEnded = Date.now()), r));

    // Readers start once the first article is visible, while both are still writing.
    await untilArticles(file, ingests);
    const readersStarted = Date.now();
    const html = join(dir, "report.html");
    const readers: Array<[string, string[]]> = [
      ["export", ["export", "--db", file]],
      ["runs", ["runs", "--db", file, "--json"]],
      ["query", ["query", "--db", file, "--format", "json"]],
      ["stats", ["stats", "--db", file, "--format", "json"]],
      ["report", ["report", "--db", file, "--out", html]],
    ];
    for (const [name, argv] of readers) {
      const r = await runInProcess(argv);
      expect(r.stderr, name).toBe("");
      expect(r.code, name).toBe(0);
      if (name !== "report") expect(() => JSON.parse(r.stdout), name).not.toThrow();
      if (name === "export") console.log(`export read ${(JSON.parse(r.stdout) as unknown[]).length} of 60 articles while the ingests wrote`);
    }
    expect(existsSync(html) && readFileSync(html, "utf8")).toMatch(/<html/i);
    const readersEnded = Date.now();

    const [ra, rb] = await ingests;
    // The readers really overlapped the writers.
    expect(readersStarted).toBeLessThan(ingestsEnded);
    console.log(`the readers took ${readersEnded - readersStarted} ms; the ingests ended ${ingestsEnded - readersStarted} ms after they began`);
    for (const r of [ra, rb]) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }

    const db = openForCheck(file);
    expect(integrityProblems(db)).toEqual([]);
    const keys = perKey(db);
    expect(keys.size).toBe(12 * 5);
    // Each article once, with one extraction, and every copy of an article with the same rows.
    const byBase = new Map<string, string>();
    for (const [key, counts] of keys) {
      expect(counts.extractions, key).toBe(1);
      const seen = byBase.get(baseKey(key));
      if (seen === undefined) byBase.set(baseKey(key), JSON.stringify(counts));
      else expect(JSON.stringify(counts), key).toBe(seen);
    }
    expect(byBase.size).toBe(5);
    db.close();

    // Both corpora again: nothing new, nothing fails.
    const again = await ingestInProcess(file, [a, b]);
    expect(again.failures).toEqual([]);
    expect(again.stored).toBe(0);
  }, 120_000);
});

/** Waits until the database holds an article (polled through a read connection); gives up when `stop` settles. */
async function untilArticles(file: string, stop: Promise<unknown>): Promise<void> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped) {
    try {
      const db = openForCheck(file);
      try {
        if ((db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n > 0) return;
      } finally {
        db.close();
      }
    } catch {
      // Not created or not migrated yet.
    }
    await sleep(10);
  }
}
