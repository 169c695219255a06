#!/usr/bin/env node
/**
 * Memory and time of `sitrep ingest` on pathological single inputs, at the
 * default article size limit and at 2x and 4x raised limits
 * (`--max-article-kb`): peak RSS should stay under 600 MB at the default and
 * grow roughly in proportion to the limit, not many-fold. Each ingest is a
 * fresh CLI process with one worker thread, measured by GNU time (`%M`,
 * peak RSS of the process and its threads). Inputs are written to a temp
 * folder at run time:
 *  - events.txt: one article just under the limit, every sentence an attack
 *    report (so every sentence is parsed and goes through the rules);
 *  - run-on.txt: one article just under the limit with no sentence end;
 *  - record.jsonl: a dump with one record of that article;
 *  - newlines.jsonl.gz: 256 MB of newlines, gzipped (a decompression bomb).
 * An article whose every sentence is an event is slow (minutes per MB), so
 * the default --article-timeout stops it; its memory is mostly taken by the
 * time the parse starts (with --article-timeout 900, a 1 MB one stayed at
 * 280 MB), and a parse thread's heap is bounded in proportion to the limit
 * in any case (E_MEMORY).
 *
 *   npm run build && node scripts/bench-read-limits.mjs [--limits 1024,2048,4096]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(root, "dist/cli.js");
const TIME = "/usr/bin/time";
const args = process.argv.slice(2);
const at = args.indexOf("--limits");
const LIMITS_KB = (at >= 0 ? args[at + 1] : "1024,2048,4096").split(",").map(Number);
if (!existsSync(CLI)) throw new Error("run npm run build first");
if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to read the peak RSS`);

// Sentences of our own, varied so that no two are the same.
const PLACES = ["al-Asad Air Base", "Erbil", "Tower 22", "the Conoco gas field", "Ain al-Asad", "Baghdad airport", "the Red Sea", "Rukban"];
const WEAPONS = ["a one-way attack drone", "three rockets", "two drones", "a ballistic missile", "several rockets"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function eventText(bytes) {
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s =
      `Militants launched ${WEAPONS[i % WEAPONS.length]} at US forces near ${PLACES[(i * 3) % PLACES.length]} on ${DAYS[i % 7]}, ` +
      `wounding ${1 + (i % 9)} service members, officials said in statement ${i}. `;
    n += s.length + 1;
    out.push(s);
    if (i % 6 === 5) out.push("\n\n");
  }
  return out.join("").slice(0, bytes - 16);
}
function runOn(bytes) {
  const words = ["attack", "drone", "base", "forces", "rocket", "militia", "Iraq", "Syria", "near", "struck"];
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes - 16; i++) {
    const w = words[(i * 7) % words.length] + (i % 13);
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ").slice(0, bytes - 16);
}

function ingest(inputs, db, extra) {
  const r = spawnSync(TIME, ["-f", "%M %e", process.execPath, CLI, "ingest", ...inputs, "--db", db, "--reference-date", "2023-12-15", "--workers", "1", "--quiet", ...extra], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const last = r.stderr.trim().split("\n").pop();
  const [kb, s] = last.split(" ").map(Number);
  const errors = r.stderr.trim().split("\n").slice(0, -1).filter((l) => /E_[A-Z_]+/.test(l)).map((l) => /E_[A-Z_]+/.exec(l)[0]);
  return { mb: kb / 1024, s, code: r.status, errors };
}

const work = mkdtempSync(join(tmpdir(), "sitrep-read-limits-"));
try {
  const floor = ingest([], join(work, "none.sqlite"), ["--help"]);
  console.log(`node + sitrep --help: peak RSS ${floor.mb.toFixed(0)} MB\n`);
  console.log("input (one article)              limit    size     peak RSS   time   exit  errors");
  const row = (name, limitKb, sizeKb, r) =>
    console.log(`${name.padEnd(32)} ${String(limitKb).padStart(5)} KB ${String(sizeKb).padStart(5)} KB ${r.mb.toFixed(0).padStart(7)} MB ${r.s.toFixed(1).padStart(5)} s ${String(r.code).padStart(4)}  ${r.errors.join(",")}`);
  const peaks = {};
  for (const kb of LIMITS_KB) {
    const bytes = kb * 1024;
    const dir = join(work, String(kb));
    rmSync(dir, { recursive: true, force: true });
    const files = {
      "events.txt": eventText(bytes),
      "run-on.txt": runOn(bytes),
    };
    for (const [name, text] of Object.entries(files)) {
      const file = join(work, `${kb}-${name}`);
      writeFileSync(file, text);
      const r = ingest([file], join(work, `${kb}-${name}.sqlite`), ["--max-article-kb", String(kb)]);
      row(name, kb, Math.round(Buffer.byteLength(text) / 1024), r);
      (peaks[name] ??= []).push(r.mb);
    }
    const rec = join(work, `${kb}-record.jsonl`);
    const text = eventText(bytes);
    writeFileSync(rec, JSON.stringify({ id: "big", text }) + "\n");
    const r = ingest([rec], join(work, `${kb}-record.sqlite`), ["--max-article-kb", String(kb)]);
    row("record.jsonl (events)", kb, Math.round(Buffer.byteLength(text) / 1024), r);
    (peaks["record.jsonl"] ??= []).push(r.mb);
  }
  const bomb = join(work, "newlines.jsonl.gz");
  writeFileSync(bomb, gzipSync(Buffer.alloc(256 * 1024 * 1024, "\n"), { level: 9 }));
  for (const kb of LIMITS_KB) {
    const r = ingest([bomb], join(work, `bomb-${kb}.sqlite`), ["--max-article-kb", String(kb)]);
    row("newlines.jsonl.gz (256 MB)", kb, 0, r);
  }
  console.log(`\npeak RSS relative to the ${LIMITS_KB[0]} KB limit:`);
  for (const [name, mbs] of Object.entries(peaks)) console.log(`  ${name.padEnd(22)} ${mbs.map((m, i) => `${LIMITS_KB[i]} KB: ${(m / mbs[0]).toFixed(2)}x`).join("  ")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
