/**
 * The same output flag everywhere: every command that prints records takes
 * `--format` with the same names (table, json, and jsonl/csv where they
 * apply); `--json` stays as short for `--format json`. Also `--version`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CORPUS, GOLD_FIXTURES, runInProcess } from "../helpers.js";

const run = (...argv: string[]) => runInProcess(argv);
let db: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-formats-"));
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
];

describe("--format", () => {
  it.each(COMMANDS)("%s_takes_format_json", async (name, args) => {
    const r = await run(name, ...args, "--format", "json", "--db", db);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
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
