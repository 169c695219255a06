/**
 * Locates the sitrep package root (the folder holding package.json), so data
 * files (lexicons/, db/ migrations) are found whether the code runs from
 * src/ under vitest or from the compiled dist/.
 */
import { SitrepError } from "./errors.js";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null = null;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "db"))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new SitrepError("E_INTERNAL", "cannot find the package root (no package.json above " + import.meta.url + ")");
    dir = up;
  }
}

/**
 * The folder of lexicon and cue data files: `SITREP_LEXICONS` when set (a
 * user's edited copy), else the package's own `lexicons/`.
 */
export function lexiconDir(): string {
  const override = process.env.SITREP_LEXICONS;
  return override ? resolve(override) : join(packageRoot(), "lexicons");
}
