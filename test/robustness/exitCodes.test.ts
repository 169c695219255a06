/**
 * Exit codes and --strict. 0 when all went well, 1 with each failure named
 * and a count when any file failed (the crash, concurrency and hostile
 * tests check both through real processes); --strict stops at the first
 * failure: the files before it are stored and none after it, even when the
 * failure is only known after later files have finished parsing.
 */
import { describe, expect, it } from "vitest";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, runInProcess, tempDir } from "../helpers.js";
import { openForCheck, REF, replicateCorpus, requireDist, runCli } from "./helpers.js";

function keys(file: string): string[] {
  const db = openForCheck(file);
  const out = (db.prepare("SELECT key FROM articles ORDER BY key").all() as Array<{ key: string }>).map((r) => r.key);
  db.close();
  return out;
}

describe("exit codes and --strict", () => {
  it("strict_stops_at_a_late_failure_and_stores_nothing_read_after_it", async () => {
    requireDist();
    const dir = tempDir("sitrep-strict-");
    const corpus = replicateCorpus(join(dir, "in"), 3); // c000_… to c002_…: 15 small articles
    // Sorted between c000 and c001: a 4 MB article that needs about 25 s, far past
    // the 10 s limit (a worker's first, cold article needs about 1 s, a few on a
    // loaded machine), so it fails after the worker beside it has parsed the files that follow.
    writeFileSync(join(corpus, "c000_zz_slow.txt"), "rockets hit the base and ".repeat(160_000).trim());
    const file = join(dir, "s.sqlite");
    const r = await runCli(["ingest", corpus, "--db", file, "--reference-date", REF, "--strict", "--article-timeout", "10", "--max-article-kb", "8192", "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^[^\n]*c000_zz_slow\.txt: E_TIMEOUT: processing took longer than 10 s/);
    expect(r.stderr).toMatch(/stopped at the first failure \(--strict\): nothing after it was stored/);
    const before = readdirSync(corpus).filter((f) => f < "c000_zz_slow.txt").map((f) => f.replace(/\.txt$/, ""));
    expect(before).toHaveLength(5);
    expect(keys(file)).toEqual(before.sort());
  }, 60_000);

  it("strict_stops_at_an_unreadable_file_in_process_too", async () => {
    const dir = tempDir("sitrep-strict-");
    const corpus = join(dir, "in");
    replicateCorpus(corpus, 2);
    writeFileSync(join(corpus, "c000_zz_empty.txt"), "");
    const file = join(dir, "s.sqlite");
    const { code, stderr: text } = await runInProcess(["ingest", corpus, "--db", file, "--reference-date", REF, "--strict", "--quiet", "--workers", "0"]);
    expect(code).toBe(1);
    expect(text).toMatch(/c000_zz_empty\.txt: E_EMPTY: file is empty/);
    expect(keys(file)).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).map((f) => `c000_${f.replace(/\.txt$/, "")}`).sort());
  });

  it("without_strict_the_same_failure_is_named_and_everything_else_stored", async () => {
    const dir = tempDir("sitrep-strict-");
    const corpus = join(dir, "in");
    replicateCorpus(corpus, 2);
    writeFileSync(join(corpus, "c000_zz_empty.txt"), "");
    copyFileSync(join(corpus, "c000_zz_empty.txt"), join(corpus, "c001_zz_empty.txt"));
    const file = join(dir, "s.sqlite");
    const { code, stderr: text } = await runInProcess(["ingest", corpus, "--db", file, "--reference-date", REF, "--quiet", "--workers", "0"]);
    expect(code).toBe(1);
    expect(text.trim().split("\n")).toEqual([
      expect.stringMatching(/c000_zz_empty\.txt: E_EMPTY: /),
      expect.stringMatching(/c001_zz_empty\.txt: E_EMPTY: /),
      "ingest: 2 failed; the other articles were ingested",
    ]);
    expect(keys(file)).toHaveLength(10);
  });

  it("user_mistakes_are_one_coded_line_and_exit_2_in_the_real_binary_never_a_stack_trace", async () => {
    requireDist();
    const dir = tempDir("sitrep-mistakes-");
    const notDb = join(dir, "notes.sqlite");
    writeFileSync(notDb, "not a database\n".repeat(100));
    const cases: Array<[string[], RegExp]> = [
      [["query", "--db", join(dir, "typo.sqlite")], /^sitrep query: E_NO_DB: /],
      [["query", "--db", notDb], /^sitrep query: E_DB_NOT_SQLITE: /],
      [["eval", "--gold", join(dir, "gold"), "--db", notDb], /^sitrep eval: E_NO_GOLD: /],
      [["ingest", join(dir, "nothing-here"), "--db", join(dir, "new.sqlite")], /^sitrep ingest: E_NOT_FOUND: /],
      [["query", "--acter", "x"], /^sitrep query: E_UNKNOWN_OPTION: unknown option --acter \(did you mean --actor\?\)/],
      [["ingest", join(dir, "nothing-here"), "--reference-date", "2024-02-30"], /^sitrep ingest: E_USAGE: --reference-date must be a date/],
    ];
    for (const [args, expected] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(expected);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  }, 60_000);
});
