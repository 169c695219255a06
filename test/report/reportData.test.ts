import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { reportData, timeSpan, wordEdges } from "../../src/report/reportData.js";
import { renderReport } from "../../src/report/renderReport.js";
import { cumulativeDistinct } from "../../src/report/distinctEvents.js";
import { jsonForScript } from "../../src/report/embed.js";
import type { ReportData, ReportEvent } from "../../src/report/reportTypes.js";
import { corpusDb, type TestDb } from "../query/fixtures.js";

let t: TestDb;
let data: ReportData;
let html: string;
beforeAll(async () => {
  t = await corpusDb();
  data = reportData(t.db, { database: t.file, now: new Date("2024-01-01T00:00:00Z") });
  html = renderReport(data);
});
afterAll(() => t.close());

const embedded = (page: string): ReportData =>
  JSON.parse(/<script type="application\/json" id="sitrep-data">([\s\S]*?)<\/script>/.exec(page)![1]!) as ReportData;

describe("report data", () => {
  it("holds_every_current_event_and_tally", () => {
    expect(data.events.length).toBe((t.db.prepare("SELECT COUNT(*) AS n FROM v_events").get() as { n: number }).n);
    expect(data.tallies.length).toBe((t.db.prepare("SELECT COUNT(*) AS n FROM v_tallies").get() as { n: number }).n);
    expect(data.articles).toBe(5);
  });

  it("tally_words_are_marked_in_their_sentence", () => {
    for (const tally of data.tallies) expect(tally.segments.some((s) => s.fields.includes(tally.metric))).toBe(true);
  });

  it("events_without_coordinates_fall_back_to_their_country_or_sea", () => {
    for (const e of data.events) if (e.approximate) expect(e.lat).not.toBeNull();
    expect(data.events.some((e) => !e.approximate && e.lat !== null)).toBe(true);
  });

  it("outlines_cover_the_region_and_nothing_far_away", () => {
    const names = data.outlines.features.map((f) => f.properties.name);
    for (const n of ["Iraq", "Syria", "Jordan", "Yemen", "Saudi Arabia", "Eritrea"]) expect(names).toContain(n);
    expect(names).not.toContain("France");
    expect(names).not.toContain("Brazil");
  });
});

describe("cumulative distinct events", () => {
  const ev = (kind: "attack" | "strike", date: string | null, place: string | null, extra: Partial<ReportEvent & { umbrella: boolean }> = {}): ReportEvent & { umbrella?: boolean } =>
    ({ id: 0, article: "a", kind, date, date_start: null, date_end: null, countries: ["Iraq"], place, actor: null, target: null, weapons: [], killed: null, injured: null, outcome: null, lon: null, lat: null, approximate: false, sentences: [], ...extra });
  it("the_same_event_in_two_articles_counts_once", () => {
    expect(cumulativeDistinct([ev("attack", "2023-11-01", "al-Tanf"), ev("attack", "2023-11-01", "al-Tanf", { article: "b" }), ev("attack", "2023-11-03", "Erbil")])).toEqual([
      { day: "2023-11-01", attack: 1, strike: 0 },
      { day: "2023-11-03", attack: 2, strike: 0 },
    ]);
  });
  it("undated_and_umbrella_events_are_left_out", () => {
    expect(cumulativeDistinct([ev("strike", null, "Kirkuk"), ev("attack", "2023-11-02", null, { umbrella: true }), ev("strike", "2023-11-05", null)])).toEqual([{ day: "2023-11-05", attack: 0, strike: 1 }]);
  });
});

describe("report page", () => {
  it("is_self_contained", () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toContain("uPlot");
    expect(html).toContain("geoMercator");
  });

  it("embeds_the_data_as_json_with_every_lt_escaped", () => {
    const raw = /id="sitrep-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(raw).not.toContain("<");
    expect(embedded(html)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(jsonForScript({ s: "</script><script>x()</script>" })).toBe('{"s":"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e"}');
    expect(JSON.parse(jsonForScript({ s: "</script> & \u2028" }))).toEqual({ s: "</script> & \u2028" });
  });

  it("allows_only_its_own_scripts_by_hash", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(4);
    for (const s of scripts) expect(csp).toContain(`'sha256-${createHash("sha256").update(s).digest("base64")}'`);
  });
});

describe("report time span and tally marks", () => {
  const ev = (id: number, date: string | null) => ({ id, date, kind: "attack", place: null });
  it("the_span_holds_most_events_and_far_ones_are_outliers", () => {
    const events = [ev(1, "2020-01-05"), ev(2, "2023-10-17"), ev(3, "2023-10-20"), ev(4, "2023-11-01"), ev(5, "2023-11-20"), ev(6, "2023-12-03"), ev(7, null), ev(8, "2021-06-01")];
    const span = timeSpan(events)!;
    expect(span.from).toBe("2023-10-17");
    expect(span.to).toBe("2023-12-03");
    expect(span.outliers.map((o) => o.id)).toEqual([1, 8]);
    expect(timeSpan([ev(1, null)])).toBeNull();
    // Close dates are never outliers.
    expect(timeSpan([ev(1, "2023-10-01"), ev(2, "2023-10-02"), ev(3, "2023-10-25")])!.outliers).toEqual([]);
  });

  it("tally_marks_are_widened_to_whole_words", () => {
    const text = "Since then, 56 service members have been hurt, but all have returned to duty.";
    const start = text.indexOf("56");
    const end = text.indexOf("returned") + 4; // "retu" — cut mid-word
    const [from, to] = wordEdges(text, start + 1, end);
    expect(text.slice(from, to)).toBe("56 service members have been hurt, but all have returned");
    expect(wordEdges(text, start, text.indexOf(",", start))).toEqual([start, text.indexOf(",", start)]);
  });

  it("every_tally_mark_in_the_report_begins_and_ends_at_a_word_edge", () => {
    const word = /[\p{L}\p{N}]/u;
    for (const tally of data.tallies) {
      const text = tally.segments.map((s) => s.text).join("");
      let at = 0;
      for (const s of tally.segments) {
        if (s.fields.length) {
          const before = text[at - 1] ?? " ";
          const after = text[at + s.text.length] ?? " ";
          expect(word.test(before) && word.test(s.text[0]!), `${s.text} starts mid-word`).toBe(false);
          expect(word.test(after) && word.test(s.text.at(-1)!), `${s.text} ends mid-word`).toBe(false);
        }
        at += s.text.length;
      }
    }
  });
});
