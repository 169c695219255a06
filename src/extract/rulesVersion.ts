/**
 * The rules version: a short hash over everything that decides what
 * extraction outputs — the rule and extraction modules and the lexicon data
 * files. Stored with every run, so a change to any of them is visible and
 * `sitrep extract` knows when to rerun.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { packageRoot } from "../packageRoot.js";

/** Folders whose files make up the rules (source form when present, else compiled). */
function ruleFolders(root: string): string[] {
  const src = ["src/rules", "src/extract", "src/lexicon", "src/dates", "lexicons"];
  if (existsSync(join(root, "src"))) return src.map((d) => join(root, d));
  return ["dist/rules", "dist/extract", "dist/lexicon", "dist/dates", "lexicons"].map((d) => join(root, d));
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

let cached: string | null = null;

export function rulesVersion(root = packageRoot()): string {
  if (cached && root === packageRoot()) return cached;
  const hash = createHash("sha256");
  for (const dir of ruleFolders(root))
    for (const file of filesUnder(dir)) {
      if (file.endsWith(".map")) continue;
      hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  const version = hash.digest("hex").slice(0, 12);
  if (root === packageRoot()) cached = version;
  return version;
}
