/**
 * `sitrep export --level incident` on the invented incident corpus
 * (test/incidents/corpus) plus one invented article whose file name is a
 * spreadsheet formula: one record per incident in every format, the same
 * incidents `sitrep incidents` lists, as of a run with `--run N`. Real
 * SQLite files, the real CLI.
 */
import { describe, expect, it } from "vitest";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runInProcess, tempDir } from "../helpers.js";
import { EXPORT_SCHEMA_VERSION } from "../../src/export/writeExport.js";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";

const CORPUS = join(import.meta.dirname, "..", "incidents", "corpus");
const REF = "2024-03-10";
/** An article key a spreadsheet would run as a formula. */
const FORMULA_KEY = "=HYPERLINK(1)";

async function sitrep(...argv: string[]): Promise<string> {
  const r = await runInProcess(argv);
  if (r.code !== 0) throw new Error(`sitrep ${argv.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

interface Listed {
  id: number;
  kind: string;
  date: string | null;
  place: string | null;
  reports: number;
  sources: number;
  injured_min: number | null;
  injured_max: number | null;
}

interface IncidentRecord {
  schema_version: number;
  level: string;
  id: number;
  kind: string;
  date: string | null;
  place: string | null;
  injured: number | null;
  injured_range: [number, number] | null;
  reports: number;
  sources: number;
  events: number[];
  articles: string[];
  latitude: number | null;
  longitude: number | null;
  retaliation: Array<{ direction: string; incident: number | null; ref_date: string | null }>;
}

/** The two halves of the corpus in one folder each, and the formula-named article with the second. */
function corpus(): { first: string; second: string } {
  const dir = tempDir();
  const first = join(dir, "first");
  const second = join(dir, "second");
  cpSync(join(CORPUS, "first"), first, { recursive: true });
  cpSync(join(CORPUS, "second"), second, { recursive: true });
  writeFileSync(
    join(second, `${FORMULA_KEY}.txt`),
    " date 2024-03-06\nDrone hits Erbil base\n\nA drone hit Erbil Air Base in northern Iraq on Tuesday, March 5, and nobody was hurt, coalition officials said.\n",
  );
  return { first, second };
}

async function twoRuns(): Promise<string> {
  const { first, second } = corpus();
  const db = join(tempDir(), "i.sqlite");
  await sitrep("ingest", first, "--db", db, "--reference-date", REF, "--quiet");
  await sitrep("ingest", second, "--db", db, "--reference-date", REF, "--quiet");
  return db;
}

const rows = (csv: string): Array<Record<string, string>> => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe("export --level incident", () => {
  it("json_and_jsonl_give_one_record_per_incident_with_its_best_values_reports_and_retaliation", async () => {
    const db = await twoRuns();
    const listed = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Listed[];
    const records = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "json")) as IncidentRecord[];
    expect(listed.length).toBeGreaterThan(2);
    expect(records.map((r) => r.id)).toEqual(listed.map((i) => i.id));
    for (const r of records) {
      const i = listed.find((x) => x.id === r.id)!;
      expect(r.schema_version).toBe(EXPORT_SCHEMA_VERSION);
      expect(r.level).toBe("incident");
      expect([r.kind, r.date, r.place, r.reports, r.sources]).toEqual([i.kind, i.date, i.place, i.reports, i.sources]);
      expect(r.events.length).toBe(r.reports);
    }
    // Each event of the event-level export that names an incident is among that incident's events, and no other's.
    const articles = JSON.parse(await sitrep("export", "--db", db, "--format", "json")) as Array<{ article: string; events: Array<{ id: number; incident: number | null }> }>;
    const linked = articles.flatMap((a) => a.events.filter((e) => e.incident !== null).map((e) => ({ ...e, article: a.article })));
    expect(records.reduce((n, r) => n + r.events.length, 0)).toBe(linked.length);
    for (const e of linked) {
      const r = records.find((x) => x.id === e.incident)!;
      expect(r.events).toContain(e.id);
      expect(r.articles).toContain(e.article);
    }
    // The attack reported with 3 and with 4 injured keeps the value most reports give and the range.
    const conflicted = records.find((r) => r.injured_range !== null && r.injured_range[0] !== r.injured_range[1])!;
    expect(conflicted.injured_range).toEqual([3, 4]);
    expect(conflicted.injured).toBe(3);
    expect(conflicted.sources).toBeLessThan(conflicted.reports);
    // The strike that answers it, and it answered by the strike.
    const strike = records.find((r) => r.kind === "strike" && r.retaliation.some((l) => l.direction === "answers"))!;
    expect(strike.retaliation.find((l) => l.direction === "answers")!.incident).toBe(conflicted.id);
    expect(conflicted.retaliation).toContainEqual(expect.objectContaining({ direction: "answered-by", incident: strike.id }));

    const lines = (await sitrep("export", "--db", db, "--level", "incident", "--format", "jsonl")).trim().split("\n");
    expect(lines.map((l) => JSON.parse(l) as IncidentRecord)).toEqual(records);
  });

  it("csv_has_one_row_per_incident_and_neutralises_formula_cells_unless_raw", async () => {
    const db = await twoRuns();
    const listed = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Listed[];
    const csv = rows(await sitrep("export", "--db", db, "--level", "incident", "--format", "csv"));
    expect(csv.map((r) => Number(r.id))).toEqual(listed.map((i) => i.id));
    for (const r of csv) {
      const i = listed.find((x) => x.id === Number(r.id))!;
      expect(Number(r.reports)).toBe(i.reports);
      expect(r.injured_min).toBe(i.injured_min === null ? "" : String(i.injured_min));
      expect(r.injured_max).toBe(i.injured_max === null ? "" : String(i.injured_max));
    }
    // The formula-named article joined an incident: its cell starts with ' in the CSV, as written with --csv-raw.
    const withKey = csv.filter((r) => r.articles!.includes(FORMULA_KEY));
    expect(withKey.length).toBe(1);
    expect(withKey[0]!.articles!.startsWith(`'${FORMULA_KEY}`)).toBe(true);
    const raw = rows(await sitrep("export", "--db", db, "--level", "incident", "--format", "csv", "--csv-raw"));
    expect(raw.find((r) => r.id === withKey[0]!.id)!.articles!.startsWith(FORMULA_KEY)).toBe(true);
    expect(csv.find((r) => r.retaliation!.startsWith("answers #"))).toBeDefined();
  });

  it("acled_gives_one_row_per_dated_incident_with_its_articles_as_source", async () => {
    const db = await twoRuns();
    const records = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "json")) as IncidentRecord[];
    const acled = rows(await sitrep("export", "--db", db, "--level", "incident", "--format", "acled"));
    const events = rows(await sitrep("export", "--db", db, "--format", "acled"));
    const dated = records.filter((r) => r.date !== null);
    expect(acled.length).toBe(dated.length);
    expect(acled.length).toBeLessThan(events.length);
    expect(new Set(acled.map((r) => r.event_id_cnty)).size).toBe(acled.length);
    for (const r of dated) {
      const row = acled.find((x) => x.event_id_cnty === `SITREPI${r.id}`)!;
      expect(row.event_date).toBe(r.date);
      expect(row.notes).toContain(`${r.reports} report(s) from ${r.sources} distinct source(s)`);
      for (const a of r.articles.filter((k) => k !== FORMULA_KEY)) expect(row.source).toContain(a);
      expect(Number(row.fatalities)).toBeGreaterThanOrEqual(0);
    }
    const conflicted = records.find((r) => r.injured_range?.[0] === 3 && r.injured_range[1] === 4)!;
    const row = acled.find((x) => x.event_id_cnty === `SITREPI${conflicted.id}`)!;
    expect(row.notes).toContain("[injured: 3, reports give 3–4]");
    expect(row.location).toBe(conflicted.place);
    expect(row.admin1).not.toBe("");
  });

  it("geojson_has_one_feature_per_incident_at_its_place", async () => {
    const db = await twoRuns();
    const records = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "json")) as IncidentRecord[];
    const geo = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "geojson")) as {
      type: string;
      features: Array<{ id: number; geometry: { type: string; coordinates: [number, number] } | null; properties: { id: number; place: string | null; reports: number } }>;
    };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.map((f) => f.id)).toEqual(records.map((r) => r.id));
    const gazetteer = new Map(loadLexicons().gazetteer.map((g) => [g.name, g]));
    let placed = 0;
    for (const f of geo.features) {
      const r = records.find((x) => x.id === f.id)!;
      expect(f.properties.reports).toBe(r.reports);
      const g = r.place !== null ? gazetteer.get(r.place) : undefined;
      if (!g) continue;
      placed++;
      expect(f.geometry).toEqual({ type: "Point", coordinates: [g.lon, g.lat] });
    }
    expect(placed).toBeGreaterThan(1);
  });

  it("run_n_gives_the_incidents_as_of_that_run_and_an_unknown_level_is_refused", async () => {
    const db = await twoRuns();
    const at1 = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "json", "--run", "1")) as IncidentRecord[];
    const listed1 = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json", "--run", "1")) as Listed[];
    const now = JSON.parse(await sitrep("export", "--db", db, "--level", "incident", "--format", "json")) as IncidentRecord[];
    expect(at1.map((r) => [r.id, r.reports])).toEqual(listed1.map((i) => [i.id, i.reports]));
    // The second half adds reports: fewer of them as of run 1.
    expect(at1.reduce((n, r) => n + r.reports, 0)).toBeLessThan(now.reduce((n, r) => n + r.reports, 0));
    for (const r of at1) expect(r.events.length).toBe(r.reports);
    expect(rows(await sitrep("export", "--db", db, "--level", "incident", "--format", "acled", "--run", "1")).length).toBe(at1.filter((r) => r.date !== null).length);

    const bad = await runInProcess(["export", "--db", db, "--level", "article"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^sitrep export: E_USAGE: --level must be one of event, incident, got "article"/);
  });
});
