#!/usr/bin/env node
/**
 * Refreshes the example outputs in README.md: every fenced block that
 * follows a `<!-- example: ARGS -->` line is replaced by the real output of
 * `sitrep ARGS`, run against a fresh ingest of corpus/ in a temporary
 * database (so the README always shows what the code prints).
 *
 *   npm run build && node scripts/update-readme-examples.mjs
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "sitrep-readme-"));
const db = join(work, "sitrep.sqlite");
const sitrep = (args) => {
  const argv = args.match(/"[^"]*"|'[^']*'|\S+/g).map((a) => a.replace(/^["']|["']$/g, ""));
  let withDb = argv.includes("--db") || argv[0] === "--help" ? argv : [...argv, "--db", db];
  // One thread stores articles in input order, so event ids (and `show N`) are the same every time.
  if (argv[0] === "ingest" && !argv.includes("--workers")) withDb = [...withDb, "--workers", "0"];
  // Standard output and error into one file, in the order a terminal shows them.
  const file = join(work, "out.txt");
  const fd = openSync(file, "w");
  spawnSync(process.execPath, [join(root, "dist/cli.js"), ...withDb], { cwd: work, stdio: ["ignore", fd, fd], env: { ...process.env, COLUMNS: "100" } });
  closeSync(fd);
  return readFileSync(file, "utf8");
};
try {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  // "ARGS | head N" keeps the first N lines; CORPUS and ROOT/ stand for the project's paths.
  const out = readme.replace(/(<!-- example: (.+?) -->\n```\w*\n)[\s\S]*?(```)/g, (_m, head, spec, tail) => {
    const [, args, lines] = /^(.*?)(?:\s*\|\s*head\s+(\d+))?$/.exec(spec);
    let text = sitrep(args.replaceAll("CORPUS", join(root, "corpus")).replaceAll("ROOT/", root + "/").replaceAll("WORK/", work + "/")).replaceAll(work, "/tmp/x").replaceAll(root + "/", "").replaceAll("\r\n", "\n"); // CSV ends records with CRLF; the README keeps LF
    if (lines) text = text.split("\n").slice(0, Number(lines)).join("\n") + "\n…";
    return head + `$ npx sitrep ${args.replaceAll("CORPUS", "corpus/").replaceAll("ROOT/", "").replaceAll("WORK/", "")}\n` + text.trimEnd() + "\n" + tail;
  });
  writeFileSync(join(root, "README.md"), out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
