import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { reportData, timeSpan, wordEdges } from "../../src/report/reportData.js";
import { renderReport } from "../../src/report/renderReport.js";
import { cumulativeDistinct } from "../../src/report/distinctEvents.js";
import { jsonForScript } from "../../src/report/embed.js";
import type { ReportData } from "../../src/report/reportTypes.js";
import { corpusDb, type TestDb } from "../query/fixtures.js";
import { join } from "node:path";
import { runInProcess, tempDir } from "../helpers.js";
import { openForReading } from "../../src/db/openDatabase.js";

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

describe("cumulative distinct events: the incidents", () => {
  const inc = (id: number, kind: "attack" | "strike", date: string | null, date_start: string | null = date) => ({ id, kind, date, date_start });
  it("each_incident_counts_once_on_its_day", () => {
    expect(cumulativeDistinct([inc(1, "attack", "2023-11-01"), inc(2, "attack", "2023-11-03"), inc(3, "strike", "2023-11-01")])).toEqual([
      { day: "2023-11-01", counts: { attack: 1, strike: 1 } },
      { day: "2023-11-03", counts: { attack: 2, strike: 1 } },
    ]);
  });
  it("an_incident_known_only_within_a_window_counts_on_its_first_day", () => {
    expect(cumulativeDistinct([inc(1, "strike", null, "2023-11-05"), inc(2, "strike", "2023-11-02"), inc(3, "attack", null, null)])).toEqual([
      { day: "2023-11-02", counts: { strike: 1 } },
      { day: "2023-11-05", counts: { strike: 2 } },
    ]);
  });
  it("the_report_s_count_is_the_database_s_incidents_and_each_event_names_its_incident", () => {
    const incidents = (t.db.prepare("SELECT COUNT(*) AS n FROM incidents WHERE reports > 0").get() as { n: number }).n;
    expect(data.incidents.length).toBe(incidents);
    expect(Object.values(data.cumulative.at(-1)!.counts).reduce((a, b) => a + b, 0)).toBe(incidents);
    const linked = new Map((t.db.prepare("SELECT event_id, incident_id FROM incident_reports").all() as Array<{ event_id: number; incident_id: number }>).map((r) => [r.event_id, r.incident_id]));
    for (const e of data.events) expect(e.incident).toBe(linked.get(e.id) ?? null);
    // Fewer incidents than linked events: several articles report one attack.
    expect(data.events.filter((e) => e.incident !== null).length).toBeGreaterThan(incidents);
    for (const i of data.incidents) expect(data.events.filter((e) => e.incident === i.id).length).toBe(i.reports);
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

describe("report as of a run", () => {
  it("report_run_n_counts_the_incidents_of_run_n", async () => {
    // The invented incident corpus in two runs: the second half adds reports to the first half's incidents.
    const corpus = join(import.meta.dirname, "..", "incidents", "corpus");
    const file = join(tempDir(), "runs.sqlite");
    for (const half of ["first", "second"]) {
      const r = await runInProcess(["ingest", join(corpus, half), "--db", file, "--reference-date", "2024-03-10", "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
    }
    const listed = async (...extra: string[]): Promise<Array<{ id: number; reports: number }>> =>
      JSON.parse((await runInProcess(["incidents", "--db", file, "--format", "json", ...extra])).stdout) as Array<{ id: number; reports: number }>;
    const db = openForReading(file);
    try {
      for (const run of [1, 2]) {
        const d = reportData(db, { database: file, run });
        const expected = await listed("--run", String(run));
        expect(d.incidents.map((i) => [i.id, i.reports])).toEqual(expected.map((i) => [i.id, i.reports]));
        expect(Object.values(d.cumulative.at(-1)!.counts).reduce((a, b) => a + b, 0)).toBe(expected.length);
        for (const i of d.incidents) expect(d.events.filter((e) => e.incident === i.id).length).toBe(i.reports);
      }
      const first = reportData(db, { database: file, run: 1 }).incidents.reduce((n, i) => n + i.reports, 0);
      expect(first).toBeLessThan(reportData(db, { database: file }).incidents.reduce((n, i) => n + i.reports, 0));
    } finally {
      db.close();
    }
  });
});
