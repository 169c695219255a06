/**
 * The rules version: a short hash over everything that decides what
 * extraction outputs — the rule and extraction modules and the lexicon data
 * files. Stored with every run, so a change to any of them is visible and
 * `sitrep extract` knows when to rerun.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { lexiconDir, packageRoot } from "../packageRoot.js";

/** Folders whose files make up the rules (source form when present, else compiled). */
function ruleFolders(root: string): string[] {
  const code = existsSync(join(root, "src")) ? "src" : "dist";
  return [...["rules", "refine", "extract", "lexicon", "dates"].map((d) => join(root, code, d)), lexiconDir()];
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

export function rulesVersion(root = packageRoot()): string {
  const hash = createHash("sha256");
  for (const dir of ruleFolders(root))
    for (const file of filesUnder(dir)) {
      if (file.endsWith(".map")) continue;
      // Named relative to its folder, so the same files give the same version wherever they live.
      hash.update(`${basename(dir)}/${relative(dir, file)}`).update("\0").update(readFileSync(file)).update("\0");
    }
  // Not cached: hashing the few dozen rule and lexicon files takes milliseconds,
  // and a cache would hide an edit made while the process runs.
  return hash.digest("hex").slice(0, 12);
}
