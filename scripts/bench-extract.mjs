#!/usr/bin/env node
/**
 * Measures, in one run, a fresh ingest of a corpus and a `sitrep extract`
 * after one lexicon entry changes, and checks that the change report names
 * exactly the events that entry affected.
 *
 *   npm run bench:extract [-- CORPUS_DIR] [-- --trials 5]
 *       (default corpus ../shared/eval/dev/articles, else corpus/; 5 trials)
 *
 * Each trial runs in a fresh process with the V8 flags of the `sitrep`
 * binary (see src/cli.ts), as a user's commands do: ingest into a new
 * database, rename the entry, extract. Timings on a shared 2-vCPU
 * machine swing by a fifth from run to run, so the script prints every
 * trial and the median ratio. The lexicons are copied to a temporary folder
 * (SITREP_LEXICONS) so the project's own files are never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { devArticlesDir, inFreshProcess, option, root } from "./benchCorpus.mjs";

// The entry to change: a gazetteer place renamed (its aliases kept).
const OLD = process.env.BENCH_PLACE ?? "Ain al-Asad Air Base";
const NEW = `${OLD} (renamed)`;

const args = process.argv.slice(2);
if (args[0] === "--trial") process.stdout.write(JSON.stringify(await trial(args[1])) + "\n");
else await main();

async function main() {
  const trials = Number(option(args, "trials", "5"));
  const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  const corpus = resolve(positional[0] ?? devArticlesDir());
  const results = [];
  for (let i = 0; i < trials; i++) results.push(inFreshProcess(import.meta.url, ["--trial", corpus]));
  const first = results[0];
  console.log(`corpus: ${corpus} (${first.articles} articles)`);
  console.log(`lexicon change: gazetteer "${OLD}" renamed; events with that place before: ${first.expected}`);
  console.log("trial  fresh ingest  extract after the change  ratio");
  results.forEach((r, i) =>
    console.log(`${String(i + 1).padStart(5)}  ${`${r.ingestMs.toFixed(0)} ms`.padStart(12)}  ${`${r.extractMs.toFixed(0)} ms (redid ${r.redid} of ${r.total})`.padStart(24)}  ${(r.ingestMs / r.extractMs).toFixed(1).padStart(5)}x`),
  );
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  console.log(`median ratio ingest / extract: ${median(results.map((r) => r.ingestMs / r.extractMs)).toFixed(1)}x (median ingest ${median(results.map((r) => r.ingestMs)).toFixed(0)} ms, median extract ${median(results.map((r) => r.extractMs)).toFixed(0)} ms)`);
  const exact = results.every((r) => r.exact);
  console.log(`change report names exactly those events, in every trial: ${exact ? "yes" : "NO"}`);
  console.log(first.report);
  process.exitCode = exact ? 0 : 1;
}

async function trial(corpus) {
  const work = mkdtempSync(join(tmpdir(), "sitrep-bench-extract-"));
  const lexicons = join(work, "lexicons");
  cpSync(join(root, "lexicons"), lexicons, { recursive: true });
  process.env.SITREP_LEXICONS = lexicons;
  const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
  const { ingest } = await import(join(root, "dist/pipeline/ingest.js"));
  const { reextract } = await import(join(root, "dist/pipeline/reextract.js"));
  const { diffRuns, formatDiff } = await import(join(root, "dist/runs/diffRuns.js"));
  const { readAnswers } = await import(join(root, "dist/export/readAnswers.js"));
  try {
    const db = openDatabase(join(work, "bench.sqlite"));
    let t = performance.now();
    const first = await ingest(db, [corpus], { referenceDate: "2023-12-15" });
    const ingestMs = performance.now() - t;

    const gazetteerFile = join(lexicons, "gazetteer.json");
    const gazetteer = JSON.parse(readFileSync(gazetteerFile, "utf8"));
    const entry = gazetteer.find((g) => g.name === OLD);
    if (!entry) throw new Error(`no gazetteer entry named ${OLD}`);
    entry.name = NEW;
    writeFileSync(gazetteerFile, JSON.stringify(gazetteer, null, 2));
    const expected = readAnswers(db).flatMap((a) => a.events.filter((e) => e.place === OLD).map((e) => `${a.article}|${e.kind}|${e.date}`));

    t = performance.now();
    const { run, previous, plan } = await reextract(db);
    const extractMs = performance.now() - t;
    const diff = diffRuns(db, previous.id, run.id);
    const changed = diff.changed.map((c) => `${c.article}|${c.after.kind}|${c.after.date}`);
    const onlyPlace = diff.changed.every((c) => c.changes.length === 1 && c.changes[0].field === "place" && c.changes[0].before === OLD && c.changes[0].after === NEW);
    const exact = diff.added.length === 0 && diff.removed.length === 0 && onlyPlace && JSON.stringify([...changed].sort()) === JSON.stringify([...expected].sort());
    db.close();
    return { articles: first.stored, ingestMs, extractMs, redid: run.articles, total: plan.total, expected: expected.length, exact, report: formatDiff(diff) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
