/**
 * The batch writer under failure: an article that cannot be stored fails
 * alone (its savepoint rolls back, the rest of its batch commits), and a
 * batch that cannot be written at all (the database locked past the busy
 * timeout) fails every one of its articles by name and stores none of
 * them — nothing is counted as stored before its commit.
 */
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { openDatabase } from "../../src/db/openDatabase.js";
import { startRun } from "../../src/db/runs.js";
import { currentVersions } from "../../src/extract/rulesVersion.js";
import type { ArticleRecord } from "../../src/db/storeArticle.js";
import type { Extraction } from "../../src/model/extraction.js";
import { BatchWriter } from "../../src/pipeline/batchWriter.js";
import { tempDir } from "../helpers.js";

function article(key: string): ArticleRecord {
  const text = "Rockets hit the base.";
  return {
    key,
    sourcePath: `${key}.txt`,
    sourceLine: null,
    url: null,
    title: null,
    contentHash: key,
    encoding: "utf-8",
    text,
    published: null,
    publishedMethod: "unknown",
    publishedSpan: null,
    warnings: [],
    sentences: [{ idx: 0, start: 0, end: text.length, text, parse: { v: 1, verbs: [], names: [], skipped: true } }],
  };
}

const unknown = { date: null, method: "unknown", span: null } as const;
const nothing: Extraction = {
  published: unknown,
  mentions: [],
  events: [],
  tallies: [],
  dates: { published: unknown, mentions: [] },
  datesReused: false,
  probe: { words: " ", phrases: "" },
};
/** A tally on a sentence the article does not have: storeArticle refuses it. */
const broken: Extraction = {
  ...nothing,
  tallies: [{ sentenceIdx: 7, metric: "attacks", value: 1, qualifier: null, region: null, since: null, asOf: null, start: 0, end: 1, text: "R", rule: "test" }],
};

function writer(file: string) {
  const db = openDatabase(file);
  const stored: string[] = [];
  const failed: string[] = [];
  let runId: number | null = null;
  const w = new BatchWriter(db, {
    batchSize: 100,
    maxDelayMs: 60_000,
    runId: () => (runId ??= startRun(db, "ingest", currentVersions(), "2023-12-15")),
    onStored: (a) => stored.push(a.key),
    onFailed: (a, code, reason) => failed.push(`${a.key} ${code} ${reason}`),
  });
  return { db, w, stored, failed };
}

describe("batch writer", () => {
  it("an_article_that_cannot_be_stored_fails_alone_and_its_batch_commits", () => {
    const { db, w, stored, failed } = writer(join(tempDir(), "w.sqlite"));
    w.add(article("a"), nothing);
    w.add(article("bad"), broken);
    w.add(article("c"), nothing);
    expect(stored).toEqual([]); // nothing counts as stored before the commit
    w.flush();
    expect(stored).toEqual(["a", "c"]);
    expect(failed).toEqual([expect.stringMatching(/^bad E_STORE could not store the article \(extraction refers to sentence 7.*report it/)]);
    expect((db.prepare("SELECT key FROM articles ORDER BY key").all() as Array<{ key: string }>).map((r) => r.key)).toEqual(["a", "c"]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sentences").get()).toEqual({ n: 2 });
    db.close();
  });

  it("a_batch_the_database_refuses_fails_each_article_by_name_and_stores_none", () => {
    const file = join(tempDir(), "w.sqlite");
    const { db, w, stored, failed } = writer(file);
    db.pragma("busy_timeout = 50");
    w.add(article("a"), nothing); // the run row is written with the first batch
    w.flush();
    const other = new Database(file);
    other.prepare("BEGIN IMMEDIATE").run(); // another process holds the write lock
    w.add(article("b"), nothing);
    w.add(article("c"), nothing);
    w.flush();
    expect(stored).toEqual(["a"]);
    expect(failed).toEqual([
      expect.stringMatching(/^b E_DB_WRITE could not write to the database \(database is locked\).*ingest again/),
      expect.stringMatching(/^c E_DB_WRITE /),
    ]);
    other.prepare("ROLLBACK").run();
    other.close();
    expect(db.prepare("SELECT COUNT(*) AS n FROM articles").get()).toEqual({ n: 1 });
    db.close();
  });
});
