/**
 * Reading is bounded in bytes and in time (issue 15 item 11): a gzip is
 * inflated only up to a bound, an article over the size limit is refused
 * before it is held, and reading one article (or a dump up to its next
 * record) has a time limit. Each refusal names the file with a code, and the
 * files after it are still read. The inputs are real files written to a
 * temporary folder here; nothing large is committed.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readCorpus, type CorpusItem } from "../../src/read/readCorpus.js";
import { gunzipLimit } from "../../src/read/openRegularFile.js";
import { runInProcess, tempDir } from "../helpers.js";

const RECORD = (id: string) =>
  JSON.stringify({ id, text: "Two rockets struck a logistics base near Erbil on Sunday, a coalition spokesman said.", published: "2023-11-05" }) + "\n";

async function readAll(paths: string[], options: Parameters<typeof readCorpus>[1] = {}): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of readCorpus(paths, options)) items.push(item);
  return items;
}

/** Each item as `key` or `CODE file:line` for a failure. */
const summary = (dir: string, items: CorpusItem[]) =>
  items.map((i) => (i.type === "failure" ? `${i.code} ${i.sourcePath.slice(dir.length + 1)}${i.sourceLine ? `:${i.sourceLine}` : ""}` : i.key));

describe("bounded reading", () => {
  it("a_gzip_of_newlines_stops_inflating_at_its_bound_and_the_next_dump_is_read", async () => {
    const dir = tempDir("sitrep-read-bomb-");
    // 96 MB of newlines (about 100 KB compressed): past the 64 MB floor every gzip may expand to.
    writeFileSync(join(dir, "a-bomb.jsonl.gz"), gzipSync(Buffer.alloc(96 * 1024 * 1024, "\n"), { level: 9 }));
    writeFileSync(join(dir, "b-good.jsonl.gz"), gzipSync(RECORD("after-the-bomb")));
    const items = await readAll([dir]);
    expect(summary(dir, items)).toEqual(["E_GZIP a-bomb.jsonl.gz", "after-the-bomb"]);
    const bomb = items[0] as Extract<CorpusItem, { type: "failure" }>;
    expect(bomb.reason).toMatch(/expands to over 64\.0 MB .*decompression bomb/);
  });

  it("the_gzip_bound_rises_with_the_article_limit_and_the_compressed_size", () => {
    const floor = gunzipLimit(1000, 1024 * 1024);
    expect(floor).toBe(64 * 1024 * 1024);
    expect(gunzipLimit(1000, 8 * 1024 * 1024)).toBe(128 * 1024 * 1024);
    expect(gunzipLimit(10 * 1024 * 1024, 1024 * 1024)).toBe(500 * 1024 * 1024);
  });

  it("an_article_over_the_size_limit_is_refused_as_file_as_record_and_in_a_gzip", async () => {
    const dir = tempDir("sitrep-read-large-");
    const big = "Rockets hit the base. ".repeat(3000); // about 64 KB
    writeFileSync(join(dir, "a-big.txt"), big);
    writeFileSync(join(dir, "b-dump.jsonl"), JSON.stringify({ id: "too-big", text: big }) + "\n" + RECORD("small-record"));
    writeFileSync(join(dir, "c-dump.jsonl.gz"), gzipSync(JSON.stringify({ id: "too-big-gz", text: big }) + "\n" + RECORD("small-gz")));
    writeFileSync(join(dir, "d-small.txt"), "A drone hit a patrol base in Syria on Monday.");
    const items = await readAll([dir], { maxArticleBytes: 32 * 1024 });
    expect(summary(dir, items)).toEqual(["a-big", "E_TOO_LARGE b-dump.jsonl:1", "small-record", "E_TOO_LARGE c-dump.jsonl.gz:1", "small-gz", "d-small"]);
    // A .txt is refused when it is loaded, before it is read whole.
    const txt = items[0] as Extract<CorpusItem, { type: "txt" }>;
    await expect(txt.load()).rejects.toMatchObject({ code: "E_TOO_LARGE", message: expect.stringMatching(/file is 6\d KB, over the 32 KB article limit/) });
    const small = items[5] as Extract<CorpusItem, { type: "txt" }>;
    expect((await small.load()).toString()).toMatch(/^A drone/);
  });

  it("a_dump_that_finds_no_record_within_the_read_time_limit_is_refused_and_the_next_file_is_read", async () => {
    const dir = tempDir("sitrep-read-slow-");
    // 48 MB of blank lines (under the gzip bound) before a record: it cannot be inflated in 1 ms.
    writeFileSync(join(dir, "a-blanks.jsonl.gz"), gzipSync(Buffer.concat([Buffer.alloc(48 * 1024 * 1024, "\n"), Buffer.from(RECORD("behind-blanks"))]), { level: 9 }));
    writeFileSync(join(dir, "b-next.jsonl"), RECORD("next-file"));
    const items = await readAll([dir], { readTimeoutMs: 1 });
    expect(summary(dir, items)).toEqual(["E_TIMEOUT a-blanks.jsonl.gz", "next-file"]);
    const timeout = items[0] as Extract<CorpusItem, { type: "failure" }>;
    expect(timeout.reason).toMatch(/^reading took over 1 ms without finding a record \(a hung file system, or a dump of little but blank lines\)/);
    // With the default limit the same dump gives its record.
    expect(summary(dir, await readAll([join(dir, "a-blanks.jsonl.gz")]))).toEqual(["behind-blanks"]);
  });

  it("ingest_names_the_bomb_and_the_oversized_file_and_stores_the_others", async () => {
    const dir = tempDir("sitrep-read-ingest-");
    const corpus = join(dir, "in");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a-bomb.jsonl.gz"), gzipSync(Buffer.alloc(80 * 1024 * 1024, "\n"), { level: 9 }));
    writeFileSync(join(corpus, "b-huge.txt"), "Militants attacked the base. ".repeat(100_000)); // about 2.8 MB
    writeFileSync(join(corpus, "c-good.jsonl.gz"), gzipSync(RECORD("good-record")));
    writeFileSync(join(corpus, "d-good.txt"), "A one-way drone struck a US outpost in eastern Syria on Tuesday, wounding two soldiers.");
    const db = join(dir, "s.sqlite");
    const r = await runInProcess(["ingest", corpus, "--db", db, "--reference-date", "2023-12-15", "--workers", "0", "--quiet"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${corpus}/a-bomb\\.jsonl\\.gz: E_GZIP: the \\d+ KB gzip expands to over 64\\.0 MB`));
    expect(lines[1]).toMatch(new RegExp(`^${corpus}/b-huge\\.txt: E_TOO_LARGE: file is 2\\.\\d MB, over the 1\\.0 MB article limit`));
    expect(lines[2]).toBe("ingest: 2 failed; the other articles were ingested");
    const keys = JSON.parse((await runInProcess(["export", "--db", db])).stdout).map((a: { article: string }) => a.article);
    expect(keys.sort()).toEqual(["d-good", "good-record"]);
  });
});
