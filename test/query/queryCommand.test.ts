import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { queryEvents } from "../../src/query/queryEvents.js";
import { EVENT_CSV_COLUMNS } from "../../src/query/formatEvents.js";
import { corpusDb, INJECTION, type TestDb } from "./fixtures.js";
import { runInProcess } from "../helpers.js";

let t: TestDb;
beforeAll(async () => {
  t = await corpusDb();
});
afterAll(() => t.close());

describe("sitrep query", () => {
  it("table_shows_each_event_with_its_sentence_under_it", async () => {
    const { code, stdout } = await runInProcess(["query", "--db", t.file, "--kind", "strike"]);
    expect(code).toBe(0);
    const strikes = queryEvents(t.db, { kind: "strike" }).events;
    for (const e of strikes) {
      expect(stdout).toContain(`#${e.id}`);
      // The sentence is wrapped in the table; its first words are on one line.
      const firstWords = e.sources.find((s) => s.evidence)!.text.split(" ").slice(0, 3).join(" ");
      expect(stdout.replace(/«|»/g, "")).toContain(firstWords);
    }
    expect(stdout).toContain(`${strikes.length} events`);
    expect(stdout).not.toMatch(/│ attack +│/); // only strikes in the kind column
  });

  it("json_lists_the_events_with_sources_and_field_words", async () => {
    const { stdout } = await runInProcess(["query", "--db", t.file, "--format", "json", "--country", "Iraq"]);
    const rows = JSON.parse(stdout) as Array<{ id: number; country: string; sources: Array<{ text: string; fields: Array<{ field: string; start: number; end: number; text: string }>; start: number }> }>;
    expect(rows.length).toBe(queryEvents(t.db, { country: "Iraq" }).events.length);
    for (const r of rows) {
      expect(r.country).toContain("Iraq");
      for (const s of r.sources) for (const f of s.fields) expect(s.text.slice(f.start - s.start, f.end - s.start)).toBe(f.text);
    }
  });

  it("article_and_limit_options_select_one_articles_events_and_cap_the_rows", async () => {
    const all = queryEvents(t.db, {}).events;
    const key = all.at(-1)!.article;
    const one = JSON.parse((await runInProcess(["query", "--db", t.file, "--format", "json", "--article", key])).stdout) as Array<{ id: number; article: string }>;
    expect(one.map((e) => e.id)).toEqual(all.filter((e) => e.article === key).map((e) => e.id));
    const two = JSON.parse((await runInProcess(["query", "--db", t.file, "--format", "json", "--limit", "2"])).stdout) as Array<{ id: number }>;
    expect(two.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const bad = await runInProcess(["query", "--db", t.file, "--limit", "two"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
  });

  it("csv_has_a_header_and_one_row_per_event", async () => {
    const { stdout } = await runInProcess(["query", "--db", t.file, "--format", "csv"]);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows.length).toBe(queryEvents(t.db, {}).events.length);
    expect(rows.every((r) => r.evidence!.length > 0)).toBe(true);
  });

  it("explain_prints_the_sql_and_its_bound_parameters", async () => {
    const { code, stderr, stdout } = await runInProcess(["query", "--db", t.file, "--actor", INJECTION, "--min-killed", "2", "--explain", "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("-- SQL");
    expect(stderr).toContain("e.actor LIKE '%' || ? || '%'");
    expect(stderr).toContain(JSON.stringify([INJECTION, 2]));
    expect(JSON.parse(stdout)).toEqual([]); // standard output stays valid JSON
  });

  it("bad_values_are_usage_errors", async () => {
    for (const args of [["--kind", "raid"], ["--weapon", "spear"], ["--from", "yesterday"], ["--min-killed", "-1"], ["--format", "xml"], ["stray"]]) {
      const { code, stderr } = await runInProcess(["query", "--db", t.file, ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/see sitrep query --help/);
    }
  });

  it("help_describes_every_filter", async () => {
    const { stdout } = await runInProcess(["query", "--help"]);
    for (const flag of ["--kind", "--from", "--to", "--country", "--place", "--actor", "--weapon", "--min-killed", "--text", "--run", "--format", "--explain"]) expect(stdout).toContain(flag);
  });
});
