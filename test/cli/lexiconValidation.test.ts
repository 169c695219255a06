/**
 * A slip in a data file is one line naming the file, the entry and what is
 * wrong, exit 2, before any article is touched — for `ingest` (which then
 * makes no database) and `extract`. Every file in lexicons/ is tried with
 * broken JSON, and every list in it emptied in turn (lists of entries
 * that may be empty, such as a place's aliases, aside).
 */
import { MAY_BE_EMPTY } from "../../src/pipeline/validateLexicons.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInProcess, tempDir } from "../helpers.js";

const LEXICONS = join(import.meta.dirname, "..", "..", "lexicons");
const FILES = readdirSync(LEXICONS).filter((f) => f.endsWith(".json")).sort();
const REF = "2023-12-15";

type Path = Array<string | number>;

/** One path per list in the file (the first entry's, for lists inside entries), as [path, label]. */
function listsOf(value: unknown, path: Path = [], seen = new Set<string>()): Array<[Path, string]> {
  if (value === null || typeof value !== "object") return [];
  const out: Array<[Path, string]> = [];
  const label = path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
  const pattern = path.map((p) => (typeof p === "number" ? "[]" : p)).join(".");
  const name = path.findLast((p) => typeof p === "string");
  if (Array.isArray(value) && !MAY_BE_EMPTY.has(String(name)) && !seen.has(pattern)) {
    seen.add(pattern);
    out.push([path, label]);
  }
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [k, v] of children) out.push(...listsOf(v, [...path, k], seen));
  return out;
}

function emptied(data: unknown, path: Path): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  if (path.length === 0) return [];
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  at[path.at(-1)!] = [];
  return copy;
}

let input: string;
let db: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-lex-"));
  input = join(dir, "a.txt");
  writeFileSync(input, "Rockets struck a base hosting US troops in eastern Syria on Oct. 20, 2023, officials said.");
  db = join(dir, "s.sqlite");
  expect((await runInProcess(["ingest", input, "--db", db, "--reference-date", REF, "--workers", "0", "--quiet"])).code).toBe(0);
  return () => rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  delete process.env.SITREP_LEXICONS;
});

/** A copy of lexicons/ with `file` replaced by `text`, in effect through SITREP_LEXICONS. */
function brokenCopy(file: string, text: string): string {
  const dir = join(tempDir("sitrep-lexicons-"), "lexicons");
  cpSync(LEXICONS, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  process.env.SITREP_LEXICONS = dir;
  return dir;
}

async function expectOneLine(command: "ingest" | "extract", file: string, mention: string): Promise<void> {
  const out = join(tempDir(), "new.sqlite");
  const args = command === "ingest" ? ["ingest", input, "--db", out, "--reference-date", REF, "--workers", "0"] : ["extract", "--db", db, "--workers", "0"];
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^sitrep ${command}: E_LEXICON: .*${file.replace(".", "\\.")}`));
  expect(lines[0]).toContain(mention);
  expect(r.stdout).toBe("");
  if (command === "ingest") expect(existsSync(out)).toBe(false);
}

describe("lexicon files are checked before any article", () => {
  it("the_lexicons_as_shipped_pass", async () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    const r = await runInProcess(["extract", "--db", db, "--workers", "0", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it.each(FILES)("broken_json_in_%s_is_one_line_exit_2_for_ingest_and_extract", async (file) => {
    const text = readFileSync(join(LEXICONS, file), "utf8");
    brokenCopy(file, text.slice(0, Math.floor(text.length / 2)));
    await expectOneLine("ingest", file, "not valid JSON");
    await expectOneLine("extract", file, "not valid JSON");
  });

  const cases = FILES.flatMap((file) => listsOf(JSON.parse(readFileSync(join(LEXICONS, file), "utf8"))).map(([path, label]) => [file, label, path] as const));

  it("every_file_has_lists_to_try", () => {
    for (const file of FILES) expect(cases.some(([f]) => f === file), file).toBe(true);
  });

  it.each(cases)("emptying_%s_%s_is_one_line_naming_it", async (file, label, path) => {
    brokenCopy(file, JSON.stringify(emptied(JSON.parse(readFileSync(join(LEXICONS, file), "utf8")), path), null, 2));
    await expectOneLine("ingest", file, label === "" ? "the file is empty" : `"${label}" is empty`);
    // extract shares the check; try it on the first list of each file.
    if (cases.find(([f]) => f === file)?.[1] === label) await expectOneLine("extract", file, label === "" ? "the file is empty" : `"${label}" is empty`);
  });

  it("a_malformed_entry_is_named_by_its_row", async () => {
    const weapons = JSON.parse(readFileSync(join(LEXICONS, "weapons.json"), "utf8")) as Array<Record<string, unknown>>;
    weapons[1]!.category = "trebuchet";
    brokenCopy("weapons.json", JSON.stringify(weapons));
    await expectOneLine("ingest", "weapons.json", "row 1");
  });
});
