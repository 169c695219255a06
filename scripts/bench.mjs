#!/usr/bin/env node
/**
 * Ingest benchmark (npm run bench). In one run it:
 *  1. builds JSONL corpora of 2,000 and N (default 20,000) articles from the
 *     dev articles (or corpus/): each a shuffle of one article's sentences
 *     (so the content hash differs) with a unique id, plus off-topic text;
 *  2. times a single-threaded baseline that only runs compromise over the
 *     same texts (the floor any pipeline built on compromise has);
 *  3. times a full `sitrep ingest` of both corpora;
 *  4. times `sitrep extract` over the large one after a lexicon change;
 * and prints articles/s, MB/s and peak RSS for each, and the ratios;
 *  4b. reports the incident linking inside each ingest (its share of the
 *     ingest time), then ingests a small new batch into the large database
 *     (five new days) and reports how many incident rows its linking read
 *     against the corpus's, with the query plan of its day lookup;
 *  5. times start-up (--help, query, show, extract with nothing to do)
 *     against `node -e 0`, and every read command on the large database
 *     against one plain read of its events (scripts/benchRead.mjs).
 * `--linking-only` runs only one ingest of N articles and prints incident
 * linking's share of it (issue 16's bound, without the hour of the rest).
 * `--reads-only` skips 2-4: it ingests 1,000 articles and copies their rows
 * up to N articles (seconds, not an hour), then runs 5.
 * `--startup-only` (npm run bench:startup) ingests corpus/ and runs only the
 * start-up half of 5 (seconds).
 * Each measured phase runs in its own process, so peak RSS is its own, with
 * the node flags of the `sitrep` binary (the baseline too, so that only the
 * pipelines differ).
 *
 *   npm run bench [-- --articles 20000 --workers 2] [-- --reads-only] [-- --startup-only]
 */
import { execFileSync } from "node:child_process";
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventArticleSentences, inFreshProcess, option, root, seeded } from "./benchCorpus.mjs";
import { benchReads, benchStartup, replicate } from "./benchRead.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => option(args, name, fallback);

// ---- child phases -------------------------------------------------------
if (args[0] === "--phase") {
  const [, phase, file, db, workers] = args;
  const t = performance.now();
  let articles = 0;
  const extra = {};
  if (phase === "baseline") {
    const nlp = (await import("compromise")).default;
    const { createInterface } = await import("node:readline");
    const { createReadStream } = await import("node:fs");
    for await (const line of createInterface({ input: createReadStream(file) })) {
      if (!line) continue;
      const doc = nlp(JSON.parse(line).text);
      doc.json({ offset: true });
      articles++;
    }
  } else if (phase === "ingest") {
    const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
    const { ingest } = await import(join(root, "dist/pipeline/ingest.js"));
    const conn = openDatabase(db);
    const r = await ingest(conn, [file], { referenceDate: "2023-12-15", workers: Number(workers) });
    articles = r.stored;
    extra.linkMs = r.linking.ms;
    extra.linkRowsRead = r.linking.rowsRead;
    extra.reports = conn.prepare("SELECT COUNT(*) FROM incident_reports").pluck().get();
    extra.incidents = conn.prepare("SELECT COUNT(*) FROM incidents WHERE reports > 0").pluck().get();
    extra.plan = conn
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM incident_reports WHERE kind = ? AND day = ?")
      .all("attack", "2023-12-03")
      .map((p) => p.detail)
      .join("; ");
    conn.close();
  } else if (phase === "extract") {
    const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
    const { reextract } = await import(join(root, "dist/pipeline/reextract.js"));
    const conn = openDatabase(db);
    const r = await reextract(conn);
    articles = r.plan.total;
    extra.redone = r.run.articles;
    conn.close();
  }
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, articles, ...extra, rssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
  process.exit(0);
}

// ---- corpus -------------------------------------------------------------
const N = Number(opt("articles", "20000"));
const WORKERS = opt("workers", String((await import("node:os")).availableParallelism()));
const texts = await eventArticleSentences();
const OFF_TOPIC = [
  "The central bank kept interest rates unchanged on Thursday, citing steady inflation.",
  "Local farmers expect a strong harvest after an unusually wet spring.",
  "The football club announced the signing of a new striker for next season.",
  "Shares in technology companies rose for a third straight session.",
  "The city council approved a plan to expand the tram network by 2027.",
  "A new exhibition of modern sculpture opens at the national museum next month.",
  "Researchers published a study on sleep patterns among teenagers.",
  "The airline said it would add flights to three holiday destinations.",
];
const { shuffle } = seeded(42);
/** n articles with ids from `from`; `only` keeps every article to one source text (a batch about a few days). */
async function writeCorpus(file, n, from = 0, only = null) {
  const out = createWriteStream(file);
  for (let i = from; i < from + n; i++) {
    const source = texts[(only ?? i) % texts.length];
    const body = i % 4 === 3 ? shuffle(OFF_TOPIC).slice(0, 5) : [...shuffle(source), ...shuffle(OFF_TOPIC).slice(0, 2)];
    const ok = out.write(JSON.stringify({ id: `bench-${i}`, text: body.join(" "), published: "2023-12-01" }) + "\n");
    if (!ok) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
}

const work = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
const lexicons = join(work, "lexicons");
cpSync(join(root, "lexicons"), lexicons, { recursive: true });
const env = { ...process.env, SITREP_LEXICONS: lexicons };
const phase = (...a) => inFreshProcess(import.meta.url, ["--phase", ...a], env);
const row = (name, r, bytes) =>
  console.log(`${name.padEnd(34)} ${String(r.articles).padStart(7)} articles ${(r.ms / 1000).toFixed(1).padStart(7)} s ${(r.articles / (r.ms / 1000)).toFixed(0).padStart(6)} art/s ${(bytes / 1e6 / (r.ms / 1000)).toFixed(2).padStart(6)} MB/s  peak RSS ${r.rssMB.toFixed(0).padStart(5)} MB`);

try {
  if (args.includes("--startup-only")) {
    const db = join(work, "small.sqlite");
    const cli = (...a) => execFileSync(process.execPath, [join(root, "dist/cli.js"), ...a, "--db", db, "--quiet"], { env });
    cli("ingest", join(root, "corpus"), "--reference-date", "2023-12-15", "--workers", "0");
    cli("extract", "--workers", "0");
    benchStartup(db);
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
  if (args.includes("--linking-only")) {
    // Only incident linking's share of one ingest of N articles (no baseline, extract or reads): minutes, not an hour.
    const file = join(work, "large.jsonl");
    await writeCorpus(file, N);
    const r = phase("ingest", file, join(work, "large.sqlite"), WORKERS);
    row(`sitrep ingest (${N})`, r, statSync(file).size);
    console.log(`incidents (${N})`.padEnd(34) + ` linking ${(r.linkMs / 1000).toFixed(2)} s of ${(r.ms / 1000).toFixed(1)} s ingest = ${((100 * r.linkMs) / r.ms).toFixed(1)} %; ${r.incidents} incidents from ${r.reports} reports`);
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
  if (args.includes("--reads-only")) {
    const seed = Math.min(1000, N);
    const file = join(work, "seed.jsonl");
    await writeCorpus(file, seed);
    const ingested = phase("ingest", file, join(work, "small.sqlite"), WORKERS);
    row(`sitrep ingest (${seed}, the seed)`, ingested, statSync(file).size);
    cpSync(join(work, "small.sqlite"), join(work, "large.sqlite"));
    const t = performance.now();
    await replicate(join(work, "large.sqlite"), Math.ceil(N / seed));
    console.log(`copied to ${Math.ceil(N / seed) * seed} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    benchStartup(join(work, "small.sqlite"));
    benchReads(join(work, "large.sqlite"));
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
  const small = join(work, "small.jsonl");
  const large = join(work, "large.jsonl");
  await writeCorpus(small, Math.min(2000, N));
  await writeCorpus(large, N);
  const sizeSmall = statSync(small).size;
  const sizeLarge = statSync(large).size;
  console.log(`corpora: ${Math.min(2000, N)} articles (${(sizeSmall / 1e6).toFixed(1)} MB), ${N} articles (${(sizeLarge / 1e6).toFixed(1)} MB); workers ${WORKERS}\n`);

  const baseline = phase("baseline", large);
  row("baseline: compromise, 1 thread", baseline, sizeLarge);
  const ingestSmall = phase("ingest", small, join(work, "small.sqlite"), WORKERS);
  row(`sitrep ingest (${Math.min(2000, N)})`, ingestSmall, sizeSmall);
  const ingestLarge = phase("ingest", large, join(work, "large.sqlite"), WORKERS);
  row(`sitrep ingest (${N})`, ingestLarge, sizeLarge);

  // One lexicon entry changes: a place renamed.
  const gFile = join(lexicons, "gazetteer.json");
  const g = JSON.parse(readFileSync(gFile, "utf8"));
  g.find((e) => e.name === "Ain al-Asad Air Base").name = "Ain al-Asad Air Base (renamed)";
  writeFileSync(gFile, JSON.stringify(g));
  const extract = phase("extract", "-", join(work, "large.sqlite"));
  row(`sitrep extract (${N}) after a lexicon change`, extract, sizeLarge);
  console.log(`  (the change reached ${extract.redone} of ${extract.articles} articles; the others kept their result)`);

  // Incidents: linking's share of ingest, and a new batch linked without reading the corpus.
  const linkRow = (name, r) =>
    console.log(`${name.padEnd(34)} linking ${(r.linkMs / 1000).toFixed(2)} s of ${(r.ms / 1000).toFixed(1)} s ingest = ${((100 * r.linkMs) / r.ms).toFixed(1)} %; ${r.incidents} incidents from ${r.reports} reports`);
  console.log("");
  linkRow(`incidents (${Math.min(2000, N)})`, ingestSmall);
  linkRow(`incidents (${N})`, ingestLarge);
  // A batch of news from five new days: its linking reads those days' reports (and two either side), not the corpus.
  const batch = join(work, "batch.jsonl");
  const bases = ["Ain al-Asad Air Base", "Erbil Air Base", "al-Tanf"];
  writeFileSync(
    batch,
    Array.from({ length: 100 }, (_, i) =>
      JSON.stringify({
        id: `bench-new-${i}`,
        published: "2025-06-10",
        text: `Rockets struck ${bases[i % 3]} on June ${1 + (i % 5)}, 2025, officials said in report number ${i}. ${shuffle(OFF_TOPIC).slice(0, 3).join(" ")}`,
      }),
    ).join("\n") + "\n",
  );
  const added = phase("ingest", batch, join(work, "large.sqlite"), WORKERS);
  console.log(
    `new batch of 100 (5 new days) into ${N}:       linking read ${added.linkRowsRead} incident rows of ${added.reports} (${((100 * added.linkRowsRead) / added.reports).toFixed(1)} %) in ${(added.linkMs / 1000).toFixed(2)} s`,
  );
  console.log(`  day lookup plan: ${added.plan}`);

  const perSmall = ingestSmall.ms / ingestSmall.articles;
  const perLarge = ingestLarge.ms / ingestLarge.articles;
  console.log(`\ningest throughput / baseline:        ${(ingestLarge.articles / ingestLarge.ms / (baseline.articles / baseline.ms)).toFixed(2)}x`);
  console.log(`per-article time ${N} vs ${Math.min(2000, N)}:       ${perLarge.toFixed(2)} ms vs ${perSmall.toFixed(2)} ms = ${(perLarge / perSmall).toFixed(2)}x`);
  console.log(`extract speed-up over ingest (${N}): ${(ingestLarge.ms / extract.ms).toFixed(1)}x`);
  benchStartup(join(work, "small.sqlite"));
  benchReads(join(work, "large.sqlite"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
