import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { computeStats } from "../../src/stats/computeStats.js";
import { lexiconMisses } from "../../src/stats/lexiconMisses.js";
import { queryEvents } from "../../src/query/queryEvents.js";
import { corpusDb, hostileDb, type TestDb } from "./fixtures.js";
import { runInProcess } from "../helpers.js";

let corpus: TestDb;
let hostile: TestDb;
beforeAll(async () => {
  [corpus, hostile] = await Promise.all([corpusDb(), hostileDb()]);
});
afterAll(() => {
  corpus.close();
  hostile.close();
});

const sum = (rows: Array<{ count: number }>): number => rows.reduce((a, r) => a + r.count, 0);

describe("sitrep stats", () => {
  it("counts_add_up_to_the_events_of_the_snapshot", () => {
    const s = computeStats(corpus.db, null);
    const events = queryEvents(corpus.db, {}).events;
    expect(s.totals.events).toBe(events.length);
    expect(s.totals.articles).toBe(5);
    expect(sum(s.by_kind)).toBe(events.length);
    expect(sum(s.by_actor)).toBe(events.length);
    expect(sum(s.by_month)).toBe(events.length);
    // Each event once in by_country; once per country in the per-country breakdown.
    expect(sum(s.by_country)).toBe(events.length);
    expect(sum(s.per_country)).toBe(events.reduce((a, e) => a + (e.country ? e.country.split("; ").length : 1), 0));
    expect(s.by_kind.find((r) => r.value === "attack")!.count).toBe(events.filter((e) => e.kind === "attack").length);
    expect(s.by_month.map((r) => r.value)).toEqual([...s.by_month.map((r) => r.value)].sort());
  });

  it("an_event_in_two_countries_counts_once_in_the_totals_and_in_each_country_of_the_breakdown", async () => {
    const s = computeStats(corpus.db, null);
    const multi = queryEvents(corpus.db, {}).events.filter((e) => e.country?.includes("; "));
    expect(multi.length).toBeGreaterThan(0);
    const value = multi[0]!.country!;
    expect(s.by_country.find((r) => r.value === value)?.count).toBe(multi.filter((e) => e.country === value).length);
    for (const c of value.split("; ")) expect(s.per_country.find((r) => r.value === c)!.count).toBeGreaterThan(s.by_country.find((r) => r.value === c)?.count ?? 0);
    const table = (await runInProcess(["stats", "--db", corpus.file])).stdout;
    expect(table).toMatch(/Events by country \(each event once\)/);
    expect(table).toMatch(/Events per country \(an event in several countries counts in each\)/);
  });

  it("articles_without_events_are_listed", () => {
    const s = computeStats(hostile.db, null);
    expect(s.articles_without_events.map((a) => a.article)).toEqual(["quiet"]);
  });

  it("lexicon_misses_are_names_no_lexicon_resolved", () => {
    const misses = lexiconMisses(hostile.db, null);
    const names = misses.map((m) => m.name);
    expect(names).toContain("Zorblax Brigade");
    // Resolved by the gazetteer: not a miss.
    expect(names).not.toContain("Erbil Air Base");
    expect(names.some((n) => /Erbil|Tanf/.test(n))).toBe(false);
    const z = misses.find((m) => m.name === "Zorblax Brigade")!;
    expect(z.example.slice(z.example_start, z.example_end)).toBe("Zorblax Brigade");
  });

  it("table_json_and_csv_carry_the_same_counts", async () => {
    const table = await runInProcess(["stats", "--db", corpus.file]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Events by kind/);
    expect(table.stdout).toMatch(/Lexicon misses/);
    const json = JSON.parse((await runInProcess(["stats", "--db", corpus.file, "--format", "json"])).stdout) as { by_kind: Array<{ value: string; count: number }> };
    const csv = parse((await runInProcess(["stats", "--db", corpus.file, "--format", "csv"])).stdout, { columns: true }) as Array<{ section: string; value: string; count: string }>;
    expect(Object.keys(csv[0]!)).toEqual(["section", "value", "count", "detail"]);
    for (const k of json.by_kind) {
      expect(csv.find((r) => r.section === "kind" && r.value === k.value)!.count).toBe(String(k.count));
      expect(table.stdout).toMatch(new RegExp(`│ ${k.value} +│ ${k.count} +│`));
    }
  });

  it("top_limits_the_long_sections", async () => {
    const json = JSON.parse((await runInProcess(["stats", "--db", corpus.file, "--format", "json", "--top", "2"])).stdout) as { lexicon_misses: unknown[] };
    expect(json.lexicon_misses.length).toBeLessThanOrEqual(2);
  });
});
