import { describe, expect, it } from "vitest";
import { copyFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { openDatabase, type Db } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { readAnswers } from "../../src/export/readAnswers.js";
import { CORPUS, tempDir } from "../helpers.js";

const REF = "2023-12-15";
const TABLES = ["articles", "sentences", "mentions", "events", "event_sources", "tallies", "extractions"];

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

describe("ingest", () => {
  it("ingest_stores_the_founding_corpus_with_spans_into_the_clean_text", async () => {
    const db = openDatabase(join(tempDir(), "s.sqlite"));
    const result = await ingest(db, [CORPUS], { referenceDate: REF });
    expect(result.failed).toBe(0);
    expect(result.stored).toBe(readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).length);
    const c = counts(db);
    expect(c.sentences).toBeGreaterThan(50);
    expect(c.events).toBeGreaterThan(0);
    expect(c.tallies).toBeGreaterThan(0);
    // Every sentence, mention and source span cuts exactly its text out of the article.
    const texts = new Map((db.prepare("SELECT id, text FROM articles").all() as Array<{ id: number; text: string }>).map((a) => [a.id, a.text]));
    for (const table of ["sentences", "mentions", "tallies"]) {
      for (const r of db.prepare(`SELECT article_id, start, end, text FROM ${table}`).all() as Array<{ article_id: number; start: number; end: number; text: string }>)
        expect(texts.get(r.article_id)!.slice(r.start, r.end)).toBe(r.text);
    }
    for (const r of db
      .prepare("SELECT e.article_id, es.start, es.end, es.text FROM event_sources es JOIN events e ON e.id = es.event_id")
      .all() as Array<{ article_id: number; start: number; end: number; text: string }>)
      expect(texts.get(r.article_id)!.slice(r.start, r.end)).toBe(r.text);
    // The date header is not part of the first sentence.
    const first = db.prepare("SELECT s.text FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.published_method = 'header' AND s.idx = 0").all() as Array<{ text: string }>;
    expect(first.length).toBeGreaterThan(0);
    for (const s of first) expect(s.text).not.toMatch(/^\s*date \d{4}/);
    db.close();
  });

  it("ingesting_the_same_corpus_twice_adds_nothing", async () => {
    const db = openDatabase(join(tempDir(), "s.sqlite"));
    await ingest(db, [CORPUS], { referenceDate: REF });
    const before = counts(db);
    const runsBefore = (db.prepare("SELECT COUNT(*) AS n FROM runs").get() as { n: number }).n;
    const again = await ingest(db, [CORPUS], { referenceDate: REF });
    expect(again.stored).toBe(0);
    expect(again.unchanged).toBe(before.articles);
    expect(counts(db)).toEqual(before);
    expect((db.prepare("SELECT COUNT(*) AS n FROM runs").get() as { n: number }).n).toBe(runsBefore);
    db.close();
  });

  it("a_changed_article_replaces_its_old_version_and_its_rows", async () => {
    const dir = tempDir();
    const file = join(dir, "a1.txt");
    writeFileSync(file, " date 2023-11-24 US forces were attacked with rockets at al-Tanf on Thursday. Nobody was hurt.\n");
    const db = openDatabase(join(dir, "s.sqlite"));
    await ingest(db, [dir], { referenceDate: REF });
    const oldId = (db.prepare("SELECT id FROM articles WHERE key = 'a1'").get() as { id: number }).id;
    writeFileSync(file, " date 2023-11-24 US forces were attacked with drones at Erbil air base on Wednesday.\n");
    const result = await ingest(db, [dir], { referenceDate: REF });
    expect(result.stored).toBe(1);
    const rows = db.prepare("SELECT id, text FROM articles WHERE key = 'a1'").all() as Array<{ id: number; text: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toContain("Erbil");
    for (const t of ["sentences", "mentions", "events"])
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE article_id = ?`).get(oldId) as { n: number }).n).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sentences").get()).toEqual({ n: 1 });
    db.close();
  });

  it("bad_files_are_named_with_their_reason_and_good_ones_still_ingest", async () => {
    const dir = tempDir();
    const corpus = join(dir, "in");
    mkdirSync(corpus);
    copyFileSync(join(CORPUS, readdirSync(CORPUS).find((f) => f.endsWith(".txt"))!), join(corpus, "good.txt"));
    writeFileSync(join(corpus, "empty.txt"), "");
    writeFileSync(join(corpus, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff, 0xfe, 0]));
    // UTF-16LE with BOM decodes and ingests (a warning is recorded).
    writeFileSync(join(corpus, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("US forces were attacked at al-Tanf on Oct. 19, 2023.", "utf16le")]));
    writeFileSync(
      join(corpus, "dump.jsonl"),
      [
        JSON.stringify({ id: "d1", text: "Rockets hit Ain al-Asad air base on Nov. 2.", published: "2023-11-03" }),
        "{not json",
        JSON.stringify({ id: "d2", text: 42 }),
        JSON.stringify({ id: "d3", text: "The Pentagon said on Friday there were no new attacks.", published: "not a date" }),
      ].join("\n"),
    );
    const db = openDatabase(join(dir, "s.sqlite"));
    const result = await ingest(db, [corpus], { referenceDate: REF });
    const keys = (db.prepare("SELECT key FROM articles ORDER BY key").all() as Array<{ key: string }>).map((r) => r.key);
    expect(keys).toEqual(["d1", "d3", "good", "utf16"]);
    const byFile = result.failures.map((f) => `${f.sourcePath.slice(corpus.length + 1)}${f.sourceLine ? ":" + f.sourceLine : ""} ${f.code}`);
    expect(byFile).toEqual(expect.arrayContaining(["binary.txt E_BINARY", "empty.txt E_EMPTY", "dump.jsonl:2 E_JSON", "dump.jsonl:3 E_SHAPE"]));
    expect(result.failures).toHaveLength(4);
    for (const f of result.failures) expect(f.reason.length).toBeGreaterThan(5);
    expect(result.warnings.some((w) => w.key === "d3" && /published/.test(w.message))).toBe(true);
    db.close();
  });

  it("export_reads_back_guideline_shaped_articles", async () => {
    const db = openDatabase(join(tempDir(), "s.sqlite"));
    await ingest(db, [CORPUS], { referenceDate: REF });
    const answers = readAnswers(db);
    expect(answers.map((a) => a.article)).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")).sort());
    for (const a of answers) {
      expect(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published)).toBe(true);
      for (const e of a.events) {
        expect(["attack", "strike"]).toContain(e.kind);
        expect(e.evidence.length).toBeGreaterThan(0);
        expect(Array.isArray(e.weapons)).toBe(true);
      }
    }
    db.close();
  });
});
