/**
 * Versions of what each stored result depends on, stage by stage, stored
 * with every run:
 *
 * - `text`: the text stages (reading, decoding, cleaning, sentences, the
 *   compromise parse) — the code they reach, compromise's version and the
 *   splitter's abbreviations. Stored articles keep the text and sentences
 *   these made; `extract` cannot remake them, so it reports that a
 *   re-ingest is needed, and `ingest` redoes articles prepared by other
 *   text code.
 * - `code`: extraction — every module extractEventsAndTallies can reach (rules,
 *   refiners, dates, lexicon matching, the kind registry, shared types),
 *   how a result is written (db/storeArticle.ts), and the packages they
 *   import with their versions. A change redoes every article.
 * - `dates`: the date code and chrono-node's version; while it holds,
 *   resolved dates are reused from `article_dates`.
 * - `lexiconSnapshot`: the data files themselves, so the next `extract` can
 *   tell which entries and cue words changed (lexiconChange.ts).
 * - `rules`: code and lexicons together, the short id users see.
 *
 * What no stage reaches (the report, the CLI, queries, export) is in no
 * hash: editing it redoes nothing. The hashes follow the import graph
 * (importGraph.ts) of the sources, or of the compiled dist/ when only it
 * is installed. Not cached: hashing a hundred files takes milliseconds, and
 * a cache would hide an edit made while the process runs.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { importClosure } from "../importGraph.js";
import type { LexiconSnapshot, Versions } from "../model/versions.js";
import { lexiconDir, packageRoot } from "../packageRoot.js";

export type { LexiconSnapshot, Versions };

function codeDir(root: string): { dir: string; ext: string } {
  return existsSync(join(root, "src")) ? { dir: join(root, "src"), ext: ".ts" } : { dir: join(root, "dist"), ext: ".js" };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

const versionOf = new Map<string, string>();

/** A dependency's version, from the package.json above its entry point (its exports hide package.json). */
function packageVersion(name: string): string {
  let known = versionOf.get(name);
  if (known) return known;
  known = "unknown";
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      const file = join(dir, "package.json");
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) {
          known = pkg.version;
          break;
        }
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  } catch {
    // A package that cannot be resolved (a subpath-only export): its name alone is hashed.
  }
  versionOf.set(name, known);
  return known;
}

/**
 * A hash over the modules reachable from `entries` (paths under the code
 * folder, without extension), minus `exclude` and what only they reach, and
 * over the versions of the packages those modules import.
 */
export function stageHash(root: string, entries: readonly string[], options: { exclude?: readonly string[]; extra?: string } = {}): string {
  const { dir, ext } = codeDir(root);
  const path = (p: string) => join(dir, p + ext);
  const { files, packages } = importClosure(entries.map(path), new Set((options.exclude ?? []).map(path)));
  const hash = createHash("sha256").update(options.extra ?? "").update("\0");
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  // Named relative to the code folder, so the same files give the same version wherever they live.
  for (const file of files) hash.update(relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** The stages' entry points: what decides each stored result. */
export const STAGES = {
  /** Reading a file or dump record to the stored text, sentences and parse. */
  text: { entries: ["read/readCorpus", "pipeline/decodeAndHash", "pipeline/cleanAndParse"], exclude: ["pipeline/needsParse"] },
  /** One article's stored mentions, events and tallies. */
  code: { entries: ["extract/extractEventsAndTallies", "pipeline/extractWorker", "db/storeArticle"], exclude: ["db/openDatabase"] },
  dates: { entries: ["dates/index"], exclude: [] },
} as const;

export function codeVersion(root = packageRoot()): string {
  return stageHash(root, STAGES.code.entries, { exclude: STAGES.code.exclude });
}

export function datesVersion(root = packageRoot()): string {
  return stageHash(root, STAGES.dates.entries, { extra: `chrono-node ${packageVersion("chrono-node")}` });
}

/** The text stages, with the sentence splitter's abbreviations (lexicons/abbreviations.json). */
export function textVersion(root = packageRoot(), lexicons = lexiconSnapshot()): string {
  return stageHash(root, STAGES.text.entries, { exclude: STAGES.text.exclude, extra: lexicons.files["abbreviations.json"] ?? "" });
}

export function lexiconSnapshot(dir = lexiconDir()): LexiconSnapshot {
  const files: Record<string, string> = {};
  const hash = createHash("sha256");
  for (const file of filesUnder(dir).filter((f) => f.endsWith(".json"))) {
    const name = relative(dir, file);
    files[name] = readFileSync(file, "utf8");
    hash.update(name).update("\0").update(files[name]).update("\0");
  }
  return { hash: hash.digest("hex").slice(0, 16), files };
}

export function currentVersions(root = packageRoot()): Versions {
  const code = codeVersion(root);
  const lexicons = lexiconSnapshot();
  return {
    rules: createHash("sha256").update(`${code}\0${lexicons.hash}`).digest("hex").slice(0, 12),
    code,
    dates: datesVersion(root),
    text: textVersion(root, lexicons),
    lexicons,
  };
}
