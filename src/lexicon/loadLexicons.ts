/**
 * Load and validate the user-editable lexicons in `lexicons/`:
 *
 * - `gazetteer.json`  places `{ name, aliases, kind, country, province, lat, lon, demonyms?, exactCase? }`
 * - `actors.json`     groups `{ name, aliases, role, generic?, exactCase? }`
 * - `weapons.json`    `{ category, terms, exclude? }` (plurals are added automatically;
 *                     `exclude` lists look-alike phrases that are not weapons, e.g. "aircraft carrier")
 * - `numbers.json`    number words, scales, qualifiers, vague words, units and model prefixes
 *
 * Aliases may use brace alternatives, expanded at load:
 * `"{Ain,Ayn} al-{Asad,Assad}{, Air Base}"` gives 8 aliases (an empty
 * alternative makes a part optional). An entry's `name` is always one of its
 * aliases. Every row is checked; the first problem throws a `LexiconError`
 * naming the file, the row (0-based index in the array) and what to fix. `hash` is a sha256 over the four
 * files' bytes, for rule versions.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WEAPON_CATEGORIES, type Qualifier, type Weapon } from "../types.js";
import { normalizeAlias } from "./matchAliases.js";
import { SitrepError } from "../errors.js";
import { lexiconDir } from "../packageRoot.js";

export type PlaceKind = "base" | "town" | "province" | "region" | "sea" | "country";
export type ActorRole = "us" | "partner" | "axis" | "other";
export const PLACE_KINDS: readonly PlaceKind[] = ["base", "town", "province", "region", "sea", "country"];
export const ACTOR_ROLES: readonly ActorRole[] = ["us", "partner", "axis", "other"];

export interface GazetteerEntry {
  name: string;
  /** Expanded aliases, the name first. */
  aliases: string[];
  kind: PlaceKind;
  /** The country, or for a sea area the sea (`Red Sea`, `Gulf of Aden`). */
  country: string;
  province: string | null;
  /** The named place that contains it, below its province ("Erbil Air Base" is within "Erbil"): incidents link a base to its town. */
  within: string | null;
  lat: number;
  lon: number;
  /** Countries only: adjectives used in region phrases ("northeastern Syrian"). */
  demonyms: string[];
  /** Aliases that must match in the case written, never first in a sentence. */
  exactCase: string[];
}

export interface ActorEntry {
  name: string;
  aliases: string[];
  role: ActorRole;
  /** A description ("Iran-backed militia"), not a named group. */
  generic: boolean;
  /** Countries and seas where the group attacks: the attacker an article's unattributed attacks there take. */
  operatesIn: string[];
  /** The umbrella the group belongs to ("Kataib Hezbollah" is a member of "Islamic Resistance in Iraq"): incidents link reports naming either. */
  memberOf: string | null;
  exactCase: string[];
}

export interface WeaponEntry {
  category: Weapon;
  /** Expanded terms including generated plurals. */
  terms: string[];
  exclude: string[];
}

export interface NumberLexicon {
  words: Record<string, number>;
  scales: Record<string, number>;
  phrases: Record<string, number>;
  qualifiers: Record<string, Exclude<Qualifier, null>>;
  vague: string[];
  units: string[];
  modelPrefixes: string[];
}

export interface Lexicons {
  dir: string;
  /** sha256 (hex) over the four files' bytes. */
  hash: string;
  gazetteer: GazetteerEntry[];
  actors: ActorEntry[];
  weapons: WeaponEntry[];
  numbers: NumberLexicon;
}

/** A lexicon file that cannot be used, with where and why. */
export class LexiconError extends SitrepError {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly problem: string,
    readonly entry: string | null = null,
  ) {
    super("E_LEXICON", `${file}${row === null ? "" : ` row ${row}`}${entry ? ` ("${entry}")` : ""}: ${problem} (fix the lexicon file and rerun)`);
    this.name = "LexiconError";
  }
}

const FILES = ["gazetteer.json", "actors.json", "weapons.json", "numbers.json"] as const;

/** The `lexicons/` directory of the package holding this module. */
export function defaultLexiconDir(): string {
  return lexiconDir();
}

/** Expand `{a,b}` alternatives (several groups multiply; no nesting). */
export function expandBraces(pattern: string): string[] {
  return expandRaw(pattern).map((a) => a.replace(/\s+/g, " ").trim());
}

function expandRaw(pattern: string): string[] {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern];
  const close = pattern.indexOf("}", open);
  if (close < 0) throw new Error(`unclosed "{" in "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = expandRaw(pattern.slice(close + 1));
  return pattern
    .slice(open + 1, close)
    .split(",")
    .flatMap((alt) => tail.map((t) => head + alt + t));
}

/** English plural of a phrase's last word ("drone strike" -> "drone strikes"). */
export function pluralize(term: string): string | null {
  if (/[sS]$/.test(term) || !/[A-Za-z0-9]$/.test(term)) return null;
  if (/[^aeiou]y$/.test(term)) return term.slice(0, -1) + "ies";
  if (/(ch|sh|x|z)$/.test(term)) return term + "es";
  return term + "s";
}

/** Read, validate and return the four lexicon files of `dir`. */
export function loadLexicons(dir: string = defaultLexiconDir()): Lexicons {
  dir = resolve(dir);
  const contents: Record<string, string> = {};
  for (const f of FILES) {
    const path = join(dir, f);
    try {
      contents[f] = readFileSync(path, "utf8");
    } catch {
      throw new LexiconError(f, null, `cannot read ${path}`);
    }
  }
  return parseLexiconFiles(contents, dir);
}

/**
 * Validate the four files' contents (as read from disk, or from a run's
 * stored snapshot) into lexicons. `dir` only labels where they came from.
 */
export function parseLexiconFiles(contents: Readonly<Record<string, string>>, dir = "(snapshot)"): Lexicons {
  const hash = createHash("sha256");
  for (const f of FILES) {
    const text = contents[f];
    if (text === undefined) throw new LexiconError(f, null, `missing from ${dir}`);
    hash.update(f + "\0").update(text).update("\0");
  }
  const digest = hash.digest("hex");
  // A command validates the files before it starts, then loads them to work
  // with: the second time, the same files give the same (read-only) lexicons.
  if (lastParsed?.dir === dir && lastParsed.hash === digest) return lastParsed;
  const parsed: Record<string, unknown> = {};
  for (const f of FILES) {
    try {
      parsed[f] = JSON.parse(contents[f]!);
    } catch (e) {
      throw new LexiconError(f, null, `invalid JSON: ${(e as Error).message}`);
    }
  }
  lastParsed = {
    dir,
    hash: digest,
    gazetteer: validateGazetteer(parsed["gazetteer.json"]),
    actors: validateActors(parsed["actors.json"]),
    weapons: validateWeapons(parsed["weapons.json"]),
    numbers: validateNumbers(parsed["numbers.json"]),
  };
  return lastParsed;
}

let lastParsed: Lexicons | undefined;

type Obj = Record<string, unknown>;

/** Per-file checker: names rows in its errors. */
class Checker {
  constructor(readonly file: string) {}
  fail(row: number | null, problem: string, name?: unknown): never {
    throw new LexiconError(this.file, row, problem, typeof name === "string" && name ? name : null);
  }
  rows(data: unknown): Obj[] {
    if (!Array.isArray(data)) this.fail(null, "expected a JSON array of rows");
    data.forEach((r, i) => {
      if (typeof r !== "object" || r === null || Array.isArray(r)) this.fail(i, "expected an object");
    });
    return data as Obj[];
  }
  keys(row: Obj, i: number, allowed: string[], required: string[]): void {
    for (const k of Object.keys(row)) {
      if (!allowed.includes(k)) this.fail(i, `unknown field "${k}" (allowed: ${allowed.join(", ")})`, row.name);
    }
    for (const k of required) {
      if (!(k in row)) this.fail(i, `missing field "${k}"`, row.name);
    }
  }
  str(row: Obj, i: number, key: string): string {
    const v = row[key];
    if (typeof v !== "string" || v.trim() === "") this.fail(i, `"${key}" must be a non-empty string`, row.name);
    return v;
  }
  strings(row: Obj, i: number, key: string, optional = false): string[] {
    const v = row[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || s.trim() === "")) {
      this.fail(i, `"${key}" must be an array of non-empty strings`, row.name);
    }
    return v as string[];
  }
  expand(patterns: string[], i: number, name?: unknown): string[] {
    const out = new Set<string>(); // in first-seen order; one row can expand to a thousand aliases
    for (const p of patterns) {
      let list: string[];
      try {
        list = expandBraces(p);
      } catch (e) {
        this.fail(i, (e as Error).message, name);
      }
      for (const a of list) {
        if (normalizeAlias(a) === "") this.fail(i, `alias "${p}" has no words`, name);
        out.add(a);
      }
    }
    return [...out];
  }
  /** Throws when an alias already belongs to another row. */
  unique(seen: Map<string, { row: number; alias: string }>, aliases: string[], i: number, name?: unknown): void {
    const mine = new Set<string>();
    for (const a of aliases) {
      const key = normalizeAlias(a);
      if (mine.has(key)) continue;
      mine.add(key);
      const prior = seen.get(key);
      if (prior && prior.row !== i) {
        this.fail(i, `alias "${a}" duplicates "${prior.alias}" of row ${prior.row}`, name);
      }
      seen.set(key, { row: i, alias: a });
    }
  }
  exactCase(row: Obj, i: number, aliases: string[]): string[] {
    const list = this.strings(row, i, "exactCase", true);
    for (const a of list) if (!aliases.includes(a)) this.fail(i, `exactCase "${a}" is not one of its aliases`, row.name);
    return list;
  }
}

function validateGazetteer(data: unknown): GazetteerEntry[] {
  const c: Checker = new Checker("gazetteer.json");
  const seen = new Map<string, { row: number; alias: string }>();
  const out = c.rows(data).map((row, i): GazetteerEntry => {
    c.keys(row, i, ["name", "aliases", "kind", "country", "province", "within", "lat", "lon", "demonyms", "exactCase"], ["name", "aliases", "kind", "country", "province", "lat", "lon"]);
    const name = c.str(row, i, "name");
    const kind = row.kind as PlaceKind;
    if (!PLACE_KINDS.includes(kind)) c.fail(i, `unknown kind ${JSON.stringify(row.kind)} (expected one of ${PLACE_KINDS.join(", ")})`, name);
    const country = c.str(row, i, "country");
    if (row.province !== null && (typeof row.province !== "string" || row.province.trim() === "")) {
      c.fail(i, `"province" must be a non-empty string or null`, name);
    }
    const lat = row.lat, lon = row.lon;
    if (typeof lat !== "number" || !Number.isFinite(lat) || lat < -90 || lat > 90) c.fail(i, `bad latitude ${JSON.stringify(lat)} (a number in -90..90)`, name);
    if (typeof lon !== "number" || !Number.isFinite(lon) || lon < -180 || lon > 180) c.fail(i, `bad longitude ${JSON.stringify(lon)} (a number in -180..180)`, name);
    if (kind === "country" && country !== name) c.fail(i, `a country's "country" must be its own name`, name);
    const demonyms = c.expand(c.strings(row, i, "demonyms", true), i, name);
    if (demonyms.length && kind !== "country") c.fail(i, `only countries have "demonyms"`, name);
    const aliases = c.expand([name, ...c.strings(row, i, "aliases")], i, name);
    c.unique(seen, aliases, i, name);
    return { name, aliases, kind, country, province: (row.province as string | null) ?? null, within: (row.within as string | null) ?? null, lat, lon, demonyms, exactCase: c.exactCase(row, i, aliases) };
  });
  // Cross-row references: a place's country and province must be known places.
  const countries = new Set(out.filter((e) => e.kind === "country" || e.kind === "sea").map((e) => e.country));
  for (const s of out) if (s.kind === "sea") countries.add(s.name);
  out.forEach((e, i) => {
    if (!countries.has(e.country)) c.fail(i, `country "${e.country}" is neither a country nor a sea row`, e.name);
    if (e.province !== null && !out.some((p) => p.name === e.province && p.country === e.country)) {
      c.fail(i, `province "${e.province}" is not the name of any place in ${e.country}`, e.name);
    }
    if (e.within !== null && !out.some((p) => p.name === e.within && p.country === e.country && p.name !== e.name)) {
      c.fail(i, `within "${e.within}" is not the name of another place in ${e.country}`, e.name);
    }
  });
  return out;
}

function validateActors(data: unknown): ActorEntry[] {
  const c: Checker = new Checker("actors.json");
  const seen = new Map<string, { row: number; alias: string }>();
  const actors = c.rows(data).map((row, i): ActorEntry => {
    c.keys(row, i, ["name", "aliases", "role", "generic", "exactCase", "operatesIn", "memberOf"], ["name", "aliases", "role"]);
    const name = c.str(row, i, "name");
    const role = row.role as ActorRole;
    if (!ACTOR_ROLES.includes(role)) c.fail(i, `unknown role ${JSON.stringify(row.role)} (expected one of ${ACTOR_ROLES.join(", ")})`, name);
    if (row.generic !== undefined && typeof row.generic !== "boolean") c.fail(i, `"generic" must be true or false`, name);
    const aliases = c.expand([name, ...c.strings(row, i, "aliases")], i, name);
    c.unique(seen, aliases, i, name);
    const operatesIn = row.operatesIn === undefined ? [] : c.strings(row, i, "operatesIn");
    if (row.memberOf !== undefined && typeof row.memberOf !== "string") c.fail(i, `"memberOf" must be the name of another actor`, name);
    return { name, aliases, role, generic: row.generic === true, operatesIn, memberOf: (row.memberOf as string | undefined) ?? null, exactCase: c.exactCase(row, i, aliases) };
  });
  actors.forEach((a, i) => {
    if (a.memberOf !== null && (a.memberOf === a.name || !actors.some((b) => b.name === a.memberOf))) c.fail(i, `memberOf "${a.memberOf}" is not the name of another actor`, a.name);
  });
  return actors;
}

function validateWeapons(data: unknown): WeaponEntry[] {
  const c: Checker = new Checker("weapons.json");
  const seen = new Map<string, { row: number; alias: string }>();
  const rows = c.rows(data).map((row, i) => {
    c.keys(row, i, ["category", "terms", "exclude"], ["category", "terms"]);
    const category = row.category as Weapon;
    if (!WEAPON_CATEGORIES.includes(category)) {
      c.fail(i, `unknown category ${JSON.stringify(row.category)} (expected one of ${WEAPON_CATEGORIES.join(", ")})`);
    }
    const terms = c.expand(c.strings(row, i, "terms"), i);
    if (terms.length === 0) c.fail(i, `"terms" is empty`);
    const exclude = c.expand(c.strings(row, i, "exclude", true), i);
    c.unique(seen, [...terms, ...exclude], i);
    return { category, terms, exclude };
  });
  // Plurals come after the explicit terms so that an explicit term always wins.
  const withPlurals = (list: string[]): string[] => {
    const out = [...list];
    for (const t of list) {
      const p = pluralize(t);
      if (p && !seen.has(normalizeAlias(p))) {
        seen.set(normalizeAlias(p), { row: -1, alias: p });
        out.push(p);
      }
    }
    return out;
  };
  return rows.map((r) => ({ ...r, terms: withPlurals(r.terms), exclude: withPlurals(r.exclude) }));
}

function validateNumbers(data: unknown): NumberLexicon {
  const c: Checker = new Checker("numbers.json");
  if (typeof data !== "object" || data === null || Array.isArray(data)) c.fail(null, "expected a JSON object");
  const o = data as Obj;
  const keys = ["words", "scales", "phrases", "qualifiers", "vague", "units", "modelPrefixes"];
  for (const k of Object.keys(o)) if (!keys.includes(k)) c.fail(null, `unknown section "${k}" (allowed: ${keys.join(", ")})`);
  const record = (k: string): Record<string, number> => {
    const v = o[k];
    if (typeof v !== "object" || v === null || Array.isArray(v)) c.fail(null, `"${k}" must be an object of word: number`);
    for (const [w, n] of Object.entries(v)) {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) c.fail(null, `"${k}.${w}" must be a non-negative integer`);
    }
    return v as Record<string, number>;
  };
  const list = (k: string): string[] => {
    const v = o[k];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || !s.trim())) c.fail(null, `"${k}" must be an array of non-empty strings`);
    return v as string[];
  };
  const q = o.qualifiers;
  const allowed = ["at least", "more than", "about"];
  if (typeof q !== "object" || q === null || Array.isArray(q)) c.fail(null, `"qualifiers" must be an object of phrase: qualifier`);
  for (const [w, v] of Object.entries(q)) {
    if (typeof v !== "string" || !allowed.includes(v)) c.fail(null, `"qualifiers.${w}" must be one of ${allowed.join(", ")}`);
  }
  return {
    words: record("words"),
    scales: record("scales"),
    phrases: record("phrases"),
    qualifiers: q as NumberLexicon["qualifiers"],
    vague: list("vague"),
    units: list("units"),
    modelPrefixes: list("modelPrefixes"),
  };
}
