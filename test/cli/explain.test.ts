/**
 * `sitrep explain`: real CLI runs over a real SQLite file holding articles
 * of corpus/, and over sentences written for these tests.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/openDatabase.js";
import { readAnswers } from "../../src/export/readAnswers.js";
import { REFINERS } from "../../src/refine/configuration.js";
import { printable } from "../../src/explain/formatExplain.js";
import { explainArticle } from "../../src/explain/explainArticle.js";
import { textInput } from "../../src/explain/loadInput.js";
import { loadLexicons } from "../../src/lexicon/index.js";
import { EVENT_RULES, TALLY_RULES } from "../../src/rules/index.js";
import { CORPUS, runInProcess, tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const ARTICLE = "002_efa74c49af2ce7b0";
const REF = "2023-12-15";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-explain-"));
  db = join(dir, "s.sqlite");
  const { code } = await runInProcess(["ingest", CORPUS, "--reference-date", REF, "--db", db, "--workers", "0"]);
  expect(code).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const saved = process.env.SITREP_LEXICONS;
afterEach(() => {
  if (saved === undefined) delete process.env.SITREP_LEXICONS;
  else process.env.SITREP_LEXICONS = saved;
});

function stored(key: string): { sentences: Array<{ idx: number; text: string }>; events: ReturnType<typeof readAnswers>[number]["events"] } {
  const d = openDatabase(db, { readonly: true });
  try {
    const id = d.prepare("SELECT id FROM articles WHERE key = ?").pluck().get(key);
    const sentences = d.prepare("SELECT idx, text FROM sentences WHERE article_id = ? ORDER BY idx").all(id) as Array<{ idx: number; text: string }>;
    return { sentences, events: readAnswers(d, { article: key })[0]!.events };
  } finally {
    d.close();
  }
}

describe("sitrep explain", () => {
  it("a_stored_article_shows_every_sentence_and_marks_each_event_as_the_database_holds_it", async () => {
    const { code, stdout, stderr } = await runInProcess(["explain", ARTICLE, "--db", db]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { sentences, events } = stored(ARTICLE);
    for (const s of sentences) expect(stdout).toContain(`[${s.idx}] “${s.text}”`);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(stdout).toContain(`= database event #${String(e.id)}`);
    expect(stdout).toMatch(new RegExp(`Events \\(${events.length}\\)`));
    expect(stdout).toContain("Same as the database");
    // Every refiner is listed, in the configured order.
    const at = REFINERS.map((r) => stdout.indexOf(`  ${r.id}`));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("writes_nothing_to_the_database", async () => {
    const before = readFileSync(db);
    const { code } = await runInProcess(["explain", ARTICLE, "--db", db]);
    expect(code).toBe(0);
    const d = openDatabase(db, { readonly: true });
    const runs = d.prepare("SELECT COUNT(*) FROM runs").pluck().get();
    d.close();
    expect(runs).toBe(1);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it("text_shows_how_each_date_was_resolved_and_the_event", async () => {
    const text = "Militants fired three rockets at U.S. troops at the al-Tanf garrison on Tuesday, wounding two soldiers.";
    const { code, stdout } = await runInProcess(["explain", "--text", text, "--published", "2023-11-24"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/“Tuesday” → 2023-11-21 \(day, role event, against publication 2023-11-24/);
    expect(stdout).toMatch(/“al-Tanf[^”]*” → al-Tanf \(base, Syria\) in the gazetteer/);
    expect(stdout).toMatch(/attack-on-us-forces: fired \(trigger[^)]*\) → c1/);
    expect(stdout).toMatch(/1\. 2023-11-21 attack al-Tanf, Syria .*injured 2/);
    // Not from the database: nothing to compare with.
    expect(stdout).not.toContain("database");
  });

  it("a_triggered_rule_that_gave_nothing_says_which_condition_failed", async () => {
    for (const text of [
      "Rockets were fired at a crowded market in the city on Tuesday.",
      "Gunmen attacked a police checkpoint outside the town last Friday.",
      "A drone struck a fuel depot on the edge of the port on Monday.",
    ]) {
      const { code, stdout } = await runInProcess(["explain", "--text", text, "--published", "2023-11-24"]);
      expect(code).toBe(0);
      expect(stdout, text).toMatch(/attack-on-us-forces: trigger “[^”]+”(?:, “[^”]+”)* present; no US\/coalition reference in a target\/interceptor role \(none found\)/);
      expect(stdout, text).toContain("Events (0)");
    }
    const { stdout } = await runInProcess(["explain", "--text", "U.S. officials said the convoy was struck near the border on Sunday.", "--published", "2023-11-24"]);
    expect(stdout).toMatch(/us-strike: trigger “struck” present; no US\/coalition reference in a striker role \(found: “U\.S\. officials” /);
  });

  it("a_candidate_without_an_event_date_is_dropped_by_drop_undated_with_the_reason", async () => {
    const text = "Iran-backed fighters fired rockets at U.S. forces stationed in eastern Syria.";
    const { stdout } = await runInProcess(["explain", "--text", text, "--published", "2023-11-24"]);
    expect(stdout).toContain("undated: no event date in the clause");
    expect(stdout).toMatch(/drop-undated — [^\n]+\n\s+c1 dropped/);
    expect(stdout).toContain("Events (0)");
  });

  it("a_refiner_that_merges_says_into_which_candidate", async () => {
    const text =
      "Militants launched two drones at U.S. troops at al-Tanf on Tuesday. " +
      "The drones were shot down by U.S. forces at al-Tanf on Tuesday, a U.S. official said.";
    const { stdout } = await runInProcess(["explain", "--text", text, "--published", "2023-11-24", "--format", "json"]);
    const out = JSON.parse(stdout) as { candidates: Array<{ id: string }>; refiners: Array<{ id: string; changes: Array<{ candidate: string; action: string; into?: string[] }> }>; events: unknown[] };
    expect(out.candidates.length).toBe(2);
    const merge = out.refiners.find((r) => r.id === "merge-same-event")!;
    expect(merge.changes).toContainEqual({ candidate: "c2", action: "merged", into: ["c1"] });
    expect(merge.changes.find((c) => c.candidate === "c1")).toMatchObject({ action: "changed" });
    expect(out.events.length).toBe(1);
  });

  it("sentence_shows_only_that_sentence_and_its_events", async () => {
    const { sentences, events } = stored(ARTICLE);
    const n = (events[0]!.sources as Array<{ sentence: number }>)[0]!.sentence;
    const { code, stdout } = await runInProcess(["explain", ARTICLE, "--db", db, "--sentence", String(n)]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Sentence ${n} — what each stage found`);
    for (const s of sentences) {
      if (s.idx === n) expect(stdout).toContain(`[${s.idx}] “${s.text}”`);
      else expect(stdout).not.toContain(`[${s.idx}] “`);
    }
    const mine = events.filter((e) => (e.sources as Array<{ sentence: number }>).some((s) => s.sentence === n));
    for (const e of mine) expect(stdout).toContain(`= database event #${String(e.id)}`);
    for (const e of events.filter((x) => !mine.includes(x))) expect(stdout).not.toContain(`= database event #${String(e.id)}`);
    const bad = await runInProcess(["explain", ARTICLE, "--db", db, "--sentence", String(sentences.length)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--sentence");
  });

  it("format_json_holds_every_stage", async () => {
    const { code, stdout } = await runInProcess(["explain", ARTICLE, "--db", db, "--format", "json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      key: string;
      sentences: Array<{ idx: number; text: string; dates: unknown[]; usReferences: Array<{ role: string }>; rules: Array<{ rule: string; failed: string | null }> }>;
      refiners: Array<{ id: string }>;
      events: Array<{ event: { kind: string }; index: number }>;
      stored: { run: number; status: Array<{ status: string; storedId: number }>; removed: unknown[] };
    };
    const { sentences, events } = stored(ARTICLE);
    expect(out.key).toBe(ARTICLE);
    expect(out.sentences.map((s) => s.text)).toEqual(sentences.map((s) => s.text));
    expect(out.refiners.map((r) => r.id)).toEqual(REFINERS.map((r) => r.id));
    expect(out.stored.run).toBe(1);
    expect(out.stored.status.map((s) => s.storedId).sort()).toEqual(events.map((e) => e.id).sort());
    expect(out.stored.status.every((s) => s.status === "same")).toBe(true);
    expect(out.stored.removed).toEqual([]);
    expect(out.sentences.some((s) => s.usReferences.some((r) => r.role === "target"))).toBe(true);
  });

  it("an_unknown_article_key_is_an_error_exit_2", async () => {
    const { code, stdout, stderr } = await runInProcess(["explain", "no_such_article", "--db", db]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/E_NO_ARTICLE: .*"no_such_article"/);
    const prefix = await runInProcess(["explain", ARTICLE.slice(0, 3), "--db", db]);
    expect(prefix.code).toBe(2);
    expect(prefix.stderr).toContain(`keys beginning so: ${ARTICLE}`);
  });

  it("a_missing_db_is_an_error_and_no_database_is_created", async () => {
    const missing = join(tempDir(), "nowhere", "none.sqlite");
    const { code, stderr } = await runInProcess(["explain", ARTICLE, "--db", missing]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/E_NO_DB: .*none\.sqlite/);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(missing, ".."))).toBe(false);
  });

  it("marks_where_the_current_lexicons_give_other_events_than_the_database", async () => {
    const lexicons = join(tempDir(), "lexicons");
    cpSync(join(ROOT, "lexicons"), lexicons, { recursive: true });
    const file = join(lexicons, "gazetteer.json");
    const gazetteer = JSON.parse(readFileSync(file, "utf8")) as Array<{ name: string }>;
    gazetteer.find((p) => p.name === "Ain al-Asad Air Base")!.name = "Ain al-Asad Air Base (renamed)";
    writeFileSync(file, JSON.stringify(gazetteer));
    process.env.SITREP_LEXICONS = lexicons;
    const { code, stdout } = await runInProcess(["explain", ARTICLE, "--db", db]);
    expect(code).toBe(0);
    const renamed = stored(ARTICLE).events.filter((e) => e.place === "Ain al-Asad Air Base");
    expect(renamed.length).toBeGreaterThan(0);
    for (const e of renamed) expect(stdout).toContain(`≠ DIFFERS from database event #${String(e.id)}`);
    expect(stdout).toContain('place: "Ain al-Asad Air Base" → "Ain al-Asad Air Base (renamed)"');
    expect(stdout).toMatch(new RegExp(`Differs from the database \\(run 1\\): 0 new, ${renamed.length} changed, 0 only in the database`));
    const json = JSON.parse((await runInProcess(["explain", ARTICLE, "--db", db, "--format", "json"])).stdout) as { stored: { status: Array<{ status: string }> } };
    expect(json.stored.status.filter((s) => s.status === "changed")).toHaveLength(renamed.length);
  });

  it("an_event_the_current_lexicons_no_longer_give_is_marked_until_extract_stores_the_change", async () => {
    const work = tempDir();
    const copy = join(work, "copy.sqlite");
    const d = openDatabase(db);
    d.pragma("wal_checkpoint(TRUNCATE)");
    d.close();
    cpSync(db, copy);
    const lexicons = join(work, "lexicons");
    cpSync(join(ROOT, "lexicons"), lexicons, { recursive: true });
    const file = join(lexicons, "gazetteer.json");
    const gazetteer = JSON.parse(readFileSync(file, "utf8")) as Array<{ name: string }>;
    writeFileSync(file, JSON.stringify(gazetteer.filter((p) => p.name !== "Erbil Air Base")));
    process.env.SITREP_LEXICONS = lexicons;
    const key = "001_02c4609296c7c39b";
    const gone = stored(key).events.filter((e) => e.place === "Erbil Air Base");
    expect(gone.length).toBeGreaterThan(0);
    const before = await runInProcess(["explain", key, "--db", copy]);
    for (const e of gone) expect(before.stdout).toMatch(new RegExp(`- #${String(e.id)} [^\\n]*Erbil Air Base[^\\n]*\\n\\s+≠ IN THE DATABASE ONLY`));
    expect(before.stdout).toContain(`${gone.length} only in the database`);
    // Once extracted, the database holds what explain shows.
    expect((await runInProcess(["extract", "--db", copy, "--quiet"])).code).toBe(0);
    const after = await runInProcess(["explain", key, "--db", copy]);
    expect(after.stdout).toMatch(/Same as the database \(run 2\)/);
    expect(after.stdout).not.toContain("≠");
  });

  it("file_reads_a_text_file_with_its_date_line", async () => {
    const file = join(tempDir(), "trial.txt");
    writeFileSync(file, " date 2024-01-10\nA one-way drone hit a U.S. base in northeastern Syria on Monday, causing minor damage.\n");
    const { code, stdout } = await runInProcess(["explain", "--file", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("published 2024-01-10 (header)");
    expect(stdout).toMatch(/“Monday” → 2024-01-08/);
    const missing = await runInProcess(["explain", "--file", join(tempDir(), "absent.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/absent\.txt: E_NOT_FOUND: no such file\n$/);
    const empty = await runInProcess(["explain", "--text", " \u200b \n"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^--text: E_EMPTY: /);
  });

  it("control_characters_in_the_text_are_printed_escaped", async () => {
    // Clean-up drops most controls at ingest; what it keeps (bidirectional overrides, a stored ESC) is escaped.
    const text = "Militants fired rockets at U.S. troops at al-Tanf on Tuesday.\u001b[2J\u202e evil";
    const { stdout } = await runInProcess(["explain", "--text", text, "--published", "2023-11-24"]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).not.toContain("\u202e");
    expect(stdout).toContain("\\u{202e}");
    expect(printable("a\u001b[31mb\u0007\u2066c")).toBe("a\\u{001b}[31mb\\u{0007}\\u{2066}c");
  });

  it("every_failed_condition_on_the_rules_own_examples_is_named_not_guessed", () => {
    // The rules' own example sentences: wherever a triggered rule gives nothing, explain names a
    // condition it read off the rule layer, not the catch-all; a rule change that adds a condition
    // explain does not know makes this fail.
    const lexicons = loadLexicons();
    let failures = 0;
    for (const rule of [...EVENT_RULES, ...TALLY_RULES])
      for (const ex of [...rule.examples.valid, ...rule.examples.invalid]) {
        const published = ex.published ?? "2023-11-24";
        const result = explainArticle(textInput(ex.text, "example", published, published), lexicons);
        for (const s of result.sentences)
          for (const r of s.rules) {
            if (!r.failed) continue;
            failures++;
            expect(r.failed, `${r.rule} on “${s.text}”`).not.toContain("its conditions did not hold");
          }
      }
    expect(failures).toBeGreaterThan(10);
  });

  it("needs_exactly_one_of_an_article_text_or_file", async () => {
    for (const argv of [["explain"], ["explain", ARTICLE, "--text", "x"], ["explain", "--text", "x", "--file", "y"], ["explain", "a", "b"]]) {
      const { code, stderr } = await runInProcess(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr).toContain("explain needs one of");
    }
  });
});
