import { describe, it, expect } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLexiconDir, expandBraces, loadLexicons, LexiconError } from "../../src/lexicon/loadLexicons.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits poke at raw lexicon JSON of any shape, on purpose
type RawJson = any;

/** A copy of the real lexicons in a temp dir with one file's rows edited. */
function withEditedCopy(file: string, edit: (rows: RawJson) => RawJson): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-lex-"));
  cpSync(defaultLexiconDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, "utf8"))), null, 1));
  return dir;
}

function loadError(dir: string): LexiconError {
  try {
    loadLexicons(dir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    expect(e).toBeInstanceOf(LexiconError);
    return e as LexiconError;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error("expected a LexiconError");
}

describe("loadLexicons", () => {
  it("loads_the_package_lexicons_with_a_sha256_hash", () => {
    const lex = loadLexicons();
    expect(lex.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lex.gazetteer.find((e) => e.name === "Ain al-Asad Air Base")?.aliases).toContain("Ayn al-Asad");
    expect(lex.actors.find((e) => e.name === "Iran-backed militia")?.generic).toBe(true);
    expect(lex.weapons.map((w) => w.category).sort()).toEqual(["aircraft", "drone", "explosive", "gunfire", "missile", "mortar", "rocket"]);
    expect(lex.numbers.qualifiers["at least"]).toBe("at least");
  });

  it("hash_is_stable_across_loads", () => {
    expect(loadLexicons().hash).toBe(loadLexicons().hash);
  });

  it("adds_plurals_to_weapon_terms", () => {
    const drone = loadLexicons().weapons.find((w) => w.category === "drone")!;
    expect(drone.terms).toContain("drone strikes");
    expect(drone.terms).toContain("UAVs");
  });

  const bad: [string, string, (rows: RawJson) => RawJson, RegExp][] = [
    ["unknown_kind", "gazetteer.json", (r) => (r[1].kind = "airfield", r), /gazetteer\.json row 1 \("Erbil Air Base"\): unknown kind "airfield"/],
    ["missing_name", "gazetteer.json", (r) => (delete r[2].name, r), /gazetteer\.json row 2: missing field "name"/],
    ["bad_latitude", "gazetteer.json", (r) => (r[0].lat = 133.8, r), /gazetteer\.json row 0 .*bad latitude 133\.8/],
    ["unknown_country", "gazetteer.json", (r) => (r[3].country = "Irak", r), /gazetteer\.json row 3 .*country "Irak"/],
    ["duplicate_alias_across_rows", "gazetteer.json", (r) => (r[1].aliases.push("Al Asad"), r), /gazetteer\.json row 1 .*duplicates "Al-Asad" of row 0/],
    ["unknown_field", "actors.json", (r) => (r[0].alias = ["x"], r), /actors\.json row 0 .*unknown field "alias"/],
    ["unknown_role", "actors.json", (r) => (r[4].role = "enemy", r), /actors\.json row 4 .*unknown role "enemy"/],
    ["unknown_category", "weapons.json", (r) => (r[2].category = "laser", r), /weapons\.json row 2: unknown category "laser"/],
    ["bad_qualifier", "numbers.json", (r) => (r.qualifiers.about = "roughly", r), /numbers\.json: "qualifiers\.about" must be one of/],
    ["not_an_array", "actors.json", () => ({ rows: [] }), /actors\.json: expected a JSON array/],
  ];
  for (const [name, file, edit, message] of bad) {
    it(`rejects_${name}_naming_file_and_row`, () => {
      const err = loadError(withEditedCopy(file, edit));
      expect(err.message).toMatch(message);
      expect(err.file).toBe(file);
    });
  }

  it("rejects_invalid_json_naming_the_file", () => {
    const dir = withEditedCopy("weapons.json", (r) => r);
    writeFileSync(join(dir, "weapons.json"), "[{,]");
    expect(loadError(dir).message).toMatch(/^weapons\.json: invalid JSON/);
  });
});

describe("expandBraces", () => {
  const cases: [string, string[]][] = [
    ["Tower 22", ["Tower 22"]],
    ["{Ain,Ayn} al-Asad", ["Ain al-Asad", "Ayn al-Asad"]],
    ["Al-Asad{, Air Base}", ["Al-Asad", "Al-Asad Air Base"]],
    ["{Kataib,Kataeb} {Hezbollah,Hizballah}", ["Kataib Hezbollah", "Kataib Hizballah", "Kataeb Hezbollah", "Kataeb Hizballah"]],
  ];
  for (const [pattern, want] of cases) {
    it(`expands ${pattern}`, () => expect(expandBraces(pattern)).toEqual(want));
  }
});
