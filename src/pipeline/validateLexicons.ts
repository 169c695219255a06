/**
 * Checks every data file in the lexicon folder before a command touches an
 * article, so a slip in a data file is one line naming the file, the entry
 * and what is wrong (E_LEXICON, exit 2), never a failure of every article
 * or a stack trace. Three checks, in order:
 *   1. each `*.json` file parses (the message gives line and column);
 *   2. no list or map is empty (an emptied cue list would silently turn a
 *      rule off), except the optional lists of an entry named in
 *      MAY_BE_EMPTY (a place whose only alias is its name);
 *   3. each file's own loader accepts it (shapes, kinds, aliases).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fail, SitrepError } from "../errors.js";
import { lexiconDir } from "../packageRoot.js";
import { loadLexicons } from "../lexicon/loadLexicons.js";
import { loadCues } from "../lexicon/cues.js";
import { parseAbbreviationLexicon } from "../text/abbreviations.js";

export function validateLexicons(dir = lexiconDir()): void {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch (err) {
    throw fail("E_LEXICON", `cannot read the lexicon folder ${dir} (${(err as Error).message})`);
  }
  const parsed = new Map<string, unknown>();
  for (const f of files) {
    const path = join(dir, f);
    const text = readFileSync(path, "utf8");
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw fail("E_LEXICON", `${path}: not valid JSON (${jsonProblem(err as Error, text)})`);
    }
    const empty = firstEmpty(data, "");
    if (empty !== null) throw fail("E_LEXICON", `${path}: ${empty === "" ? "the file" : `"${empty}"`} is empty (it needs at least one entry)`);
    parsed.set(f, data);
  }
  const check = (file: string, load: () => unknown): void => {
    if (!parsed.has(file)) throw fail("E_LEXICON", `${join(dir, file)} is missing`);
    try {
      load();
    } catch (err) {
      if (err instanceof SitrepError && err.code === "E_LEXICON") throw err.message.includes(dir) ? err : new SitrepError("E_LEXICON", `${join(dir, err.message)}`);
      throw fail("E_LEXICON", `${err instanceof Error ? err.message : String(err)}`);
    }
  };
  check("gazetteer.json", () => loadLexicons(dir));
  check("cues.json", () => loadCues(join(dir, "cues.json")));
  check("abbreviations.json", () => parseAbbreviationLexicon(parsed.get("abbreviations.json"), join(dir, "abbreviations.json")));
}

/** Lists of an entry that may be empty or absent: the entry works without them. */
// (kinds.json: an ACLED rule with no `weapons` is the kind's fallback, for any weapons.)
export const MAY_BE_EMPTY = new Set(["aliases", "demonyms", "exactCase", "exclude", "weapons"]);

/** The path (`attackVerbs.terms`, `[3].terms`) of the first empty list or map that must not be, or null. */
function firstEmpty(value: unknown, path: string, name = ""): string | null {
  if (value === null || typeof value !== "object") return null;
  const children: Array<[string, string, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, name, v])
    : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, k, v]);
  if (children.length === 0) return MAY_BE_EMPTY.has(name) ? null : path;
  for (const [childPath, childName, v] of children) {
    const found = firstEmpty(v, childPath, childName);
    if (found !== null) return found;
  }
  return null;
}

/** V8's JSON message with the position turned into line and column. */
function jsonProblem(err: Error, text: string): string {
  const message = err.message.replace(/\s+/g, " ");
  const at = /at position (\d+)/.exec(message);
  if (!at) return message.length > 160 ? message.slice(0, 160) + "…" : message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = Number(at[1]) - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "")} at line ${line}, column ${column}`;
}
