/**
 * The command line end to end, through `main` with captured streams: help,
 * bad usage, ingest → export → eval, extract with its change report, runs
 * and diff. Real SQLite files, the real founding corpus.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/commands.js";
import { CORPUS, GOLD_FIXTURES, runInProcess, tempDir, withoutRunsAndIds } from "../helpers.js";

const run = (...argv: string[]) => runInProcess(argv);

describe("cli", () => {
  it.each(COMMANDS.map((c) => [c.name]))("every_command_has_help: %s", async (name) => {
    const r = await run(name, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`sitrep ${name}`);
  });

  it("main_help_lists_every_command", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.name);
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["ingest"], /needs at least one PATH/],
    [["ingest", "corpus", "--reference-date", "15/12/2023"], /--reference-date must be a date YYYY-MM-DD/],
    [["ingest", "corpus", "--no-such-flag"], /unknown option --no-such-flag/],
    [["query", "--acter", "houthi"], /^sitrep query: E_UNKNOWN_OPTION: unknown option --acter \(did you mean --actor\?\)/],
    [["show", "1", "--jsno"], /unknown option --jsno \(did you mean --json\?\)/],
    [["ingest", "corpus", "--reference-date", "2024-02-30"], /--reference-date must be a date YYYY-MM-DD on the calendar .*got "2024-02-30"/],
    [["ingest", "corpus", "--key", "hash"], /--key must be name or path/],
    [["query", "--db"], /--db needs a value/],
    [["runs", "--format", "xml"], /^sitrep runs: E_FORMAT: --format must be one of table, json, jsonl, csv, got "xml" \(see sitrep runs --help\)$/m],
    [["show", "1", "--json", "--format", "table"], /--json means --format json/],
    [["querry"], /did you mean query\?/],
    [["export", "--format", "xml"], /--format must be one of/],
    [["eval"], /needs --gold DIR/],
    [["diff", "1"], /needs two run numbers/],
  ])("bad_usage_exits_2_with_a_one_line_reason: %j", async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("ingest_export_and_eval_round_trip_scores_gold_against_itself_as_perfect", async () => {
    const dir = tempDir();
    const db = join(dir, "s.sqlite");
    const ingest = await run("ingest", CORPUS, "--reference-date", "2023-12-15", "--db", db);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/5 articles read, 5 stored/);
    expect(ingest.stdout).toMatch(/events: \d+ attack, \d+ strike/);
    // Our own export used as gold: every score is 1.
    const exported = await run("export", "--db", db, "--out", join(dir, "out.json"));
    expect(exported.code).toBe(0);
    const answers = JSON.parse((await run("export", "--db", db)).stdout) as Array<{ article: string }>;
    mkdirSync(join(dir, "gold"));
    for (const a of answers) writeFileSync(join(dir, "gold", `${a.article}.json`), JSON.stringify(a));
    const self = await run("eval", "--gold", join(dir, "gold"), "--db", db, "--json");
    const report = JSON.parse(self.stdout);
    expect(report.f1).toBe(1);
    expect(report.publishedAcc).toBe(1);
    // Against the founding gold: runs and reports every metric.
    const real = await run("eval", "--gold", GOLD_FIXTURES, "--db", db);
    expect(real.code).toBe(0);
    for (const metric of ["P", "R", "F1", "date_acc", "place_acc", "actor_acc", "weapons_acc", "killed_acc", "injured_acc", "evidence_acc", "tally_F1", "published_acc"])
      expect(real.stdout).toMatch(new RegExp(`^${metric}\\s+[\\d.-]+`, "m"));
    expect(readdirSync(GOLD_FIXTURES)).toHaveLength(answers.length);
  });

  it("extract_reruns_the_rules_records_a_run_and_reports_changes", async () => {
    const dir = tempDir();
    const db = join(dir, "s.sqlite");
    await run("ingest", CORPUS, "--reference-date", "2023-12-15", "--db", db);
    const before = JSON.parse((await run("export", "--db", db)).stdout);
    const r = await run("extract", "--db", db);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^extract: run 2 \(rules \w+, unchanged\)/);
    // Same rules, same stored sentences: nothing changes.
    expect(r.stdout).toMatch(/0 events added, 0 removed, 0 changed/);
    const after = JSON.parse((await run("export", "--db", db)).stdout);
    expect(withoutRunsAndIds(after)).toEqual(withoutRunsAndIds(before));
    const runs = await run("runs", "--db", db, "--json");
    expect(JSON.parse(runs.stdout).map((x: { command: string }) => x.command)).toEqual(["ingest", "extract"]);
    // Old runs stay queryable.
    expect(JSON.parse((await run("export", "--db", db, "--run", "1")).stdout).every((a: { run: number }) => a.run === 1)).toBe(true);
    const diff = await run("diff", "1", "2", "--db", db);
    expect(diff.stdout).toMatch(/from run 1 to run 2: 0 events added/);
    expect((await run("diff", "1", "9", "--db", db)).stderr).toMatch(/there is no run 9/);
  });

  it("a_failed_file_makes_the_exit_code_non_zero_and_names_the_file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "ok.txt"), "US forces were attacked with rockets at al-Tanf on Oct. 19, 2023.");
    const r = await run("ingest", dir, "--db", join(dir, "s.sqlite"), "--reference-date", "2023-12-15");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: E_EMPTY: file is empty/);
    expect(r.stdout).toMatch(/1 stored/);
  });
});
