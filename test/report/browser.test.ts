/**
 * The report in a real browser: Debian's chromium driven by playwright-core
 * (.ci/run installs it). Opens the page from disk, checks that the charts,
 * the map and the table hold the database's events, uses the filters, saves
 * a screenshot to test/artifacts/report.png, and checks that a hostile
 * article runs no script.
 *
 * Without chromium the test is skipped and says so at the end of the run
 * (test/report/browserNotice.ts); with SITREP_REQUIRE_BROWSER=1 (set by
 * .ci/run) a missing chromium fails the run instead. SITREP_CHROMIUM names
 * another binary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { reportData } from "../../src/report/reportData.js";
import { renderReport } from "../../src/report/renderReport.js";
import { corpusDb, hostileDb, HOSTILE_KEY, INJECTION, REF, type TestDb } from "../query/fixtures.js";
import { CORPUS, runInProcess } from "../helpers.js";
import { openDatabase } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import Database from "better-sqlite3";

const INCIDENT_CORPUS = join(import.meta.dirname, "..", "incidents", "corpus");

/** corpus/ plus an article recalling a 2020 attack: an outlier for the time axes. */
async function corpusWithHistory(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-report-"));
  const extra = join(dir, "extra");
  mkdirSync(extra);
  writeFileSync(join(extra, "history.txt"), " date 2023-11-24\nOn January 5, 2020, militants fired rockets at al-Asad Air Base in Iraq, officials said.\n");
  const file = join(dir, "s.sqlite");
  const db = openDatabase(file);
  await ingest(db, [CORPUS, extra], { referenceDate: REF });
  return { dir, file, db, close: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

import { CHROMIUM, REQUIRE_BROWSER } from "./browserNotice.js";
const ARTIFACTS = join(import.meta.dirname, "..", "artifacts");

let profile: string;
let browser: BrowserContext;

async function openReport(t: TestDb, width = 1400): Promise<{ page: Page; file: string; errors: string[]; dialogs: string[] }> {
  const file = join(t.dir, "report.html");
  writeFileSync(file, renderReport(reportData(t.db, { database: t.file })));
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 1000 });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
  return { page, file, errors, dialogs };
}

const visibleRows = (page: Page): Promise<number> => page.locator("#events tbody tr.event:not([hidden])").count();
const count = (t: TestDb, sql: string): number => (t.db.prepare(sql).get() as { n: number }).n;

describe.skipIf(!existsSync(CHROMIUM) && !REQUIRE_BROWSER)("report in chromium", () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`SITREP_REQUIRE_BROWSER=1 but there is no chromium at ${CHROMIUM}: install it (apt-get install chromium) so the report's browser test runs`);
    profile = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it("the_charts_map_and_table_hold_the_database_s_events_and_filters_narrow_them", async () => {
    const t = await corpusDb();
    try {
      const { page, errors } = await openReport(t);
      const events = count(t, "SELECT COUNT(*) AS n FROM v_events");
      const dated = count(t, "SELECT COUNT(*) AS n FROM v_events WHERE date IS NOT NULL");
      const strikes = count(t, "SELECT COUNT(*) AS n FROM v_events WHERE kind = 'strike'");
      expect(events).toBeGreaterThan(strikes);
      expect(await visibleRows(page)).toBe(events);
      expect(await page.locator("#timeline canvas").count()).toBeGreaterThan(0);
      expect(await page.locator("#tally-chart canvas").count()).toBeGreaterThan(0);
      expect(dated).toBeGreaterThan(0);
      const incidents = count(t, "SELECT COUNT(*) AS n FROM incidents WHERE reports > 0");
      // The timeline draws the dated incidents; one known only within a window is counted, not drawn.
      expect(Number(await page.getAttribute("#timeline", "data-incidents"))).toBe(count(t, "SELECT COUNT(*) AS n FROM incidents WHERE reports > 0 AND date IS NOT NULL"));
      expect(Number(await page.getAttribute("#tally-chart", "data-distinct"))).toBe(incidents);
      expect(await page.locator("#incidents tbody tr.incident").count()).toBe(incidents);
      const onMap = Number(await page.getAttribute("#map", "data-incidents"));
      expect(onMap).toBeGreaterThan(0);
      expect(await page.locator("#map path.country").count()).toBeGreaterThan(10);
      expect(await page.locator("#tallies tbody tr").count()).toBe(count(t, "SELECT COUNT(*) AS n FROM v_tallies"));
      expect(await page.locator("#events mark").count()).toBeGreaterThan(events);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });

      await page.selectOption("#filter-kind", "strike");
      expect(await visibleRows(page)).toBe(strikes);
      const strikeIncidents = count(t, "SELECT COUNT(*) AS n FROM incidents WHERE reports > 0 AND kind = 'strike'");
      expect(Number(await page.getAttribute("#timeline", "data-incidents"))).toBe(count(t, "SELECT COUNT(*) AS n FROM incidents WHERE reports > 0 AND kind = 'strike' AND date IS NOT NULL"));
      expect(Number(await page.getAttribute("#map", "data-incidents"))).toBeLessThan(onMap);
      expect(await page.textContent("#shown-count")).toBe(`${strikeIncidents} of ${incidents} incidents · ${strikes} of ${events} events`);

      await page.click("#filter-reset");
      await page.fill("#filter-text", "Kirkuk");
      const kirkuk = await visibleRows(page);
      expect(kirkuk).toBeGreaterThan(0);
      expect(kirkuk).toBeLessThan(events);
      for (const row of await page.locator("#events tbody tr.event:not([hidden])").allTextContents()) expect(row.toLowerCase()).toContain("kirkuk");

      await page.click("#filter-reset");
      const country = (await page.locator("#filter-country option").nth(1).getAttribute("value"))!;
      await page.selectOption("#filter-country", country);
      expect(await visibleRows(page)).toBe((t.db.prepare("SELECT COUNT(*) AS n FROM v_events WHERE '; ' || country || '; ' LIKE ?").get(`%; ${country}; %`) as { n: number }).n);
      expect(errors).toEqual([]);
    } finally {
      t.close();
    }
  });

  it("fits_800_px_shows_the_span_of_most_events_lists_outliers_filters_by_date_and_labels_stay_above_dots", async () => {
    const t = await corpusWithHistory();
    try {
      const { page, errors } = await openReport(t, 800);
      // No sideways scrolling, of the page or of the events table.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
      const table = await page.evaluate(() => {
        const t = document.getElementById("events")!;
        return { table: t.scrollWidth, box: t.parentElement!.clientWidth };
      });
      expect(table.table).toBeLessThanOrEqual(table.box);
      // The 2020 event is listed as an outlier, not stretched across the axis.
      const old = t.db.prepare("SELECT id, date FROM incidents WHERE reports > 0 AND date < '2021-01-01'").all() as Array<{ id: number; date: string }>;
      expect(old.length).toBeGreaterThan(0);
      expect(Number(await page.getAttribute("#timeline", "data-outliers"))).toBe(old.length);
      const note = (await page.textContent("#timeline-note"))!;
      for (const o of old) expect(note).toContain(`incident #${o.id} ${o.date}`);
      const data = reportData(t.db, { database: t.file });
      expect(data.span!.from > "2023-01-01").toBe(true);
      expect(note).toContain(`${data.span!.from} – ${data.span!.to}`);
      // The date filter: a window counts when it overlaps; undated events match no date filter.
      const events = count(t, "SELECT COUNT(*) AS n FROM v_events");
      await page.fill("#filter-from", "2023-11-01");
      await page.dispatchEvent("#filter-from", "change");
      const fromCount = count(t, "SELECT COUNT(*) AS n FROM v_events WHERE COALESCE(date, date_end) >= '2023-11-01'");
      expect(fromCount).toBeLessThan(events);
      expect(await visibleRows(page)).toBe(fromCount);
      await page.fill("#filter-to", "2023-11-15");
      await page.dispatchEvent("#filter-to", "change");
      expect(await visibleRows(page)).toBe(count(t, "SELECT COUNT(*) AS n FROM v_events WHERE COALESCE(date, date_end) >= '2023-11-01' AND COALESCE(date, date_start) <= '2023-11-15'"));
      await page.click("#filter-reset");
      expect(await visibleRows(page)).toBe(events);
      // Country labels are drawn after (above) the event dots.
      expect(await page.evaluate(() => {
        const dots = document.querySelector("#map g.events")!;
        const labels = document.querySelector("#map g.labels")!;
        return Boolean(dots.compareDocumentPosition(labels) & Node.DOCUMENT_POSITION_FOLLOWING);
      })).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "report-800.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      t.close();
    }
  });

  it("the_distinct_event_count_is_the_number_of_incidents_and_an_incident_s_panel_lists_its_reports", async () => {
    // The incidents helper's invented corpus: one attack reported four times (injured 3 against 4),
    // a report naming only Syria that joins the al-Tanf attack, a strike answering the first attack.
    const dir = mkdtempSync(join(tmpdir(), "sitrep-report-incidents-"));
    try {
      const db = join(dir, "i.sqlite");
      const cli = async (...argv: string[]): Promise<string> => {
        const r = await runInProcess([...argv, "--db", db]);
        expect(r.code, `${argv.join(" ")}: ${r.stderr}`).toBe(0);
        return r.stdout;
      };
      await cli("ingest", INCIDENT_CORPUS, "--reference-date", "2024-03-10", "--quiet");
      const incidents = JSON.parse(await cli("incidents", "--format", "json")) as Array<{ id: number; kind: string; reports: number }>;
      const records = JSON.parse(await cli("export", "--level", "incident", "--format", "json")) as Array<{ id: number; articles: string[]; events: number[]; retaliation: Array<{ direction: string; incident: number | null }> }>;
      const file = join(dir, "report.html");
      await cli("report", "--out", file);
      const store = new Database(db, { readonly: true });
      // What the old key (kind, day, place or country) counted: more than the incidents, since reports differ in how they name the place.
      const byKey = (store.prepare("SELECT COUNT(DISTINCT kind || '|' || date || '|' || COALESCE(place, country)) AS n FROM v_events WHERE date IS NOT NULL AND umbrella = 0").get() as { n: number }).n;
      const events = (store.prepare("SELECT COUNT(*) AS n FROM v_events").get() as { n: number }).n;
      store.close();
      expect(incidents.length).toBeGreaterThan(1);
      expect(incidents.length).toBeLessThan(byKey);
      expect(events).toBeGreaterThan(incidents.length);

      for (const width of [1400, 800]) {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 1000 });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
        // The distinct count the tally chart's lines end at, the KPIs, the timeline, the map and the table: the incidents.
        expect(Number(await page.getAttribute("#tally-chart", "data-distinct"))).toBe(incidents.length);
        let kpis = 0;
        for (const kind of new Set(incidents.map((i) => i.kind))) {
          const n = Number(await page.textContent(`#kpi-${kind}`));
          expect(n).toBe(incidents.filter((i) => i.kind === kind).length);
          kpis += n;
        }
        expect(kpis).toBe(incidents.length);
        expect(Number(await page.getAttribute("#timeline", "data-incidents"))).toBe(incidents.length);
        expect(Number(await page.getAttribute("#map", "data-incidents"))).toBe(incidents.length);
        expect(await page.locator("#incidents tbody tr.incident").count()).toBe(incidents.length);
        expect(await page.locator("#events tbody tr.event").count()).toBe(events);

        // The most reported incident's panel: each report, its article, its values, its sentence.
        const most = [...incidents].sort((a, b) => b.reports - a.reports)[0]!;
        const record = records.find((r) => r.id === most.id)!;
        const row = page.locator(`#incidents tr.incident[data-id="${most.id}"]`);
        const panel = row.locator("xpath=following-sibling::tr[1]");
        expect(await panel.isHidden()).toBe(true);
        await row.locator("button.open").click();
        expect(await panel.isVisible()).toBe(true);
        expect(await panel.locator(".report").count()).toBe(most.reports);
        expect(await panel.locator(".report").evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.event)).sort((a, b) => a - b))).toEqual(record.events);
        const text = (await panel.textContent())!;
        for (const a of record.articles) expect(text).toContain(a);
        expect(await panel.locator(".report p.sentence").count()).toBeGreaterThanOrEqual(most.reports);
        // Injured 3 in some reports, 4 in another: the odd value is marked, the conflict stated.
        expect(await panel.locator(".value.differs").count()).toBeGreaterThan(0);
        expect(await panel.locator("p.conflict").allTextContents()).toContainEqual(expect.stringMatching(/^Reports differ — injured: 3 \(.+\) \| 4 \(/));
        // The strike that answers it, with the sentence that says so.
        const answeredBy = record.retaliation.find((l) => l.direction === "answered-by")!;
        expect(answeredBy).toBeDefined();
        expect(await panel.locator("p.retaliation").allTextContents()).toContainEqual(expect.stringContaining(`answered by the strike of incident #${answeredBy.incident}: “`));
        // Filtering by kind hides the other incidents' rows and their panels.
        const other = incidents.find((i) => i.kind !== most.kind)!;
        await page.selectOption("#filter-kind", other.kind);
        expect(await panel.isHidden()).toBe(true);
        expect(await page.locator("#incidents tbody tr.incident:not([hidden])").count()).toBe(incidents.filter((i) => i.kind === other.kind).length);
        await page.click("#filter-reset");
        await row.locator("button.open").click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (width === 800) {
          mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: join(ARTIFACTS, "report-incidents-800.png"), fullPage: true });
        }
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a_hostile_article_ingests_queries_exports_and_reports_harmlessly", async () => {
    const t = await hostileDb();
    try {
      expect(count(t, "SELECT COUNT(*) AS n FROM sentences WHERE text LIKE '%<script>alert(1)</script>%'")).toBe(1);
      for (const args of [["query", "--text", "script alert"], ["query", "--actor", INJECTION], ["export", "--format", "acled"], ["stats"], ["report", "--out", join(t.dir, "cli-report.html")]]) {
        const r = await runInProcess([...args, "--db", t.file]);
        expect(r.code, args.join(" ")).toBe(0);
      }
      const { page, errors, dialogs } = await openReport(t);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      await page.hover("#events tbody tr.event >> nth=0");
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await page.locator("#events img, #events script, #events b").count()).toBe(0);
      // Each incident's panel too: its reports' article keys and sentences are text.
      const incidents = count(t, "SELECT COUNT(*) AS n FROM incidents WHERE reports > 0");
      expect(incidents).toBeGreaterThan(0);
      for (let k = 0; k < incidents; k++) await page.click(`#incidents tr.incident >> nth=${k} >> button.open`);
      expect(await page.locator("#incidents tr.panel:not([hidden]) .report").count()).toBe(count(t, "SELECT COUNT(*) AS n FROM incident_reports"));
      expect(await page.locator("#incidents img, #incidents script, #incidents b").count()).toBe(0);
      const panels = (await page.textContent("#incidents tbody"))!;
      expect(panels).toContain("<script>alert(1)</script>");
      expect(panels).toContain(HOSTILE_KEY);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      // The markup is shown as the text it is.
      const table = (await page.textContent("#events tbody"))!;
      expect(table).toContain("<script>alert(1)</script>");
      expect(table).toContain(INJECTION);
      expect(table).toContain(HOSTILE_KEY);
      expect(await visibleRows(page)).toBe(2);
      expect(errors).toEqual([]);
      expect(count(t, "SELECT COUNT(*) AS n FROM events")).toBe(2);
      expect(t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()).toEqual({ name: "events" });
    } finally {
      t.close();
    }
  });
});
