import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryEvents, type EventRecord } from "../../src/query/queryEvents.js";
import { buildEventQuery } from "../../src/query/buildEventQuery.js";
import type { EventFilters } from "../../src/query/eventFilters.js";
import { reextract } from "../../src/pipeline/reextract.js";
import { corpusDb, INJECTION, REF, type TestDb } from "./fixtures.js";

let t: TestDb;
let all: EventRecord[];

beforeAll(async () => {
  t = await corpusDb();
  all = queryEvents(t.db, {}).events;
});
afterAll(() => t.close());

const evidenceText = (e: EventRecord): string => e.sources.filter((s) => s.evidence).map((s) => s.text).join(" ");
const ids = (events: EventRecord[]): number[] => events.map((e) => e.id).sort((a, b) => a - b);

// Each filter against an oracle written in TypeScript over every event.
const CASES: Array<[string, EventFilters, (e: EventRecord) => boolean]> = [
  ["kind_attack", { kind: "attack" }, (e) => e.kind === "attack"],
  ["kind_strike", { kind: "strike" }, (e) => e.kind === "strike"],
  ["from_date", { from: "2023-11-20" }, (e) => (e.date ?? e.date_end ?? "") >= "2023-11-20"],
  ["to_date", { to: "2023-11-08" }, (e) => (e.date ?? e.date_start ?? "9999") <= "2023-11-08"],
  ["from_and_to", { from: "2023-11-08", to: "2023-11-22" }, (e) => e.date !== null && e.date >= "2023-11-08" && e.date <= "2023-11-22"],
  ["country_any_case_matches_one_of_several", { country: "syria" }, (e) => (e.country ?? "").split("; ").includes("Syria")],
  ["place_substring_any_case", { place: "asad" }, (e) => /asad/i.test(e.place ?? "")],
  ["actor_substring_any_case", { actor: "houthi" }, (e) => /houthi/i.test(e.actor ?? "")],
  ["weapon", { weapon: "drone" }, (e) => e.weapons.includes("drone")],
  ["min_killed", { minKilled: 1 }, (e) => (e.killed ?? -1) >= 1],
  ["text_is_stemmed_full_text_search", { text: "drones" }, (e) => /\bdrones?\b/i.test(evidenceText(e))],
  ["text_words_are_all_required", { text: "rockets Syria" }, (e) => /\brockets?\b/i.test(evidenceText(e)) && /\bsyria\b/i.test(evidenceText(e))],
  ["filters_combine", { kind: "strike", country: "Iraq", from: "2023-11-01" }, (e) => e.kind === "strike" && (e.country ?? "").includes("Iraq") && (e.date ?? "") >= "2023-11-01"],
];

describe("query filters", () => {
  it("the_corpus_has_events_of_both_kinds", () => {
    expect(all.length).toBeGreaterThan(5);
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(["attack", "strike"]));
  });

  it.each(CASES)("%s", (_name, filters, oracle) => {
    const got = queryEvents(t.db, filters).events;
    const want = all.filter(oracle);
    expect(want.length).toBeGreaterThan(0); // the case selects something…
    expect(ids(got)).toEqual(ids(want));
  });

  it("a_selective_filter_leaves_events_out", () => {
    for (const [, filters] of CASES.filter(([n]) => !n.startsWith("kind"))) expect(queryEvents(t.db, filters).events.length).toBeLessThan(all.length);
  });

  it("an_event_window_counts_when_it_overlaps_the_dates", () => {
    const windowed = all.find((e) => e.date === null && e.date_start && e.date_end);
    if (!windowed) return; // the corpus may date every event
    const got = queryEvents(t.db, { from: windowed.date_end!, to: windowed.date_end! }).events;
    expect(got.map((e) => e.id)).toContain(windowed.id);
  });

  it("every_event_comes_with_its_evidence_sentence_and_field_words", () => {
    for (const e of all) {
      expect(e.sources.some((s) => s.evidence)).toBe(true);
      for (const s of e.sources) for (const m of s.marks) expect(m.start).toBeGreaterThanOrEqual(s.start);
      const words = e.sources.flatMap((s) => s.segments.filter((g) => g.fields.length).map((g) => g.text));
      if (e.place) expect(e.sources.some((s) => s.marks.some((m) => m.field === "place"))).toBe(true);
      expect(words.length).toBeGreaterThan(0);
    }
  });

  it("article_selects_the_events_of_one_article_by_its_exact_key", () => {
    const keys = [...new Set(all.map((e) => e.article))];
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) expect(ids(queryEvents(t.db, { article: key }).events)).toEqual(ids(all.filter((e) => e.article === key)));
    expect(queryEvents(t.db, { article: keys[0]!.slice(0, -1) }).events).toEqual([]);
    expect(queryEvents(t.db, { article: INJECTION }).events).toEqual([]);
  });

  it("limit_gives_the_first_n_events_in_date_order", () => {
    expect(queryEvents(t.db, { limit: 3 }).events.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    expect(queryEvents(t.db, { limit: 0 }).events).toEqual([]);
    const strikes = all.filter((e) => e.kind === "strike");
    expect(queryEvents(t.db, { kind: "strike", limit: 2 }).events.map((e) => e.id)).toEqual(strikes.slice(0, 2).map((e) => e.id));
  });

  it("like_wildcards_in_a_value_are_literal", () => {
    expect(queryEvents(t.db, { place: "%" }).events).toEqual([]);
    expect(queryEvents(t.db, { actor: "_" }).events).toEqual([]);
    expect(queryEvents(t.db, { country: "%" }).events).toEqual([]);
  });

  it("text_with_fts_syntax_characters_is_searched_as_words", () => {
    expect(() => queryEvents(t.db, { text: 'drone" OR (NEAR' })).not.toThrow();
    expect(() => queryEvents(t.db, { text: "*:^-" })).toThrow(/holds no word/);
  });

  it("an_injection_value_is_a_harmless_bound_parameter", () => {
    for (const key of ["kind", "country", "place", "actor", "weapon", "text", "from", "to"] as const) {
      const q = buildEventQuery({ [key]: INJECTION });
      expect(q.sql).not.toContain("DROP");
      expect(q.params.join()).toContain("DROP");
      const got = queryEvents(t.db, { [key]: INJECTION }).events;
      // A date is compared as a string (the CLI only lets YYYY-MM-DD through).
      if (key !== "from" && key !== "to") expect(got).toEqual([]);
    }
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM events").get()).toEqual({ n: expect.any(Number) });
    expect(queryEvents(t.db, {}).events.length).toBe(all.length);
  });

  it("run_gives_the_snapshot_as_of_that_run", async () => {
    const { run } = await reextract(t.db, { referenceDate: REF, full: true });
    const newest = queryEvents(t.db, {}).events;
    const first = queryEvents(t.db, { run: 1 }).events;
    expect(new Set(newest.map((e) => e.run_id))).toEqual(new Set([run.id]));
    expect(new Set(first.map((e) => e.run_id))).toEqual(new Set([1]));
    expect(ids(first)).toEqual(ids(all));
    expect(newest.length).toBe(first.length);
    expect(queryEvents(t.db, { run: 0 }).events).toEqual([]);
  });
});
