/**
 * The same output flag everywhere: every command that prints records takes
 * `--format` with the same names (table, json, and jsonl/csv where they
 * apply); `--json` stays as short for `--format json`. Also `--version`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CORPUS, GOLD_FIXTURES, runInProcess } from "../helpers.js";

const run = (...argv: string[]) => runInProcess(argv);
let db: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-formats-"));
  db = join(dir, "s.sqlite");
  expect((await run("ingest", CORPUS, "--db", db, "--reference-date", "2023-12-15", "--quiet", "--workers", "0")).code).toBe(0);
  expect((await run("extract", "--db", db, "--quiet", "--workers", "0")).code).toBe(0);
  return () => rmSync(dir, { recursive: true, force: true });
}, 120_000);

const COMMANDS: Array<[string, string[]]> = [
  ["runs", []],
  ["show", ["1"]],
  ["query", []],
  ["stats", []],
  ["export", []],
  ["eval", ["--gold", GOLD_FIXTURES]],
  ["diff", ["1", "2"]],
  ["explain", ["--text", "A drone struck the base near Erbil on Tuesday, wounding two soldiers."]],
  ["incidents", []],
];

/** Each command with a format it does not write. */
const BAD_FORMATS: Array<[string, string[], string, string]> = [
  ["runs", [], "geojson", "table, json, jsonl, csv"],
  ["show", ["1"], "csv", "table, json"],
  ["query", [], "acled", "table, json, jsonl, csv"],
  ["stats", [], "xml", "table, json, jsonl, csv"],
  ["export", [], "table", "json, jsonl, csv, geojson, acled"],
  ["eval", ["--gold", GOLD_FIXTURES], "csv", "table, json"],
  ["diff", ["1", "2"], "jsonl", "table, json"],
  ["explain", ["--text", "Rockets hit a base."], "csv", "table, json"],
  ["incidents", [], "geojson", "table, json, jsonl, csv"],
  ["extract", [], "csv", "table, json"],
];

describe("--format", () => {
  it.each(COMMANDS)("%s_takes_format_json", async (name, args) => {
    const r = await run(name, ...args, "--format", "json", "--db", db);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it.each(BAD_FORMATS)("%s_refuses_a_format_it_does_not_write", async (name, args, format, allowed) => {
    const r = await run(name, ...args, "--format", format, "--db", db);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`sitrep ${name}: E_FORMAT: --format must be one of ${allowed}, got "${format}" (see sitrep ${name} --help)\n`);
  });

  it.each([["query"], ["stats"], ["runs"], ["export"], ["incidents"]])("%s_as_jsonl_is_one_json_object_a_line", async (name) => {
    const r = await run(name, "--format", "jsonl", "--db", db);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(JSON.parse(line)).toBeTypeOf("object");
  });

  it("query_jsonl_holds_the_events_of_query_json", async () => {
    const json = JSON.parse((await run("query", "--format", "json", "--db", db)).stdout) as unknown[];
    const jsonl = (await run("query", "--format", "jsonl", "--db", db)).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(jsonl).toEqual(json);
  });

  it("explain_keeps_text_as_the_name_of_its_table", async () => {
    const args = ["explain", "--text", "Militants fired rockets at a US base in Syria on Monday."];
    const text = await run(...args, "--format", "text");
    expect(text.code).toBe(0);
    expect(text.stdout).toBe((await run(...args)).stdout);
    expect(text.stdout).toBe((await run(...args, "--format", "table")).stdout);
  });

  it("export_takes_json_as_an_alias_too", async () => {
    expect((await run("export", "--json", "--db", db)).stdout).toBe((await run("export", "--db", db)).stdout);
  });

  it("extract_as_json_gives_its_summary_and_changes", async () => {
    // On a copy: another extract run would change what the runs tests see.
    const copy = join(dir, "extract.sqlite");
    copyFileSync(db, copy);
    const r = await run("extract", "--format", "json", "--db", copy, "--workers", "0");
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ run: 3, previous: 2, redone: 0, failures: [], changes: { added: [], removed: [], changed: [] } });
    expect(summary.events).toBeGreaterThan(0);
    const table = await run("extract", "--db", copy, "--workers", "0");
    expect(table.stdout).toMatch(/^extract: run 4 /);
  });

  it.each([["runs"], ["show"], ["eval"], ["diff"]])("%s_keeps_json_as_an_alias", async (name) => {
    const args = COMMANDS.find(([n]) => n === name)![1];
    const a = await run(name, ...args, "--json", "--db", db);
    const b = await run(name, ...args, "--format", "json", "--db", db);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("runs_as_jsonl_and_csv_hold_the_same_runs_as_json", async () => {
    const json = JSON.parse((await run("runs", "--format", "json", "--db", db)).stdout) as Array<{ id: number; command: string }>;
    expect(json.map((r) => r.command)).toEqual(["ingest", "extract"]);
    const jsonl = (await run("runs", "--format", "jsonl", "--db", db)).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(jsonl).toEqual(json);
    const csv = parse((await run("runs", "--format", "csv", "--db", db)).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => [Number(r.id), r.command])).toEqual(json.map((r) => [r.id, r.command]));
  });

  it("diff_as_json_holds_the_changes", async () => {
    const diff = JSON.parse((await run("diff", "1", "2", "--format", "json", "--db", db)).stdout);
    expect(diff).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it("eval_as_json_is_the_report", async () => {
    const report = JSON.parse((await run("eval", "--gold", GOLD_FIXTURES, "--format", "json", "--db", db)).stdout);
    expect(report.f1).toBeGreaterThan(0.9);
  });
});

describe("--version", () => {
  it("prints_the_package_version", async () => {
    const version = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
    for (const flag of ["--version", "-V"]) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`sitrep ${version}\n`);
    }
  });
});
