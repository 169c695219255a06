/**
 * What ingest does with its inputs, so nothing is lost or replaced without
 * a word: two inputs with one article key (same file name in two folders, a
 * .txt and a dump id, ids 7 and "7") → the second is refused with
 * E_DUPLICATE_KEY naming both, or both are kept under `--key path`; a later
 * ingest replacing an article read from another path says so; a missing
 * path is one line, exit 2, and no database. Event ids follow article
 * order, not worker timing, and `show ARTICLE#N` names an event stably.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runInProcess, tempDir } from "../helpers.js";
import { requireDist, runCli } from "../robustness/helpers.js";

const REF = "2023-12-15";
const run = (...argv: string[]) => runInProcess(argv);

// Our own sentences, one incident each.
const ROCKETS = "Rockets struck a base hosting US troops in eastern Syria on Oct. 20, 2023, officials said. No injuries were reported.";
const DRONE = "A one-way attack drone hit US forces at al-Tanf garrison on Nov. 2, 2023, causing minor injuries to two service members.";
const STRIKE = "US fighter jets struck a weapons depot used by Iran-backed militias near Abu Kamal, Syria, on Nov. 8, 2023.";

function rows(file: string, sql: string): Array<Record<string, unknown>> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

function write(path: string, text: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("article keys", () => {
  it("two_files_with_one_name_in_two_folders_the_second_is_refused_naming_both", async () => {
    const dir = tempDir();
    write(join(dir, "d1", "a.txt"), ROCKETS);
    write(join(dir, "d2", "a.txt"), DRONE);
    const db = join(dir, "s.sqlite");
    const r = await run("ingest", join(dir, "d1"), join(dir, "d2"), "--db", db, "--reference-date", REF, "--workers", "0");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/d2\/a\.txt: E_DUPLICATE_KEY: article key "a" is already taken in this run by .*d1\/a\.txt, with another text; this one was not stored/);
    expect(r.stdout).toMatch(/2 articles read, 1 stored, 0 unchanged, 1 failed/);
    expect(rows(db, "SELECT key, source_path FROM articles")).toEqual([{ key: "a", source_path: join(dir, "d1", "a.txt") }]);
  });

  it("a_txt_file_and_a_dump_record_with_its_name_as_id_collide_too", async () => {
    const dir = tempDir();
    write(join(dir, "in", "7.txt"), ROCKETS);
    write(join(dir, "in", "z.jsonl"), JSON.stringify({ id: 7, text: DRONE }) + "\n" + JSON.stringify({ id: "7", text: STRIKE }) + "\n");
    const db = join(dir, "s.sqlite");
    const r = await run("ingest", join(dir, "in"), "--db", db, "--reference-date", REF, "--workers", "0", "--quiet");
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/z\.jsonl:1: E_DUPLICATE_KEY: article key "7" is already taken in this run by .*in\/7\.txt/),
      expect.stringMatching(/z\.jsonl:2: E_DUPLICATE_KEY: article key "7" is already taken in this run by .*in\/7\.txt/),
      "ingest: 2 failed; the other articles were ingested",
    ]);
    expect(rows(db, "SELECT key FROM articles")).toEqual([{ key: "7" }]);
  });

  it("ids_7_and_string_7_in_one_dump_collide", async () => {
    const dir = tempDir();
    const dump = write(join(dir, "x.jsonl"), JSON.stringify({ id: 7, text: ROCKETS }) + "\n" + JSON.stringify({ id: " 7", text: DRONE }) + "\n");
    const r = await run("ingest", dump, "--db", join(dir, "s.sqlite"), "--reference-date", REF, "--workers", "0", "--quiet");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.jsonl:2: E_DUPLICATE_KEY: article key "7" is already taken in this run by .*x\.jsonl:1/);
  });

  it("key_path_keeps_both_under_their_relative_paths", async () => {
    const dir = tempDir();
    write(join(dir, "d1", "a.txt"), ROCKETS);
    write(join(dir, "d2", "a.txt"), DRONE);
    write(join(dir, "d2", "x.jsonl"), JSON.stringify({ id: 7, text: STRIKE }) + "\n");
    const db = join(dir, "s.sqlite");
    const r = await runCliIn(dir, ["ingest", "d1", "./d2", "--db", db, "--reference-date", REF, "--workers", "0", "--quiet", "--key", "path"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(rows(db, "SELECT key FROM articles ORDER BY key").map((x) => x.key)).toEqual(["d1/a", "d2/a", "d2/x:7"]);
  });

  it("the_same_file_named_twice_is_one_article_and_no_error", async () => {
    const dir = tempDir();
    const file = write(join(dir, "in", "a.txt"), ROCKETS);
    const r = await run("ingest", join(dir, "in"), file, "--db", join(dir, "s.sqlite"), "--reference-date", REF, "--workers", "0");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 articles read, 1 stored, 1 unchanged, 0 failed/);
  });

  it("a_copy_with_the_same_text_under_the_same_key_is_no_error", async () => {
    const dir = tempDir();
    write(join(dir, "d1", "a.txt"), ROCKETS);
    write(join(dir, "d2", "a.txt"), ROCKETS);
    write(join(dir, "d2", "x.jsonl"), JSON.stringify({ id: "a", text: ROCKETS }) + "\n");
    const r = await run("ingest", join(dir, "d1"), join(dir, "d2"), "--db", join(dir, "s.sqlite"), "--reference-date", REF, "--workers", "0");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 articles read, 1 stored, 2 unchanged, 0 failed/);
  });

  it("a_later_ingest_replacing_an_article_from_another_path_says_so", async () => {
    const dir = tempDir();
    write(join(dir, "d1", "a.txt"), ROCKETS);
    write(join(dir, "d2", "a.txt"), DRONE);
    const db = join(dir, "s.sqlite");
    expect((await run("ingest", join(dir, "d1"), "--db", db, "--reference-date", REF, "--workers", "0", "--quiet")).code).toBe(0);
    const r = await run("ingest", join(dir, "d2"), "--db", db, "--reference-date", REF, "--workers", "0", "--quiet");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^ingest: article "a" was read from .*d1\/a\.txt and is now replaced by .*d2\/a\.txt$/m);
    // The same path again, changed: an update, said nothing about.
    writeFileSync(join(dir, "d2", "a.txt"), STRIKE);
    expect((await run("ingest", join(dir, "d2"), "--db", db, "--reference-date", REF, "--workers", "0", "--quiet")).stderr).toBe("");
  });
});

describe("paths", () => {
  it("a_missing_path_is_one_line_exit_2_and_no_database", async () => {
    const dir = tempDir();
    write(join(dir, "in", "a.txt"), ROCKETS);
    const db = join(dir, "out", "s.sqlite");
    for (const paths of [[join(dir, "nosuch")], [join(dir, "in"), join(dir, "nosuch")]]) {
      const r = await run("ingest", ...paths, "--db", db, "--reference-date", REF, "--workers", "0");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sitrep ingest: E_NOT_FOUND: ".*nosuch": no such file or folder; nothing was ingested: check the path\n$/);
      expect(r.stderr).not.toMatch(/other articles|moved or deleted/);
      expect(existsSync(join(dir, "out"))).toBe(false);
    }
  });

  it("when_every_article_fails_the_run_does_not_say_the_others_were_ingested", async () => {
    const dir = tempDir();
    write(join(dir, "in", "a.txt"), "");
    write(join(dir, "in", "b.txt"), "   \n");
    const r = await run("ingest", join(dir, "in"), "--db", join(dir, "s.sqlite"), "--reference-date", REF, "--workers", "0", "--quiet");
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n").at(-1)).toBe("ingest: 2 failed; no article was ingested");
  });
});

describe("event ids", () => {
  it("follow_article_order_not_worker_timing_and_ARTICLE#N_names_the_same_event", async () => {
    requireDist();
    const dir = tempDir();
    // The first article takes far longer to parse than the rest, so with two
    // workers the others finish first; ids must still follow input order.
    const slow = Array.from({ length: 150 }, (_, i) => `Militants fired ${i % 9 + 2} rockets at a coalition outpost near Shaddadi on Oct. ${(i % 27) + 1}, 2023, a spokesman said.`).join(" ");
    write(join(dir, "in", "a_slow.txt"), slow);
    for (const [i, text] of [ROCKETS, DRONE, STRIKE, ROCKETS.replace("eastern", "northeastern"), DRONE.replace("two", "three")].entries())
      write(join(dir, "in", `b${i}.txt`), text);
    const events = async (name: string) => {
      const db = join(dir, name);
      const r = await runCli(["ingest", join(dir, "in"), "--db", db, "--reference-date", REF, "--workers", "2", "--quiet"]);
      expect(r.code).toBe(0);
      return rows(db, "SELECT e.id, a.key, e.kind, e.date FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id");
    };
    const first = await events("one.sqlite");
    const keys = first.map((e) => String(e.key));
    expect(keys.length).toBeGreaterThan(5);
    expect(keys).toEqual([...keys].sort());
    expect(await events("two.sqlite")).toEqual(first);
    // ARTICLE#N is the N-th event of that article.
    const db = join(dir, "one.sqlite");
    const drone = first.filter((e) => e.key === "b1");
    const byKey = await run("show", "b1#1", "--format", "json", "--db", db);
    expect(byKey.code).toBe(0);
    expect(JSON.parse(byKey.stdout).event.id).toBe(drone[0]!.id);
    expect(JSON.parse(byKey.stdout).key).toBe("b1#1");
    expect((await run("show", String(drone[0]!.id), "--db", db)).stdout).toMatch(/\(also b1#1\)/);
    const none = await run("show", "b1#9", "--db", db);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^sitrep show: E_NO_EVENT: there is no event b1#9/);
  }, 120_000);
});

/** The CLI run in another working folder, for relative paths. */
async function runCliIn(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await runInProcess(args);
  } finally {
    process.chdir(before);
  }
}
