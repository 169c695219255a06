/**
 * `sitrep eval --only PATTERNS` scores a subset of the gold folder by key,
 * the same as a folder holding only those gold files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const GOLD = join(ROOT, "test", "fixtures", "gold");
let dir = "";
let db = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-only-"));
  db = join(dir, "db.sqlite");
  const r = await runInProcess(["ingest", join(ROOT, "corpus"), "--db", db, "--reference-date", "2023-12-15", "--quiet", "--workers", "0"]);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval --only", () => {
  it("scores_the_matching_articles_as_a_folder_of_only_them_would", async () => {
    const keys = readdirSync(GOLD).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
    expect(keys.length).toBeGreaterThan(1);
    const first = keys[0]!;
    const sub = join(dir, "sub");
    mkdirSync(sub);
    copyFileSync(join(GOLD, `${first}.json`), join(sub, `${first}.json`));
    const viaOnly = JSON.parse((await runInProcess(["eval", "--gold", GOLD, "--only", `${first.slice(0, -1)}?`, "--format", "json", "--db", db])).stdout);
    const viaFolder = JSON.parse((await runInProcess(["eval", "--gold", sub, "--format", "json", "--db", db])).stdout);
    // The same scores; only the folder run sees the other stored articles as output without gold.
    expect({ ...viaOnly, outputOnlyArticles: [] }).toEqual({ ...viaFolder, outputOnlyArticles: [] });
    expect(viaOnly.outputOnlyArticles).toEqual([]);
    const all = JSON.parse((await runInProcess(["eval", "--gold", GOLD, "--format", "json", "--db", db])).stdout);
    expect(JSON.stringify(all)).not.toEqual(JSON.stringify(viaOnly));
  });

  it("a_pattern_matching_no_gold_file_is_an_error", async () => {
    const r = await runInProcess(["eval", "--gold", GOLD, "--only", "zz-*", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_NO_GOLD.*--only zz-\*/);
  });
});
