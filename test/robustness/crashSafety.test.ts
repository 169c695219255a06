/**
 * Crash safety: a real `sitrep ingest` process is killed with SIGKILL at
 * moments spread over its run time, measured first on an uninterrupted run
 * in two phases: from the moment its database file appears (migrations,
 * then the worker threads loading compromise and the lexicons, reading,
 * parsing) to its first commit, and from the first commit to its exit
 * (parsing and committing batches of 4 articles, finishing the run). Half
 * the kills fall at even fractions of each phase. Start-up is noisy on a
 * busy machine, so each moment counts from the killed run's own start of
 * that phase: its database file appearing, or its first article becoming
 * visible to a reader (polled through a read connection, as `sitrep query`
 * would). After each kill the database must pass SQLite's integrity and
 * foreign-key checks, every stored article must own exactly the rows a
 * clean run gives it (no half-stored article, no extraction without its
 * events), and re-running the same ingest must end with exactly the row
 * counts of the uninterrupted run. (The re-run is the same compiled ingest
 * with the same paths and options, run in the test's process: only the run
 * that is killed needs a process of its own.)
 *
 * `npm test` kills at SITREP_CRASH_KILLS=5 moments over a 20-article corpus;
 * `npm run test:crash` at 20 moments over a bigger one
 * (SITREP_CRASH_COPIES copies of the founding corpus).
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";
import {
  envInt,
  ingestInProcess,
  integrityProblems,
  openForCheck,
  perKey,
  REF,
  replicateCorpus,
  requireDist,
  sleep,
  startCli,
  totals,
  type KeyCounts,
} from "./helpers.js";

const KILLS = envInt("SITREP_CRASH_KILLS", 5);
const COPIES = envInt("SITREP_CRASH_COPIES", 4);

describe("crash safety", () => {
  it(
    "an_ingest_killed_at_any_moment_leaves_whole_articles_and_a_rerun_completes_it",
    async () => {
      requireDist();
      const dir = tempDir("sitrep-crash-");
      const corpus = replicateCorpus(join(dir, "in"), COPIES);
      // Small batches: several commits over the run, so kills land before, between and during them.
      const args = (db: string) => ["ingest", corpus, "--db", db, "--reference-date", REF, "--quiet", "--batch-size", "4"];

      const cleanFile = join(dir, "clean.sqlite");
      const cleanRun = startCli(args(cleanFile));
      const opened = await appears(cleanFile, cleanRun.done);
      const firstCommit = opened + (await firstArticle(cleanFile, cleanRun.done));
      const clean = await cleanRun.done;
      expect(clean.stderr).toBe("");
      expect(clean.code).toBe(0);
      const cleanDb = openForCheck(cleanFile);
      const expected = totals(cleanDb);
      const expectedPerKey = perKey(cleanDb);
      cleanDb.close();
      expect(expected.articles).toBe(COPIES * 5);
      // [anchor, delay after it]: the first half before the first commit, the rest while writing.
      const before = Math.ceil(KILLS / 2);
      const moments = Array.from({ length: KILLS }, (_, k): ["opened" | "committed", number] =>
        k < before
          ? ["opened", Math.round(((firstCommit - opened) * (k + 0.5)) / before)]
          : ["committed", Math.round(((clean.ms - firstCommit) * (k - before + 0.5)) / (KILLS - before))],
      );

      const log: string[] = [];
      for (let k = 0; k < KILLS; k++) {
        const [anchor, delay] = moments[k]!;
        const at = `${delay} ms after the database ${anchor === "opened" ? "appeared" : "showed its first article"}`;
        const file = join(dir, `kill${k}.sqlite`);
        const { child, done } = startCli(args(file));
        await appears(file, done);
        if (anchor === "committed") await firstArticle(file, done);
        await sleep(delay);
        const killedMidRun = child.exitCode === null && child.signalCode === null;
        // SIGKILL: no handler, no clean-up, no checkpoint — like a power cut for the process (not for the disk).
        child.kill("SIGKILL");
        await done;

        let storedAtKill = 0;
        if (existsSync(file)) {
          const db = openForCheck(file);
          expect(integrityProblems(db), `after the kill ${at}`).toEqual([]);
          for (const [key, counts] of perKey(db)) {
            storedAtKill++;
            // Whole article: its sentences and one extraction with all its mentions, events, sources and tallies.
            expect(counts, `article ${key} after the kill ${at}`).toEqual({ ...expectedPerKey.get(key)!, extractions: 1 } satisfies KeyCounts);
          }
          db.close();
        }

        const again = await ingestInProcess(file, [corpus], { batchSize: 4 });
        expect(again.failures, `re-run after the kill ${at}`).toEqual([]);
        const db = openForCheck(file);
        expect(integrityProblems(db)).toEqual([]);
        expect(totals(db), `re-run after the kill ${at}`).toEqual(expected);
        expect(perKey(db)).toEqual(expectedPerKey);
        db.close();
        log.push(`kill ${k + 1}/${KILLS} ${at}: ${killedMidRun ? "mid-run" : "after exit"}, ${storedAtKill} articles stored`);
      }
      console.log(
        `uninterrupted run: ${expected.articles} articles, database at ${opened} ms, first commit at ${firstCommit} ms, exit at ${clean.ms} ms\n  ` +
          log.join("\n  "),
      );
    },
    // Each kill costs about one uninterrupted run plus a process start.
    120_000 + KILLS * 40_000,
  );
});

/** Milliseconds until the database `file` holds a committed article (polled every 10 ms); the process's exit ends the wait. */
async function firstArticle(file: string, exited: Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone) {
    try {
      const db = openForCheck(file);
      try {
        if ((db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n > 0) break;
      } finally {
        db.close();
      }
    } catch {
      // Not migrated yet ("no such table"): keep polling.
    }
    await sleep(10);
  }
  return Date.now() - t0;
}

/** Milliseconds after the start until `file` exists (polled every 5 ms); the process's exit ends the wait. */
async function appears(file: string, exited: Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  let gone = false;
  void exited.then(() => (gone = true));
  while (!existsSync(file) && !gone) await sleep(5);
  return Date.now() - t0;
}
