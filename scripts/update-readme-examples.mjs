#!/usr/bin/env node
/**
 * Refreshes the example outputs in README.md: every fenced block that
 * follows a `<!-- example: ARGS -->` line is replaced by the real output of
 * `sitrep ARGS`, run against a fresh ingest of corpus/ in a temporary
 * database (so the README always shows what the code prints).
 *
 *   npm run build && node scripts/update-readme-examples.mjs
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "sitrep-readme-"));
const db = join(work, "sitrep.sqlite");
const sitrep = (args) => {
  const argv = args.match(/"[^"]*"|'[^']*'|\S+/g).map((a) => a.replace(/^["']|["']$/g, ""));
  const withDb = argv.includes("--db") || argv[0] === "--help" ? argv : [...argv, "--db", db];
  try {
    return execFileSync(process.execPath, [join(root, "dist/cli.js"), ...withDb], { cwd: work, env: { ...process.env, COLUMNS: "100" } }).toString();
  } catch (err) {
    return (err.stdout?.toString() ?? "") + (err.stderr?.toString() ?? "");
  }
};
try {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  // "ARGS | head N" keeps the first N lines; CORPUS and ROOT/ stand for the project's paths.
  const out = readme.replace(/(<!-- example: (.+?) -->\n```\w*\n)[\s\S]*?(```)/g, (_m, head, spec, tail) => {
    const [, args, lines] = /^(.*?)(?:\s*\|\s*head\s+(\d+))?$/.exec(spec);
    let text = sitrep(args.replaceAll("CORPUS", join(root, "corpus")).replaceAll("ROOT/", root + "/")).replaceAll(work, "/tmp/x").replaceAll(root + "/", "");
    if (lines) text = text.split("\n").slice(0, Number(lines)).join("\n") + "\n…";
    return head + `$ npx sitrep ${args.replaceAll("CORPUS", "corpus/").replaceAll("ROOT/", "")}\n` + text.trimEnd() + "\n" + tail;
  });
  writeFileSync(join(root, "README.md"), out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
