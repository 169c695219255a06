/**
 * Headlines are sentences with offsets (issue 13 item 4): a short first
 * line of a .txt, and a dump record's `title`, which becomes the stored
 * text's first line.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../src/text/sentences.js";
import { prependTitle } from "../../src/text/header.js";
import { openDatabase } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { tempDir } from "../helpers.js";

const HEADLINES = [
  "Drones target coalition base in eastern Syria",
  "Navy destroyer downs missiles fired from Yemen",
  "US jets strike militia depots after deadly attack",
  "Rocket fire hits airfield near Erbil: officials",
  "Houthis claim strike on tanker in Gulf of Aden",
];

describe("a .txt headline is its own sentence", () => {
  for (const headline of HEADLINES) {
    it(headline, () => {
      const text = `${headline}\nThe attack came before dawn, officials said. Nobody was hurt.`;
      const spans = splitSentences(text);
      expect(spans[0]).toEqual({ start: 0, end: headline.length, text: headline });
      expect(spans[1]!.text).toBe("The attack came before dawn, officials said.");
    });
  }
});

describe("prependTitle", () => {
  it("puts the title on its own first line", () => {
    expect(prependTitle("Base attacked", "Rockets hit the base.")).toBe("Base attacked\n\nRockets hit the base.");
  });
  it("folds white space inside the title to one line", () => {
    expect(prependTitle("  Base\n attacked\t again ", "Rockets hit the base.")).toBe("Base attacked again\n\nRockets hit the base.");
  });
  it("does not repeat a title the text already opens with", () => {
    expect(prependTitle("Base attacked", "Base  attacked\nRockets hit the base.")).toBe("Base  attacked\nRockets hit the base.");
    expect(prependTitle("BASE ATTACKED", "Base attacked\nRockets hit the base.")).toBe("Base attacked\nRockets hit the base.");
  });
  it("leaves the text alone without a title", () => {
    expect(prependTitle(null, "Rockets hit the base.")).toBe("Rockets hit the base.");
    expect(prependTitle("   ", "Rockets hit the base.")).toBe("Rockets hit the base.");
  });
});

describe("a dump record's title is stored text with offsets", () => {
  it("ingest_stores_the_title_as_the_first_sentence", async () => {
    const dir = tempDir();
    const dump = join(dir, "dump.jsonl");
    const records = HEADLINES.map((title, i) => ({ id: `h${i}`, title, text: " date 2023-12-01 Officials gave no further details. The base stayed on alert." }));
    writeFileSync(dump, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const db = openDatabase(join(dir, "s.sqlite"));
    const result = await ingest(db, [dump], { referenceDate: "2023-12-15" });
    expect(result.failed).toBe(0);
    const rows = db
      .prepare("SELECT a.key, a.text, a.published, s.start, s.end, s.text AS sentence FROM articles a JOIN sentences s ON s.article_id = a.id AND s.idx = 0 ORDER BY a.key")
      .all() as Array<{ key: string; text: string; published: string; start: number; end: number; sentence: string }>;
    expect(rows.length).toBe(HEADLINES.length);
    for (const [i, r] of rows.entries()) {
      expect(r.sentence).toBe(HEADLINES[i]);
      expect(r.text.slice(r.start, r.end)).toBe(HEADLINES[i]);
      // The date header still dates the record: the title goes after it is read.
      expect(r.published).toBe("2023-12-01");
      expect(r.text).not.toMatch(/date 2023/);
    }
    db.close();
  });

  it("ingest_stores_a_txt_headline_as_its_first_sentence", async () => {
    const dir = tempDir();
    for (const [i, headline] of HEADLINES.entries()) writeFileSync(join(dir, `t${i}.txt`), `${headline}\nOfficials gave no further details. The base stayed on alert.\n`);
    const db = openDatabase(join(dir, "s.sqlite"));
    expect((await ingest(db, [dir], { referenceDate: "2023-12-15" })).failed).toBe(0);
    const rows = db
      .prepare("SELECT a.text, s.start, s.end, s.text AS sentence FROM articles a JOIN sentences s ON s.article_id = a.id AND s.idx = 0 ORDER BY a.key")
      .all() as Array<{ text: string; start: number; end: number; sentence: string }>;
    expect(rows.map((r) => r.sentence)).toEqual(HEADLINES);
    for (const r of rows) expect(r.text.slice(r.start, r.end)).toBe(r.sentence);
    db.close();
  });
});
