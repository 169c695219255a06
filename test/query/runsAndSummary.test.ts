/**
 * `sitrep runs` counts what an interrupted run committed, and the ingest
 * summary lists the newest events first (articles recalling old attacks
 * would otherwise fill it with history).
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runInProcess, tempDir } from "../helpers.js";

describe("runs and the ingest summary", () => {
  it("a_killed_run_is_listed_with_the_articles_it_committed", async () => {
    const dir = tempDir();
    const src = join(dir, "a");
    mkdirSync(src);
    writeFileSync(join(src, "one.txt"), " date 2023-11-24\nMilitants fired three rockets at al-Asad Air Base in Iraq on Thursday, a US official said.\n");
    writeFileSync(join(src, "two.txt"), " date 2023-11-25\nTwo drones targeted US forces at al-Tanf in Syria on Friday, the Pentagon said.\n");
    const file = join(dir, "s.sqlite");
    expect((await runInProcess(["ingest", src, "--db", file, "--reference-date", "2023-12-15", "--quiet"])).code).toBe(0);
    // What a SIGKILL after the last batch leaves: the rows are committed, the run row was never closed.
    const raw = new Database(file);
    raw.prepare("UPDATE runs SET finished_at = NULL, articles = 0, events = 0, tallies = 0").run();
    const events = (raw.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
    raw.close();
    const json = JSON.parse((await runInProcess(["runs", "--db", file, "--json"])).stdout) as Array<{ articles: number; events: number; finished_at: string | null }>;
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ articles: 2, events, finished_at: null });
    expect(events).toBeGreaterThan(0);
    const table = (await runInProcess(["runs", "--db", file])).stdout;
    expect(table).toMatch(/ingest .* 2 +\d+ +\d+ +0 +\(unfinished/);
  });

  it("the_ingest_summary_lists_the_newest_events_first", async () => {
    const dir = tempDir();
    const src = join(dir, "a");
    mkdirSync(src);
    // File names put the oldest event's article first in reading order.
    writeFileSync(join(src, "a-history.txt"), " date 2023-11-24\nOn January 5, 2020, militants fired rockets at al-Asad Air Base in Iraq, officials said.\n");
    writeFileSync(join(src, "b-recent.txt"), " date 2023-11-24\nTwo drones targeted US forces at al-Tanf in Syria on Thursday, the Pentagon said.\n");
    writeFileSync(join(src, "c-middle.txt"), " date 2023-11-24\nOn October 19, 2023, rockets hit Ain al-Asad Air Base in Iraq, a US official said.\n");
    const r = await runInProcess(["ingest", src, "--db", join(dir, "s.sqlite"), "--reference-date", "2023-12-15"]);
    expect(r.code, r.stderr).toBe(0);
    const dates = [...r.stdout.matchAll(/^ {2}#\d+ (\d{4}-\d{2}-\d{2}) /gm)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2023-11-23");
    expect(dates.at(-1)).toBe("2020-01-05");
  });
});
