/**
 * Hostile input: one `sitrep ingest` (a real process, with its worker
 * threads) over a folder of every kind of bad file (hostileCorpus.ts). The
 * run must finish (no hang: reading is bounded by the article size limit
 * and by refusing pipes and devices; parsing by the per-article time limit
 * and the sentence length cap), must not crash (exit code 1 for "some files
 * failed", never an internal error), must store every good article, and
 * must name every bad file — path, line for dumps, a stable E_ code and a
 * reason — and nothing else.
 *
 * `npm test` uses 5 MB monsters and 10,000 sentences; `npm run test:hostile`
 * the full 50 MB and 100,000 (SITREP_HOSTILE_MB, SITREP_HOSTILE_SENTENCES).
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { boundedLines } from "../../src/read/boundedLines.js";
import { tempDir } from "../helpers.js";
import { envInt, integrityProblems, openForCheck, REF, requireDist, runCli } from "./helpers.js";
import { makeHostileCorpus } from "./hostileCorpus.js";

const BIG_MB = envInt("SITREP_HOSTILE_MB", 5);
const SENTENCES = envInt("SITREP_HOSTILE_SENTENCES", 10_000);
// A gzip of this many MB of newlines (0.1% of it compressed) must be refused, and this many under the floor read quickly.
const BOMB_MB = envInt("SITREP_HOSTILE_BOMB_MB", 128);
const BLANK_MB = envInt("SITREP_HOSTILE_BLANK_MB", 48);
const FAILURE_LINE = /^(.+?)(?::(\d+))?: (E_[A-Z_]+): (.+)$/;

describe("hostile input", () => {
  it(
    "every_bad_file_is_named_with_a_code_and_reason_good_articles_ingest_and_nothing_hangs",
    async () => {
      requireDist();
      const dir = tempDir("sitrep-hostile-");
      const corpus = join(dir, "hostile");
      const root = process.getuid?.() === 0;
      const cases = makeHostileCorpus(corpus, { bigMb: BIG_MB, sentences: SENTENCES, root });
      expect(cases.length).toBeGreaterThanOrEqual(30);
      const file = join(dir, "h.sqlite");

      const r = await runCli(["ingest", corpus, "--db", file, "--reference-date", REF]);
      // Some files failed, the run did not crash.
      expect(r.stderr).not.toMatch(/internal error|E_INTERNAL/);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^ingest: \d+ articles read, \d+ stored/m);

      // Every failure line names a file of the folder, a code and a reason; the last line counts them.
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines.pop()).toMatch(/^ingest: \d+ failed; the other articles were ingested$/);
      const reported = lines.map((l) => {
        const m = FAILURE_LINE.exec(l);
        expect(m, `unparsable failure line: ${l}`).not.toBeNull();
        expect(m![1]!.startsWith(corpus + "/"), l).toBe(true);
        expect(m![4]!.length, `reason too short: ${l}`).toBeGreaterThan(15);
        return { file: m![1]!.slice(corpus.length + 1), line: m![2] ? Number(m![2]) : null, code: m![3]!, text: l };
      });
      const expected = cases.flatMap((c) => (c.failures ?? []).map((f) => ({ file: c.file, ...f })));
      for (const e of expected) {
        const hit = reported.find((f) => f.file === e.file && f.code === e.code && f.line === e.line);
        expect(hit, `expected ${e.file}${e.line ? `:${e.line}` : ""} ${e.code}; got:\n${lines.join("\n")}`).toBeDefined();
      }
      expect(reported.map((f) => f.text)).toHaveLength(expected.length);

      const db = openForCheck(file);
      expect(integrityProblems(db)).toEqual([]);
      const keys = new Set((db.prepare("SELECT key FROM articles").all() as Array<{ key: string }>).map((a) => a.key));
      const wanted = cases.flatMap((c) => c.stored ?? []);
      expect([...keys].sort()).toEqual([...wanted].sort());
      const textOf = (key: string): string => (db.prepare("SELECT text FROM articles WHERE key = ?").get(key) as { text: string }).text;
      for (const c of cases) {
        if (c.warning) expect(r.stdout, `${c.file}: warning ${c.warning}`).toMatch(new RegExp(`warning ${c.stored![0]}: .*${escape(c.warning)}`));
        if (c.text) c.text(textOf(c.stored![0]!));
      }

      // An impossible "published" (2023-02-30, which Date.parse accepts as 2 March) is ignored, not stored.
      expect(db.prepare("SELECT published_method FROM articles WHERE key = 'wt-10'").get()).not.toEqual({ published_method: "field" });
      expect(r.stdout).toMatch(/warning wt-10: W_FIELD: "published" ignored: "2023-02-30" is not a YYYY-MM-DD date/);
      // The many-sentence file is split into exactly its sentences.
      expect(db.prepare("SELECT COUNT(*) AS n FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.key = 'many-sentences'").get()).toEqual({
        n: SENTENCES,
      });
      // Every encoding of the same article gives the same sentences and events.
      const shape = (key: string) =>
        db
          .prepare(
            `SELECT (SELECT COUNT(*) FROM sentences WHERE article_id = a.id) AS sentences, (SELECT COUNT(*) FROM events WHERE article_id = a.id) AS events
               FROM articles a WHERE key = ?`,
          )
          .get(key);
      for (const key of ["utf16be-bom", "utf16le-nobom", "utf16be-nobom", "crlf"]) expect(shape(key), key).toEqual(shape("utf16le-bom"));
      // Every span, whatever the input, cuts exactly its words out of the stored text.
      const texts = new Map((db.prepare("SELECT id, text FROM articles").all() as Array<{ id: number; text: string }>).map((a) => [a.id, a.text]));
      const spans = db
        .prepare(
          `SELECT article_id, start, end, text FROM sentences UNION ALL SELECT article_id, start, end, text FROM mentions
           UNION ALL SELECT article_id, start, end, text FROM tallies
           UNION ALL SELECT e.article_id, es.start, es.end, es.text FROM event_sources es JOIN events e ON e.id = es.event_id`,
        )
        .all() as Array<{ article_id: number; start: number; end: number; text: string }>;
      expect(spans.length).toBeGreaterThan(SENTENCES);
      for (const s of spans) if (texts.get(s.article_id)!.slice(s.start, s.end) !== s.text) expect.fail(`span ${JSON.stringify(s)} does not cut its text`);
      db.close();
      console.log(`hostile folder: ${cases.length} files, ${reported.length} failures named, ${keys.size} articles stored, ${r.ms} ms`);
    },
    BIG_MB >= 50 || SENTENCES >= 100_000 ? 600_000 : 120_000,
  );
});

describe("decompression bombs and blank lines", () => {
  it("blank_lines_are_counted_not_yielded_and_numbers_match_an_editor", async () => {
    const input = Readable.from([Buffer.from("\n\n{\"a\":1}\r\n  \t\r\n\n"), Buffer.from("\n\nx"), Buffer.from("y\n\n")]);
    const lines = [];
    for await (const l of boundedLines(input, 100)) lines.push(l);
    expect(lines).toEqual([{ lineNo: 3, text: '{"a":1}' }, { lineNo: 8, text: "xy" }]);
  });

  it(
    "a_gzip_of_newlines_is_refused_as_a_bomb_and_blank_lines_under_the_limit_read_fast",
    async () => {
      requireDist();
      const dir = tempDir("sitrep-bomb-");
      const good = JSON.stringify({ id: "after-blanks", text: "Militants fired three rockets at al-Asad Air Base in Iraq on Thursday, a US official said.", published: "2023-11-24" });
      writeFileSync(join(dir, "bomb.jsonl.gz"), gzipSync(Buffer.alloc(BOMB_MB * 1024 * 1024, "\n"), { level: 9 }));
      // Blank lines of spaces and of newlines, within the floor every gzip may expand to, then a record.
      const blanks = Buffer.concat([Buffer.alloc((BLANK_MB / 2) * 1024 * 1024, "\n"), Buffer.alloc((BLANK_MB / 2) * 1024 * 1024, " \n"), Buffer.from(good + "\n")]);
      writeFileSync(join(dir, "blanks.jsonl.gz"), gzipSync(blanks, { level: 9 }));
      const r = await runCli(["ingest", join(dir, "bomb.jsonl.gz"), join(dir, "blanks.jsonl.gz"), "--db", join(dir, "b.sqlite"), "--reference-date", REF]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/bomb\.jsonl\.gz: E_GZIP: the \d+ KB gzip expands to over 64\.0 MB \(more than \d+-fold, a decompression bomb/);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(2); // that failure and the count
      const db = openForCheck(join(dir, "b.sqlite"));
      const stored = db.prepare("SELECT key, source_line FROM articles").all();
      db.close();
      const blankLines = (BLANK_MB / 2) * 1024 * 1024 + ((BLANK_MB / 2) * 1024 * 1024) / 2;
      expect(stored).toEqual([{ key: "after-blanks", source_line: blankLines + 1 }]);
      console.log(`gzip bomb (${BOMB_MB} MB of newlines) refused and ${BLANK_MB} MB of blank lines read in ${r.ms} ms`);
    },
    120_000,
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
