/**
 * Reading answer files (GUIDELINES.md §5) for the scorer: a folder of gold
 * files, one article per `*.json`, or an export file holding one article or
 * an array of them. Errors name the offending file, because a typo in one
 * of many hand-made gold files is the usual cause.
 */

import { kindRegistry } from "../kinds.js";
import { SitrepError } from "../errors.js";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { AnswerArticle } from "../types.js";

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Check the fields the scorer relies on and fill the two that may be
 * left out: `tallies` (→ []) and `published` (→ null).
 */
function toArticle(x: unknown, source: string): AnswerArticle {
  if (!isObject(x)) throw new SitrepError("E_GOLD", `${source}: expected an article object`);
  if (typeof x.article !== "string" || x.article === "") {
    throw new SitrepError("E_GOLD", `${source}: "article" must be a non-empty string`);
  }
  const where = `${source} (article ${x.article})`;
  if (!Array.isArray(x.events)) throw new SitrepError("E_GOLD", `${where}: "events" must be a list`);
  x.events.forEach((e, i) => {
    if (!isObject(e)) throw new SitrepError("E_GOLD", `${where}: events[${i}] is not an object`);
    const kinds = kindRegistry().ids;
    if (typeof e.kind !== "string" || !kinds.includes(e.kind)) {
      throw new SitrepError("E_GOLD", `${where}: events[${i}].kind must be one of ${kinds.map((k) => `"${k}"`).join(", ")} (lexicons/kinds.json)`);
    }
  });
  const tallies = x.tallies ?? [];
  if (!Array.isArray(tallies)) throw new SitrepError("E_GOLD", `${where}: "tallies" must be a list`);
  const published = x.published ?? null;
  if (published !== null && typeof published !== "string") {
    throw new SitrepError("E_GOLD", `${where}: "published" must be a date string or null`);
  }
  return { ...x, article: x.article, published, events: x.events, tallies } as AnswerArticle;
}

function parseFile(file: string): unknown {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SitrepError("E_GOLD", `${file}: invalid JSON: ${(err as Error).message}`);
  }
}

/**
 * Read every `*.json` in `dir` (not recursive), in file-name order, one
 * article per file. Throws an error naming the file on bad JSON or a
 * malformed article.
 */
export function loadGoldDir(dir: string): AnswerArticle[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return files.map((f) => {
    const path = join(dir, f);
    return toArticle(parseFile(path), path);
  });
}

/**
 * Read one answer file holding a single article object or an array of
 * them (the pipeline's JSON export). Throws an error naming the file.
 */
export function loadAnswerFile(file: string): AnswerArticle[] {
  const data = parseFile(file);
  if (Array.isArray(data)) return data.map((x, i) => toArticle(x, `${file}[${i}]`));
  return [toArticle(data, file)];
}

/** Read answers from a folder (as loadGoldDir) or a single file (as loadAnswerFile). */
export function loadAnswers(path: string): AnswerArticle[] {
  return statSync(path).isDirectory() ? loadGoldDir(path) : loadAnswerFile(path);
}
