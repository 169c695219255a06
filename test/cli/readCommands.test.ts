/**
 * Read commands and the database: a read command never creates a database
 * (a mistyped --db is E_NO_DB, exit 2, and no file or folder appears); a
 * run that does not exist is E_NO_RUN in every command; a file that is not
 * SQLite, a damaged or cut-short database, a missing gold folder and an
 * over-long --place are one coded line, never a stack trace; a database in
 * a read-only folder is read. Real SQLite files, real CLI runs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS, GOLD_FIXTURES, runInProcess, tempDir } from "../helpers.js";

const REF = "2023-12-15";
const run = (...argv: string[]) => runInProcess(argv);

/** Every command that only reads, with the arguments it needs besides --db. */
const READ_COMMANDS: Array<[string, string[]]> = [
  ["query", []],
  ["show", ["1"]],
  ["stats", []],
  ["export", []],
  ["runs", []],
  ["report", ["--out", "REPORT"]],
  ["eval", ["--gold", GOLD_FIXTURES]],
  ["diff", ["1", "1"]],
];

/** One ingest of the founding corpus, copied by each test that needs a database. */
let shared: string;
beforeAll(async () => {
  shared = join(mkdtempSync(join(tmpdir(), "sitrep-read-")), "s.sqlite");
  const r = await run("ingest", CORPUS, "--db", shared, "--reference-date", REF, "--quiet", "--workers", "0");
  expect(r.code).toBe(0);
  return () => rmSync(join(shared, ".."), { recursive: true, force: true });
}, 120_000);

function copyDb(dir: string): string {
  const file = join(dir, "copy.sqlite");
  copyFileSync(shared, file);
  return file;
}

function withOut(args: string[], dir: string): string[] {
  return args.map((a) => (a === "REPORT" ? join(dir, "r.html") : a));
}

describe("read commands", () => {
  it.each(READ_COMMANDS)("never_create_a_database: %s", async (name, args) => {
    const dir = tempDir();
    const db = join(dir, "typo", "sitrep.sqlite");
    const r = await run(name, ...withOut(args, dir), "--db", db);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^sitrep ${name}: E_NO_DB: there is no database at .*typo/sitrep\\.sqlite: check --db`));
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "typo"))).toBe(false);
  });

  it.each(READ_COMMANDS.filter(([name]) => name !== "runs" && name !== "diff"))("a_run_that_does_not_exist_is_E_NO_RUN: %s", async (name, args) => {
    const dir = tempDir();
    const db = copyDb(dir);
    for (const runId of ["99", "0"]) {
      const r = await run(name, ...withOut(args, dir), "--run", runId, "--db", db);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^sitrep ${name}: E_NO_RUN: there is no run ${runId}: see sitrep runs`));
    }
    expect((await run("diff", "1", "99", "--db", db)).stderr).toMatch(/E_NO_RUN: there is no run 99/);
  });

  it.each(READ_COMMANDS)("a_file_that_is_not_sqlite_is_E_DB_NOT_SQLITE: %s", async (name, args) => {
    const dir = tempDir();
    const db = join(dir, "notes.sqlite");
    writeFileSync(db, "these are my notes, not a database\n".repeat(200));
    const r = await run(name, ...withOut(args, dir), "--db", db);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^sitrep ${name}: E_DB_NOT_SQLITE: .*notes\\.sqlite is not an SQLite database`));
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(db, "utf8")).toMatch(/^these are my notes/);
  });

  it("a_cut_short_or_damaged_database_is_E_DB_CORRUPT_in_every_read_command", async () => {
    const dir = tempDir();
    const whole = readFileSync(copyDb(dir));
    const cut = join(dir, "cut.sqlite");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 3)));
    const damaged = join(dir, "damaged.sqlite");
    // Overwrite every page after the first few (the schema stays readable, the tables do not).
    const bytes = Buffer.from(whole);
    bytes.fill(0xa5, 4 * 4096);
    writeFileSync(damaged, bytes);
    for (const db of [cut, damaged])
      for (const [name, args] of READ_COMMANDS.filter(([n]) => n !== "runs")) {
        const r = await run(name, ...withOut(args, dir), "--db", db);
        expect(r.code, `${name} ${db}`).toBe(2);
        expect(r.stderr, `${name} ${db}`).toMatch(new RegExp(`^sitrep ${name}: E_DB_(CORRUPT|NOT_SQLITE): `));
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
      }
  });

  it("a_database_in_a_read_only_folder_is_read_and_ingest_says_it_cannot_write", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-ro-"));
    try {
      const folder = join(dir, "ro");
      mkdirSync(folder);
      copyFileSync(shared, join(folder, "s.sqlite"));
      chmodSync(folder, 0o555);
      chmodSync(join(folder, "s.sqlite"), 0o444);
      chmodSync(dir, 0o755);
      // root may write anywhere: run the CLI as nobody then, for whom the folder is read-only.
      const asOther = process.getuid?.() === 0;
      if (asOther && spawnSync("runuser", ["-u", "nobody", "--", "true"]).status !== 0) return;
      const cli = join(import.meta.dirname, "..", "..", "dist", "cli.js");
      const sitrep = (...args: string[]) =>
        asOther
          ? spawnSync("runuser", ["-u", "nobody", "--", process.execPath, cli, ...args], { encoding: "utf8" })
          : spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
      const db = join(folder, "s.sqlite");
      for (const args of [["stats"], ["show", "1"], ["eval", "--gold", GOLD_FIXTURES]]) {
        const r = sitrep(...args, "--db", db);
        expect(r.stderr, args.join(" ")).toBe("");
        expect(r.status, args.join(" ")).toBe(0);
      }
      expect(JSON.parse(sitrep("query", "--format", "json", "--db", db).stdout).length).toBeGreaterThan(5);
      const w = sitrep("extract", "--db", db);
      expect(w.status).toBe(2);
      expect(w.stderr).toMatch(/^sitrep extract: E_DB_READONLY: cannot write database .*s\.sqlite/);
      expect(w.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      chmodSync(join(dir, "ro"), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("eval_without_its_gold_folder_is_E_NO_GOLD", async () => {
    const dir = tempDir();
    const db = copyDb(dir);
    const missing = await run("eval", "--gold", join(dir, "no-such-gold"), "--db", db);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sitrep eval: E_NO_GOLD: there is no folder .*no-such-gold: check the path/);
    mkdirSync(join(dir, "empty"));
    expect((await run("eval", "--gold", join(dir, "empty"), "--db", db)).stderr).toMatch(/E_NO_GOLD: .*empty holds no \.json gold files/);
    mkdirSync(join(dir, "bad"));
    writeFileSync(join(dir, "bad", "x.json"), "{ not json");
    const bad = await run("eval", "--gold", join(dir, "bad"), "--db", db);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sitrep eval: E_GOLD: .*x\.json: invalid JSON/);
  });

  it("a_place_longer_than_sqlite_accepts_is_a_usage_error", async () => {
    const db = copyDb(tempDir());
    for (const option of ["--place", "--actor", "--country"]) {
      const r = await run("query", option, "x".repeat(60_000), "--db", db);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^sitrep query: E_USAGE: ${option} is 60000 characters long`));
    }
    expect((await run("query", "--place", "asad", "--db", db)).code).toBe(0);
  });
});
