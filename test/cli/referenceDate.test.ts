/**
 * Issue 15 items 2 and 6: the reference date on the command line. An
 * impossible one is refused up front; without one, year-less dates resolve
 * on or before today and the run says how many; a new one on re-ingest
 * re-resolves the unchanged articles whose dates depend on it.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInProcess, tempDir } from "../helpers.js";

function corpus(): { dir: string; db: string } {
  const root = tempDir();
  const dir = join(root, "c");
  mkdirSync(dir);
  writeFileSync(join(dir, "conv.txt"), "Drones attacked US forces at al-Tanf in Syria on December 20, officials said.\n");
  writeFileSync(join(dir, "dated.txt"), " date 2023-11-24 Rockets were fired at US forces at Ain al-Asad air base in Iraq on November 23.\n");
  return { dir, db: join(root, "s.sqlite") };
}

async function eventDates(db: string): Promise<Record<string, string[]>> {
  const r = await runInProcess(["export", "--format", "json", "--db", db]);
  const answers = JSON.parse(r.stdout) as Array<{ article: string; events: Array<{ date: string | null }> }>;
  return Object.fromEntries(answers.map((a) => [a.article, a.events.map((e) => e.date ?? "")]));
}

describe("--reference-date", () => {
  for (const bad of ["2024-02-30", "2023-13-01", "0000-01-01", "2024-2-3", "yesterday"]) {
    it(`ingest refuses ${bad} with one line and exit 2, before touching the database`, async () => {
      const { dir, db } = corpus();
      const r = await runInProcess(["ingest", dir, "--reference-date", bad, "--db", db]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`--reference-date`);
      expect(r.stderr).toContain(bad);
      expect(existsSync(db)).toBe(false);
    });
  }
  it("extract refuses an impossible date too", async () => {
    const { dir, db } = corpus();
    expect((await runInProcess(["ingest", dir, "--reference-date", "2023-12-15", "--db", db, "--workers", "0"])).code).toBe(0);
    const r = await runInProcess(["extract", "--reference-date", "2023-02-29", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("without it, year-less dates stay on or before today, the run says how many, and a later --reference-date re-resolves them", async () => {
    const { dir, db } = corpus();
    const today = new Date().toISOString().slice(0, 10);
    const first = await runInProcess(["ingest", dir, "--db", db, "--workers", "0"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/1 date\(s\) without a year in 1 article\(s\) .*resolved against today .*--reference-date/);
    const before = await eventDates(db);
    expect(before.conv).toHaveLength(1);
    expect(before.conv![0]! <= today).toBe(true);
    expect(before.conv![0]).toMatch(/-12-20$/);

    const again = await runInProcess(["ingest", dir, "--db", db, "--workers", "0", "--reference-date", "2023-12-15"]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/resolved against today/);
    // Only the article without a publication date depends on the reference date.
    expect(again.stdout).toMatch(/1 stored, 1 unchanged/);
    expect(again.stdout).toMatch(/1 unchanged article\(s\) extracted again/);
    const after = await eventDates(db);
    expect(after.conv).toEqual(["2023-12-20"]);
    expect(after.dated).toEqual(before.dated);

    const third = await runInProcess(["ingest", dir, "--db", db, "--workers", "0", "--reference-date", "2023-12-15"]);
    expect(third.stdout).toMatch(/0 stored, 2 unchanged/);
  });
});
