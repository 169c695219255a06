import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEvent } from "../../src/query/loadEvent.js";
import { formatEventDetail } from "../../src/query/formatEvent.js";
import { queryEvents } from "../../src/query/queryEvents.js";
import { reextract } from "../../src/pipeline/reextract.js";
import { corpusDb, REF, type TestDb } from "./fixtures.js";
import { runInProcess } from "../helpers.js";

let t: TestDb;
beforeAll(async () => {
  t = await corpusDb();
});
afterAll(() => t.close());

describe("sitrep show", () => {
  it("show_marks_every_field_s_words_in_its_sentence", () => {
    const e = queryEvents(t.db, {}).events.find((x) => x.place && x.sources.some((s) => s.marks.length >= 3))!;
    const detail = loadEvent(t.db, e.id)!;
    const text = formatEventDetail(detail, false);
    const article = t.db.prepare("SELECT text FROM articles WHERE key = ?").get(e.article) as { text: string };
    for (const s of detail.event.sources)
      for (const m of s.marks) {
        // The words, cut from the article text in TypeScript, appear marked.
        expect(text).toContain(`«${article.text.slice(m.start, m.end)}»`);
        expect(text).toMatch(new RegExp(`^  ${m.field} `, "m"));
      }
    expect(text).toContain(`event #${e.id}: ${e.kind}`);
    expect(text).toContain(`place           ${e.place}`);
  });

  it("show_names_the_article_its_publication_date_and_the_run", () => {
    const e = queryEvents(t.db, {}).events[0]!;
    const d = loadEvent(t.db, e.id)!;
    const text = formatEventDetail(d, false);
    expect(text).toContain(`Article: ${e.article}`);
    expect(text).toMatch(new RegExp(`published  ${d.article.published ?? "unknown"} \\(${d.article.published_method}`));
    expect(text).toContain(`Run: ${e.run_id} (ingest`);
    expect(text).toContain(`rules ${d.run.rules_version}`);
  });

  it("terminal_output_marks_words_with_inverse_video", () => {
    const e = queryEvents(t.db, {}).events[0]!;
    expect(formatEventDetail(loadEvent(t.db, e.id)!, true)).toContain("\x1b[7m");
  });

  it("json_output_has_the_field_words_at_their_offsets", async () => {
    const e = queryEvents(t.db, {}).events[0]!;
    const { code, stdout } = await runInProcess(["show", String(e.id), "--json", "--db", t.file]);
    expect(code).toBe(0);
    const d = JSON.parse(stdout) as { event: { id: number; sources: Array<{ start: number; text: string; fields: Array<{ start: number; end: number; text: string }> }> }; run: { id: number } };
    expect(d.event.id).toBe(e.id);
    for (const s of d.event.sources) for (const f of s.fields) expect(s.text.slice(f.start - s.start, f.end - s.start)).toBe(f.text);
  });

  it("an_event_of_an_older_run_says_so", async () => {
    const before = queryEvents(t.db, {}).events[0]!;
    await reextract(t.db, { referenceDate: REF, full: true });
    expect(formatEventDetail(loadEvent(t.db, before.id)!, false)).toMatch(/an older snapshot: the article's current run is \d+/);
  });

  it("an_unknown_or_bad_id_is_an_error", async () => {
    expect((await runInProcess(["show", "999999", "--db", t.file])).stderr).toMatch(/E_NO_EVENT: there is no event 999999/);
    expect((await runInProcess(["show", "1; DROP TABLE events", "--db", t.file])).code).toBe(2);
    expect((await runInProcess(["show", "--db", t.file])).code).toBe(2);
  });
});
