/**
 * Loads lexicons/abbreviations.json (once) and checks its shape, so a typo
 * in the data file fails loudly with the file name instead of silently
 * splitting sentences after "Gen.".
 */
import { SitrepError } from "../errors.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lexiconDir } from "../packageRoot.js";

/**
 * - `title`: a name follows; never ends a sentence.
 * - `common`: used inside sentences; never ends a sentence.
 * - `number`: ends no sentence when a digit follows.
 * - `final`: ends a sentence only before a word from `sentenceStarters`.
 */
export type AbbreviationKind = "title" | "common" | "number" | "final";
const KINDS: readonly AbbreviationKind[] = ["title", "common", "number", "final"];

export interface AbbreviationLexicon {
  /** Lower-cased abbreviation with its final dot ("u.s.") → kind. */
  kinds: ReadonlyMap<string, AbbreviationKind>;
  sentenceStarters: ReadonlySet<string>;
  acronymGlueWords: ReadonlySet<string>;
}

let cached: AbbreviationLexicon | null = null;

/** The abbreviation lexicon of the package. */
export function abbreviationLexicon(): AbbreviationLexicon {
  if (cached) return cached;
  const file = join(lexiconDir(), "abbreviations.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new SitrepError("E_LEXICON", `${file}: cannot read the abbreviation lexicon (${(e as Error).message})`);
  }
  cached = parseAbbreviationLexicon(raw, file);
  return cached;
}

/** Validates the JSON shape of the lexicon; `where` names the file in errors. */
export function parseAbbreviationLexicon(raw: unknown, where: string): AbbreviationLexicon {
  const fail = (what: string): never => {
    throw new SitrepError("E_LEXICON", `${where}: ${what}; see the shape in lexicons/abbreviations.json`);
  };
  if (!isRecord(raw) || !Array.isArray(raw.groups)) return fail('expected an object with a "groups" array');
  const kinds = new Map<string, AbbreviationKind>();
  raw.groups.forEach((g: unknown, i: number) => {
    if (!isRecord(g) || !KINDS.includes(g.kind as AbbreviationKind)) {
      fail(`groups[${i}].kind must be one of ${KINDS.join(", ")}`);
    }
    const group = g as Record<string, unknown>;
    for (const entry of stringList(group.entries, `groups[${i}].entries`, fail)) {
      if (!entry.endsWith(".")) fail(`groups[${i}]: "${entry}" must end with a full stop`);
      const key = entry.toLowerCase();
      if (kinds.has(key)) fail(`"${entry}" is listed twice`);
      kinds.set(key, group.kind as AbbreviationKind);
    }
  });
  const starters = isRecord(raw.sentenceStarters) ? raw.sentenceStarters.entries : undefined;
  const glue = isRecord(raw.acronymGlueWords) ? raw.acronymGlueWords.entries : undefined;
  return {
    kinds,
    sentenceStarters: new Set(stringList(starters, "sentenceStarters.entries", fail)),
    acronymGlueWords: new Set(stringList(glue, "acronymGlueWords.entries", fail)),
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function stringList(x: unknown, name: string, fail: (what: string) => never): string[] {
  if (!Array.isArray(x) || !x.every((s) => typeof s === "string" && s.length > 0)) {
    return fail(`${name} must be an array of non-empty strings`);
  }
  return x as string[];
}
