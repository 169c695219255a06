/**
 * Versions of what decides extraction's output, stored with every run:
 *
 * - `codeVersion`: a hash over the code (source form when present, else
 *   compiled). Any code change re-extracts every article.
 * - `datesVersion`: a hash over the date code and chrono-node's version;
 *   while it holds, resolved dates are reused from `article_dates`.
 * - `lexiconSnapshot`: the lexicon and cue files themselves, so the next
 *   `sitrep extract` can tell which entries changed.
 * - `rules`: code and lexicons together, the short id users see.
 *
 * Not cached: hashing a hundred files takes milliseconds, and a cache would
 * hide an edit made while the process runs.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { lexiconDir, packageRoot } from "../packageRoot.js";

function codeDir(root: string): string {
  return join(root, existsSync(join(root, "src")) ? "src" : "dist");
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

function hashFiles(dir: string, extra = ""): string {
  const hash = createHash("sha256").update(extra).update("\0");
  for (const file of filesUnder(dir)) {
    if (file.endsWith(".map")) continue;
    // Named relative to its folder, so the same files give the same version wherever they live.
    hash.update(relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function codeVersion(root = packageRoot()): string {
  return hashFiles(codeDir(root));
}

let chronoVersion: string | undefined;

/** A dependency's version, from the package.json above its entry point (its exports hide package.json). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return "unknown";
    dir = up;
  }
}

export function datesVersion(root = packageRoot()): string {
  chronoVersion ??= packageVersion("chrono-node");
  return hashFiles(join(codeDir(root), "dates"), `chrono-node ${chronoVersion}`);
}

export interface LexiconSnapshot {
  /** sha256 (hex, 16) over the files' names and bytes. */
  hash: string;
  /** File name → content, for every `.json` file of the lexicon folder. */
  files: Record<string, string>;
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

export interface Versions {
  rules: string;
  code: string;
  dates: string;
  lexicons: LexiconSnapshot;
}

export function currentVersions(root = packageRoot()): Versions {
  const code = codeVersion(root);
  const lexicons = lexiconSnapshot();
  return { rules: createHash("sha256").update(`${code}\0${lexicons.hash}`).digest("hex").slice(0, 12), code, dates: datesVersion(root), lexicons };
}
