/**
 * `sitrep extract` redoes only the articles a change can affect. The proof
 * that skipping is safe: after each lexicon edit, the incremental result
 * equals a `--full` re-extraction of every article, on the real corpus/ in a
 * real SQLite file. Also: which changes redo everything, and the date cache.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "../../src/db/openDatabase.js";
import { readAnswers } from "../../src/export/readAnswers.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { reextract } from "../../src/pipeline/reextract.js";
import { codeVersion, datesVersion, textVersion } from "../../src/extract/rulesVersion.js";
import { tempDir, withoutRunsAndIds } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "corpus");
const REF = "2023-12-15";

type Row = Record<string, unknown> & { name?: string; category?: string; aliases?: string[]; terms?: string[]; exclude?: string[] };
type Edit = (lex: { gazetteer: Row[]; actors: Row[]; weapons: Row[] }) => void;

const byName = (rows: Row[], name: string): Row => {
  const row = rows.find((r) => r.name === name || r.category === name);
  if (!row) throw new Error(`no lexicon row ${name}`);
  return row;
};

/**
 * Every article's current result — events, tallies and mentions — without
 * run numbers and row ids, which differ between an incremental and a full
 * run by design.
 */
function answers(db: Db): unknown {
  const mentions = db
    .prepare(
      `SELECT a.key, m.type, m.start, m.end, m.value, m.data FROM mentions m
         JOIN current_extractions c ON c.article_id = m.article_id AND c.run_id = m.run_id
         JOIN articles a ON a.id = m.article_id ORDER BY a.key, m.start, m.type, m.value`,
    )
    .all();
  return { results: withoutRunsAndIds(readAnswers(db)), mentions };
}

/** A database holding corpus/ ingested with the project's lexicons, copied to `dir` with a lexicon copy. */
let template: string;
let templateDir: string;
afterAll(() => rmSync(templateDir, { recursive: true, force: true }));
beforeAll(async () => {
  const dir = (templateDir = mkdtempSync(join(tmpdir(), "sitrep-incremental-")));
  template = join(dir, "template.sqlite");
  process.env.SITREP_LEXICONS = join(ROOT, "lexicons");
  const db = openDatabase(template);
  await ingest(db, [CORPUS], { referenceDate: REF, workers: 0 });
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}, 120_000);

function setUp(): { db: Db; lexicons: string } {
  const dir = tempDir();
  cpSync(template, join(dir, "s.sqlite"));
  const lexicons = join(dir, "lexicons");
  cpSync(join(ROOT, "lexicons"), lexicons, { recursive: true });
  process.env.SITREP_LEXICONS = lexicons;
  return { db: openDatabase(join(dir, "s.sqlite")), lexicons };
}

function edit(lexicons: string, change: Edit): void {
  const files = { gazetteer: "gazetteer.json", actors: "actors.json", weapons: "weapons.json" } as const;
  const lex = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, JSON.parse(readFileSync(join(lexicons, f), "utf8")) as Row[]])) as Parameters<Edit>[0];
  change(lex);
  for (const [k, f] of Object.entries(files)) writeFileSync(join(lexicons, f), JSON.stringify(lex[k as keyof typeof files], null, 2));
}

/** Each edit, and which articles it can reach: some, none, or all (its words occur in every article). */
const EDITS: Array<[string, Edit, "some" | "none" | "all"]> = [
  ["a_base_renamed", (l) => void (byName(l.gazetteer, "Ain al-Asad Air Base").name = "Ain al-Asad Air Base (renamed)"), "some"],
  ["a_base_moved", (l) => void Object.assign(byName(l.gazetteer, "Erbil Air Base"), { lat: 36.3, lon: 44.1 }), "some"],
  ["a_country_loses_its_demonyms", (l) => void (byName(l.gazetteer, "Yemen").demonyms = []), "some"],
  ["a_country_alias_removed_everywhere", (l) => void (byName(l.gazetteer, "Syria").aliases = []), "all"],
  ["an_actor_removed", (l) => void l.actors.splice(l.actors.indexOf(byName(l.actors, "Kataib Hezbollah")), 1), "some"],
  ["an_actor_gains_an_alias_inside_a_longer_one", (l) => void l.actors.push({ name: "Test Resistance", aliases: ["Resistance in Iraq"], role: "axis" }), "some"],
  ["an_actor_changes_role", (l) => void (byName(l.actors, "Iraqi government").role = "partner"), "some"],
  ["a_weapon_term_added", (l) => void byName(l.weapons, "rocket").terms!.push("projectile"), "some"],
  ["a_weapon_term_moves_category", (l) => {
    const gunfire = byName(l.weapons, "gunfire");
    gunfire.terms = gunfire.terms!.filter((t) => t !== "gunfire");
    byName(l.weapons, "explosive").terms!.push("gunfire");
  }, "some"],
  ["a_weapon_exclusion_added", (l) => void (byName(l.weapons, "missile").exclude = [...(byName(l.weapons, "missile").exclude ?? []), "ballistic missile"]), "some"],
  // Not in the text, but close to a name that is ("Sabrina Singh"): only the fuzzy matcher reaches it.
  ["a_place_a_misspelling_away_from_a_name_in_the_text", (l) => void l.gazetteer.push({ name: "Sabrina Sinhg", aliases: [], kind: "town", country: "Iraq", province: null, lat: 33, lon: 44 }), "some"],
  ["a_place_that_occurs_nowhere", (l) => void l.gazetteer.push({ name: "Zzyzx Outpost", aliases: [], kind: "base", country: "Syria", province: null, lat: 35, lon: 40 }), "none"],
];

describe("incremental sitrep extract equals a full re-extraction", () => {
  it.each(EDITS)("%s", async (_name, change, reach) => {
    const { db, lexicons } = setUp();
    edit(lexicons, change);
    const inc = await reextract(db);
    const incremental = answers(db);
    const full = await reextract(db, { full: true });
    expect(full.run.articles).toBe(full.plan.total);
    expect(incremental).toEqual(answers(db));
    // It redid only what the change can reach.
    if (reach === "none") expect(inc.run.articles).toBe(0);
    if (reach === "some") expect(inc.run.articles).toBeGreaterThan(0);
    if (reach === "some") expect(inc.run.articles).toBeLessThan(inc.plan.total);
    if (reach === "all") expect(inc.run.articles).toBe(inc.plan.total);
    expect(inc.plan.lexiconChanges.length).toBeGreaterThan(0);
    db.close();
  }, 60_000);

  it("nothing_changed_redoes_nothing", async () => {
    const { db } = setUp();
    const before = answers(db);
    const r = await reextract(db);
    expect(r.run.articles).toBe(0);
    expect(answers(db)).toEqual(before);
    db.close();
  });

  it("the_fuzzy_edit_really_changes_a_result", async () => {
    // Guards the test above: if the fuzzy edit changed nothing, equality would prove little.
    const { db, lexicons } = setUp();
    const before = JSON.stringify(answers(db));
    edit(lexicons, EDITS.find(([n]) => n === "a_place_a_misspelling_away_from_a_name_in_the_text")![1]);
    await reextract(db);
    const places = db.prepare("SELECT text FROM mentions WHERE type = 'place' AND value = 'Sabrina Sinhg'").pluck().all();
    expect(places).toContain("Sabrina Singh");
    expect(JSON.stringify(answers(db))).not.toBe(before);
    // …and an article that does not hold the name kept its result from the first run.
    expect(db.prepare("SELECT COUNT(*) FROM current_extractions WHERE run_id = 1").pluck().get()).toBeGreaterThan(0);
    db.close();
  });
});

describe("what redoes every article", () => {
  const redoAll: Array<[string, (db: Db, lexicons: string) => void, RegExp]> = [
    ["the_kind_registry_changed", (_db, l) => writeFileSync(join(l, "kinds.json"), readFileSync(join(l, "kinds.json"), "utf8").replace('"a kinetic strike', '"a strike')), /kinds\.json changed/],
    ["the_number_words_changed", (_db, l) => writeFileSync(join(l, "numbers.json"), readFileSync(join(l, "numbers.json"), "utf8") + "\n"), /numbers\.json changed/],
    ["the_code_changed", (db) => db.prepare("UPDATE runs SET code_version = 'older'").run(), /extraction code changed/],
    ["a_run_from_before_versions", (db) => db.prepare("UPDATE runs SET code_version = NULL").run(), /before sitrep recorded versions/],
    ["gazetteer_rows_reordered", (_db, l) => edit(l, (x) => void x.gazetteer.reverse()), /reordered/],
  ];
  it.each(redoAll)("%s", async (_name, change, reason) => {
    const { db, lexicons } = setUp();
    change(db, lexicons);
    const r = await reextract(db);
    expect(r.run.articles).toBe(r.plan.total);
    expect([...r.plan.reasons.keys()].join("; ")).toMatch(reason);
    db.close();
  }, 60_000);

  it("a_new_reference_date_redoes_every_article", async () => {
    const { db } = setUp();
    const r = await reextract(db, { referenceDate: "2024-06-01" });
    expect(r.run.articles).toBe(r.plan.total);
    expect([...r.plan.reasons.keys()]).toEqual(["the reference date changed (2023-12-15 → 2024-06-01)"]);
    db.close();
  });

  it("abbreviations_and_reformatting_redo_nothing", async () => {
    // Sentences are split once, at ingest; and the same rows written differently are the same rows.
    const { db, lexicons } = setUp();
    writeFileSync(join(lexicons, "abbreviations.json"), readFileSync(join(lexicons, "abbreviations.json"), "utf8") + "\n");
    const g = join(lexicons, "gazetteer.json");
    writeFileSync(g, JSON.stringify(JSON.parse(readFileSync(g, "utf8"))));
    const r = await reextract(db);
    expect(r.run.articles).toBe(0);
    db.close();
  });
});

describe("stored dates", () => {
  it("are_reused_while_the_date_code_and_reference_date_hold", async () => {
    const { db } = setUp();
    const id = db.prepare("SELECT article_id FROM article_dates ORDER BY article_id LIMIT 1").pluck().get() as number;
    // Tamper with the stored dates: a rerun that reuses them shows the tampered value.
    const data = JSON.parse(db.prepare("SELECT data FROM article_dates WHERE article_id = ?").pluck().get(id) as string);
    data.published = { date: "1999-01-01", method: "inferred", span: null };
    db.prepare("UPDATE article_dates SET data = ? WHERE article_id = ?").run(JSON.stringify(data), id);
    await reextract(db, { full: true });
    expect(db.prepare("SELECT published FROM articles WHERE id = ?").pluck().get(id)).toBe("1999-01-01");
    // Under another date code version they are recomputed, and replaced.
    db.prepare("UPDATE article_dates SET dates_version = 'older'").run();
    await reextract(db, { full: true });
    expect(db.prepare("SELECT published FROM articles WHERE id = ?").pluck().get(id)).not.toBe("1999-01-01");
    expect(db.prepare("SELECT COUNT(*) FROM article_dates WHERE dates_version = 'older'").pluck().get()).toBe(0);
    db.close();
  });
});

/** Each cue edit (lexicons/cues.json), and which articles of corpus/ it can reach. */
type Cues = Record<string, { terms?: string[] } & Record<string, unknown>>;
const CUE_EDITS: Array<[string, (c: Cues) => void, "some" | "none"]> = [
  ["a_strike_verb_added_that_some_articles_hold", (c) => void c.strikeVerbs!.terms!.push("responded"), "some"],
  ["a_claim_word_removed", (c) => void (c.claim!.terms = c.claim!.terms!.filter((t) => t !== "claimed")), "some"],
  ["a_word_added_to_a_nested_list", (c) => void (c.reportingVerbs as Record<string, string[]>).official!.push("warships"), "some"],
  ["a_negation_word_that_occurs_nowhere", (c) => void c.negation!.terms!.push("zzyzx"), "none"],
  ["a_list_reason_reworded", (c) => void (c.negation!.reason = "reworded"), "none"],
];

describe("a cue-word edit redoes only the articles whose text holds the word", () => {
  it.each(CUE_EDITS)("%s", async (_name, change, reach) => {
    const { db, lexicons } = setUp();
    const file = join(lexicons, "cues.json");
    const cues = JSON.parse(readFileSync(file, "utf8")) as Cues;
    change(cues);
    writeFileSync(file, JSON.stringify(cues, null, 2));
    const inc = await reextract(db);
    const incremental = answers(db);
    const full = await reextract(db, { full: true });
    expect(full.run.articles).toBe(full.plan.total);
    expect(incremental).toEqual(answers(db));
    if (reach === "none") expect(inc.run.articles).toBe(0);
    else {
      expect(inc.run.articles).toBeGreaterThan(0);
      expect(inc.run.articles).toBeLessThan(inc.plan.total);
      expect([...inc.plan.reasons.keys()]).toEqual(["a changed cue word occurs in it"]);
      expect(inc.plan.lexiconChanges.join("\n")).toMatch(/^cues\.json: /m);
    }
    db.close();
  }, 60_000);

  it("the_word_search_ignores_case_and_line_breaks_but_not_other_words", async () => {
    const { db, lexicons } = setUp();
    // An article holding the phrase only across a line break and in capitals still counts as holding it.
    const id = db.prepare("SELECT id FROM articles ORDER BY id LIMIT 1").pluck().get() as number;
    db.prepare("UPDATE articles SET text = text || ' SEIZED THE\nVESSEL.' WHERE id = ?").run(id);
    const file = join(lexicons, "cues.json");
    const cues = JSON.parse(readFileSync(file, "utf8")) as Cues;
    cues.attackVerbs!.terms!.push("seized the vessel");
    writeFileSync(file, JSON.stringify(cues, null, 2));
    const r = await reextract(db);
    expect(r.plan.articleIds).toEqual([id]);
    db.close();
  });
});

/** A copy of src/ (what the versions hash), to edit without touching the project. */
function codeCopy(): string {
  const root = tempDir();
  cpSync(join(ROOT, "src"), join(root, "src"), { recursive: true });
  return root;
}

describe("the versions follow what each stage reaches", () => {
  const comment = "\n// an edit that changes nothing\n";
  it("a_comment_in_the_report_or_the_cli_changes_no_version", () => {
    const root = codeCopy();
    const before = [codeVersion(root), textVersion(root), datesVersion(root)];
    for (const f of ["report/reportStyles.ts", "report/renderReport.ts", "cli/main.ts", "cli/extractCommand.ts", "query/queryEvents.ts", "export/acled.ts"]) appendFileSync(join(root, "src", f), comment);
    expect([codeVersion(root), textVersion(root), datesVersion(root)]).toEqual(before);
  });

  it("each_stage_changes_with_its_own_code_only", () => {
    const root = codeCopy();
    const v = () => ({ code: codeVersion(root), text: textVersion(root), dates: datesVersion(root) });
    const start = v();
    appendFileSync(join(root, "src", "rules", "usStrike.ts"), comment);
    const rule = v();
    expect(rule).toEqual({ ...start, code: rule.code });
    expect(rule.code).not.toBe(start.code);
    appendFileSync(join(root, "src", "text", "clean.ts"), comment);
    const clean = v();
    expect(clean).toEqual({ ...rule, text: clean.text });
    expect(clean.text).not.toBe(rule.text);
    appendFileSync(join(root, "src", "dates", "tense.ts"), comment);
    const dates = v();
    // The date code is extraction code too.
    expect(dates.dates).not.toBe(clean.dates);
    expect(dates.code).not.toBe(clean.code);
    expect(dates.text).toBe(clean.text);
  });

  it("after_a_report_or_cli_edit_extract_redoes_no_article", async () => {
    const { db } = setUp();
    const root = codeCopy();
    appendFileSync(join(root, "src", "report", "reportStyles.ts"), comment);
    appendFileSync(join(root, "src", "cli", "main.ts"), comment);
    const r = await reextract(db, { root });
    expect(r.run.articles).toBe(0);
    expect(r.plan.reingest).toBe(0);
    // The same copy with a rule edited redoes every article: the check can fail.
    appendFileSync(join(root, "src", "rules", "usStrike.ts"), comment);
    const all = await reextract(db, { root });
    expect(all.run.articles).toBe(all.plan.total);
    expect([...all.plan.reasons.keys()]).toEqual(["the extraction code changed"]);
    db.close();
  });

  it("after_a_text_stage_edit_extract_says_a_reingest_is_needed_and_ingest_does_it", async () => {
    const { db } = setUp();
    const root = codeCopy();
    appendFileSync(join(root, "src", "text", "sentences.ts"), comment);
    const r = await reextract(db, { root });
    expect(r.run.articles).toBe(0);
    expect(r.plan.reingest).toBe(r.plan.total);
    const again = await ingest(db, [CORPUS], { referenceDate: REF, workers: 0, root });
    expect(again.stored).toBe(r.plan.total);
    expect((await reextract(db, { root })).plan.reingest).toBe(0);
    // With the code it was ingested by, nothing is stale.
    expect((await ingest(db, [CORPUS], { referenceDate: REF, workers: 0, root })).unchanged).toBe(r.plan.total);
    db.close();
  }, 120_000);
});
