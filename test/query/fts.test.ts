import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { loadMigrations, openDatabase, type Db } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { tempDir } from "../helpers.js";

const matches = (db: Db, q: string): string[] =>
  (db.prepare("SELECT s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ? ORDER BY s.id").all(q) as Array<{ text: string }>).map((r) => r.text);

function integrityOk(db: Db): void {
  // Throws when the index and the sentences table disagree.
  db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe("sentences_fts (db/002_fts.sql)", () => {
  it("the_index_follows_inserts_and_the_cascade_when_an_article_changes", async () => {
    const dir = tempDir();
    const file = join(dir, "a1.txt");
    writeFileSync(file, " date 2023-11-24\nUS forces were attacked with rockets at al-Tanf on Thursday.\n");
    const db = openDatabase(join(dir, "s.sqlite"));
    await ingest(db, [file], { referenceDate: "2023-12-15" });
    expect(matches(db, "rocket")).toHaveLength(1); // porter stemming: rocket = rockets
    writeFileSync(file, " date 2023-11-24\nUS forces were attacked with drones at Erbil on Thursday.\n");
    await ingest(db, [file], { referenceDate: "2023-12-15" });
    expect(matches(db, "rocket")).toEqual([]);
    expect(matches(db, "drone")).toHaveLength(1);
    integrityOk(db);
    db.close();
  });

  it("a_version_1_database_gets_its_existing_sentences_indexed", async () => {
    const dir = tempDir();
    const [v1] = loadMigrations();
    // What a version-1 sitrep stored: an article and its sentence, written as it wrote them.
    const old = openDatabase(join(dir, "s.sqlite"), { migrations: [v1!] });
    const text = "US forces were attacked with mortars at al-Tanf on Thursday.";
    const id = old
      .prepare("INSERT INTO articles (key, source_path, content_hash, encoding, text, published, published_method, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run("a1", join(dir, "a1.txt"), "h", "utf-8", text, "2023-11-24", "header", new Date().toISOString()).lastInsertRowid;
    old.prepare("INSERT INTO sentences (article_id, idx, start, end, text, parse) VALUES (?, 0, 0, ?, ?, '{}')").run(id, text.length, text);
    old.close();
    const db = openDatabase(join(dir, "s.sqlite"));
    expect(matches(db, "mortar")).toHaveLength(1);
    integrityOk(db);
    db.close();
  });
});
