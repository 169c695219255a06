import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { readAnswers } from "../../src/export/readAnswers.js";
import { CSV_COLUMNS, EXPORT_FORMATS, writeExport, type ExportFormat } from "../../src/export/writeExport.js";
import { ACLED_COLUMNS, acledType } from "../../src/export/acled.js";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import type { AnswerArticle, Weapon, EventKind } from "../../src/types.js";
import { corpusDb, hostileDb, HOSTILE_KEY, type TestDb } from "../query/fixtures.js";
import { runInProcess } from "../helpers.js";

let t: TestDb;
let answers: AnswerArticle[];
const gazetteer = loadLexicons().gazetteer;

beforeAll(async () => {
  t = await corpusDb();
  answers = readAnswers(t.db);
});
afterAll(() => t.close());

function exported(format: ExportFormat, a = answers): string {
  let out = "";
  writeExport(a, format, (chunk) => (out += chunk));
  return out;
}
const events = (): Array<AnswerArticle["events"][number] & { article: string }> => answers.flatMap((a) => a.events.map((e) => ({ ...e, article: a.article })));

describe("export formats", () => {
  it("json_is_the_answer_articles", () => {
    expect(JSON.parse(exported("json"))).toEqual(JSON.parse(JSON.stringify(answers)));
  });

  it("jsonl_is_one_article_per_line", () => {
    const lines = exported("jsonl").trimEnd().split("\n");
    expect(lines.length).toBe(answers.length);
    expect(lines.map((l) => (JSON.parse(l) as AnswerArticle).article)).toEqual(answers.map((a) => a.article));
  });

  it("csv_is_one_row_per_event_and_quotes_what_needs_it", () => {
    const out = exported("csv");
    expect(out.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBe(events().length);
    rows.forEach((r, i) => {
      const e = events()[i]!;
      expect(r.id).toBe(String(e.id));
      expect(r.weapons).toBe(e.weapons.join("; "));
      expect(r.evidence).toBe(e.evidence.join(" || ")); // commas and quotes survive the round trip
    });
  });

  it("geojson_puts_events_at_their_gazetteer_coordinates", () => {
    const fc = JSON.parse(exported("geojson")) as { type: string; features: Array<{ geometry: { coordinates: [number, number] }; properties: { id: number; place: string | null; country: string } }> };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBe(events().filter((e) => typeof e.latitude === "number").length);
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      const place = gazetteer.find((g) => g.name === f.properties.place);
      expect(place, String(f.properties.place)).toBeDefined();
      expect(f.geometry.coordinates).toEqual([place!.lon, place!.lat]);
    }
  });

  it("acled_has_acled_columns_and_conventions", () => {
    const out = exported("acled");
    expect(out.split("\r\n")[0]).toBe(ACLED_COLUMNS.join(","));
    for (const c of ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "source", "notes"])
      expect(ACLED_COLUMNS).toContain(c);
    const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
    const dated = events().filter((e) => e.date ?? e.date_range);
    expect(rows.length).toBe(dated.length);
    rows.forEach((r, i) => {
      const e = dated[i]!;
      expect(r.event_id_cnty).toBe(`SITREP${e.id}`);
      expect(r.event_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.fatalities).toBe(String(e.killed ?? 0));
      expect(r.source).toBe(e.article);
      expect(r.location).toBe(e.place ?? (Array.isArray(e.country) ? e.country.join("; ") : e.country ?? ""));
      expect(["Explosions/Remote violence", "Battles"]).toContain(r.event_type);
      expect(r.notes).toContain(e.evidence[0]);
      // admin1 is the gazetteer province of the place.
      const place = gazetteer.find((g) => g.name === e.place);
      expect(r.admin1).toBe(place?.province ?? "");
    });
    expect(rows.some((r) => r.admin1 !== "")).toBe(true);
  });

  it("every_format_is_offered_by_the_cli", async () => {
    for (const format of EXPORT_FORMATS) {
      const { code, stdout } = await runInProcess(["export", "--db", t.file, "--format", format]);
      expect(code, format).toBe(0);
      expect(stdout).toBe(exported(format));
    }
  });
});

describe("acled event types", () => {
  const CASES: Array<[EventKind, Weapon[], string, string]> = [
    ["attack", ["rocket"], "Explosions/Remote violence", "Shelling/artillery/missile attack"],
    ["attack", ["mortar"], "Explosions/Remote violence", "Shelling/artillery/missile attack"],
    ["attack", ["missile", "drone"], "Explosions/Remote violence", "Shelling/artillery/missile attack"],
    ["attack", ["drone"], "Explosions/Remote violence", "Air/drone strike"],
    ["attack", ["explosive"], "Explosions/Remote violence", "Remote explosive/landmine/IED"],
    ["attack", ["gunfire"], "Battles", "Armed clash"],
    ["attack", ["gunfire", "rocket"], "Explosions/Remote violence", "Shelling/artillery/missile attack"],
    ["attack", [], "Explosions/Remote violence", "Shelling/artillery/missile attack"],
    ["strike", ["aircraft"], "Explosions/Remote violence", "Air/drone strike"],
    ["strike", ["drone"], "Explosions/Remote violence", "Air/drone strike"],
    ["strike", [], "Explosions/Remote violence", "Air/drone strike"],
    ["strike", ["gunfire"], "Battles", "Armed clash"],
  ];
  it.each(CASES)("%s_with_%j", (kind, weapons, type, sub) => {
    expect(acledType(kind, weapons)).toEqual({ event_type: type, sub_event_type: sub });
  });
});

describe("export of a hostile article", () => {
  it("markup_and_sql_in_the_text_come_out_as_plain_values", async () => {
    const h = await hostileDb();
    try {
      const a = readAnswers(h.db);
      const csv = parse(exported("csv", a), { columns: true }) as Array<Record<string, string>>;
      expect(csv.some((r) => r.article === HOSTILE_KEY && r.evidence?.includes("<script>alert(1)</script>"))).toBe(true);
      const acled = parse(exported("acled", a), { columns: true }) as Array<Record<string, string>>;
      expect(acled.some((r) => r.notes?.includes("'; DROP TABLE events; --"))).toBe(true);
      expect(JSON.parse(exported("json", a))).toEqual(JSON.parse(JSON.stringify(a)));
      expect(h.db.prepare("SELECT COUNT(*) AS n FROM events").get()).toEqual({ n: 2 });
    } finally {
      h.close();
    }
  });
});
