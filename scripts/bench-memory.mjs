#!/usr/bin/env node
/**
 * Memory benchmark (npm run bench:memory): is peak RSS bounded whatever the
 * size of a dump? In one run it builds two .jsonl dumps, a small one and a
 * large one (default 100 MB and 1024 MB), ingests each in its own process,
 * and prints peak RSS, time and throughput for both, and their RSS ratio.
 *
 * The dumps mix event articles (the dev articles' sentences shuffled, as in
 * bench.mjs) with longer off-topic articles (generated business, sport and
 * science sentences, each unique), one event article in eight — so that a
 * gigabyte ingests in tens of minutes rather than hours, while every record
 * still goes through reading, decoding, cleaning, splitting, dates, storage
 * and the full-text index.
 *
 *   npm run bench:memory [-- --mb 1024 --small-mb 100 --workers 2]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventArticleSentences, inFreshProcess, option, root, seeded } from "./benchCorpus.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => option(args, name, fallback);

if (args[0] === "--phase") {
  const [, file, db, workers] = args;
  const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
  const { ingest } = await import(join(root, "dist/pipeline/ingest.js"));
  const t = performance.now();
  const conn = openDatabase(db);
  const r = await ingest(conn, [file], { referenceDate: "2023-12-15", workers: Number(workers) });
  conn.close();
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, articles: r.stored, failed: r.failed, rssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
  process.exit(0);
}

const LARGE_MB = Number(opt("mb", "1024"));
const SMALL_MB = Number(opt("small-mb", "100"));
const WORKERS = opt("workers", String((await import("node:os")).availableParallelism()));

const events = await eventArticleSentences();
const { rand, pick, shuffle } = seeded(7);
const SUBJECTS = ["The central bank", "A regional retailer", "The football club", "Researchers at the university", "The city council", "A software company", "The national museum", "Local farmers", "The airline", "A film festival"];
const VERBS = ["reported", "announced", "expected", "approved", "published", "opened", "recorded", "planned", "welcomed", "reviewed"];
const OBJECTS = ["quarterly revenue", "a new exhibition", "record attendance", "a study on sleep", "plans for a tram line", "a summer schedule", "higher crop yields", "a new striker", "a pay agreement", "lower prices"];
const offTopicSentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} of ${Math.floor(rand() * 9000 + 100)} units in ${pick(["spring", "autumn", "the first half", "the last quarter"])}.`;

async function writeDump(file, megabytes) {
  const out = createWriteStream(file);
  let bytes = 0;
  let i = 0;
  while (bytes < megabytes * 1e6) {
    const body = i % 8 === 0 ? shuffle(events[(i / 8) % events.length]) : Array.from({ length: 40 }, offTopicSentence);
    const line = JSON.stringify({ id: `mem-${i}`, text: body.join(" "), published: "2023-12-01" }) + "\n";
    bytes += Buffer.byteLength(line);
    i++;
    if (!out.write(line)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
  return i;
}

const work = mkdtempSync(join(tmpdir(), "sitrep-bench-memory-"));
const row = (name, r, bytes) =>
  console.log(`${name.padEnd(26)} ${String(r.articles).padStart(8)} articles ${(r.ms / 1000).toFixed(0).padStart(6)} s ${(r.articles / (r.ms / 1000)).toFixed(0).padStart(6)} art/s ${(bytes / 1e6 / (r.ms / 1000)).toFixed(2).padStart(6)} MB/s  peak RSS ${r.rssMB.toFixed(0).padStart(5)} MB`);
try {
  const results = [];
  for (const [name, mb] of [["small", SMALL_MB], ["large", LARGE_MB]]) {
    const file = join(work, `${name}.jsonl`);
    const n = await writeDump(file, mb);
    const size = statSync(file).size;
    const r = inFreshProcess(import.meta.url, ["--phase", file, join(work, `${name}.sqlite`), WORKERS]);
    row(`ingest ${(size / 1e6).toFixed(0)} MB .jsonl (${n})`, r, size);
    results.push(r);
    rmSync(file);
    rmSync(join(work, `${name}.sqlite`), { force: true });
  }
  console.log(`\npeak RSS large / small: ${(results[1].rssMB / results[0].rssMB).toFixed(2)}x for ${(LARGE_MB / SMALL_MB).toFixed(1)}x the input`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
