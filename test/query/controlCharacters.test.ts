/**
 * Terminal escape sequences in input (file names, dump ids, a bad JSON
 * line, sentences) never reach the terminal raw: every message and table
 * shows control characters escaped (\x1b, \u202e).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printable } from "../../src/text/printable.js";
import { runInProcess } from "../helpers.js";

// Recolour, retitle the window, clear the screen, beep, reorder text.
const FILE_KEY = "red\x1b[31mALERT\x1b[0m\x07";
const DUMP_ID = "id\x1b]0;pwned\x07\u202e";
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let file: string;
let ingestRun: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-ctrl-"));
  const src = join(dir, "articles");
  mkdirSync(src);
  writeFileSync(join(src, `${FILE_KEY}.txt`), " date 2023-11-24\nMilitants fired three rockets at al-Asad Air Base in Iraq on Thursday, a US official said.\n");
  writeFileSync(join(src, "bad\x1b[2Jname.txt"), "");
  writeFileSync(
    join(src, "dump.jsonl"),
    [
      JSON.stringify({ id: DUMP_ID, text: "Two drones targeted US forces at al-Tanf in Syria on Friday, the Pentagon said.", published: "2023-11-25" }),
      `{"id": \x1b[2J\x1b[H "broken"}`,
    ].join("\n") + "\n",
  );
  file = join(dir, "s.sqlite");
  ingestRun = await runInProcess(["ingest", src, "--db", file, "--reference-date", "2023-12-15"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("control characters in messages and tables", () => {
  it("printable_escapes_controls_and_keeps_other_text", () => {
    expect(printable("a\x1b[31mb\x07\r\n\t\u202ec\x9b")).toBe("a\\x1b[31mb\\x07\\x0d\\x0a\\x09\\u202ec\\x9b");
    expect(printable("al-Asad «Iraq» – 2023 €")).toBe("al-Asad «Iraq» – 2023 €");
  });

  it("ingest_failures_and_summary_show_them_escaped", () => {
    expect(ingestRun.code).toBe(1);
    for (const out of [ingestRun.stdout, ingestRun.stderr]) expect(out).not.toMatch(RAW_CONTROL);
    expect(ingestRun.stderr).toContain("bad\\x1b[2Jname.txt: E_EMPTY");
    expect(ingestRun.stderr).toMatch(/dump\.jsonl:2: E_JSON: .*\\x1b\[2J/);
    expect(ingestRun.stdout).toContain(printable(FILE_KEY));
  });

  it("query_show_stats_and_runs_tables_show_them_escaped", async () => {
    const events = JSON.parse((await runInProcess(["query", "--db", file, "--format", "json"])).stdout) as Array<{ id: number; article: string }>;
    expect(events.map((e) => e.article).sort()).toEqual([DUMP_ID, FILE_KEY].sort()); // stored as they are
    const outputs = [
      await runInProcess(["query", "--db", file]),
      ...(await Promise.all(events.map((e) => runInProcess(["show", String(e.id), "--db", file])))),
      await runInProcess(["stats", "--db", file]),
      await runInProcess(["runs", "--db", file]),
    ];
    for (const o of outputs) {
      expect(o.code, o.stderr).toBe(0);
      expect(o.stdout).not.toMatch(RAW_CONTROL);
    }
    expect(outputs[0]!.stdout).toContain(printable(FILE_KEY));
    expect(outputs.map((o) => o.stdout).join("")).toContain(printable(DUMP_ID));
  });

  it("usage_errors_quoting_a_value_show_it_escaped", async () => {
    const r = await runInProcess(["query", "--db", file, "--kind", "\x1b[2Jattack"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain("\\x1b[2Jattack");
    const unknown = await runInProcess(["\x1b[2Jquery"]);
    expect(unknown.stderr).not.toMatch(RAW_CONTROL);
  });
});
