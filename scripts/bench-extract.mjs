#!/usr/bin/env node
/**
 * Measures, in one run, a fresh ingest of a corpus and a `sitrep extract`
 * after one lexicon entry changes, and checks that the change report names
 * exactly the events that entry affected.
 *
 *   npm run bench:extract [-- CORPUS_DIR]   (default ../shared/eval/dev/articles, else corpus/)
 *
 * The lexicons are copied to a temporary folder (SITREP_LEXICONS) so the
 * project's own files are never touched. Prints times and their ratio.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { devArticlesDir, root } from "./benchCorpus.mjs";

const corpus = resolve(process.argv[2] ?? devArticlesDir());
const work = mkdtempSync(join(tmpdir(), "sitrep-bench-extract-"));
const lexicons = join(work, "lexicons");
cpSync(join(root, "lexicons"), lexicons, { recursive: true });
process.env.SITREP_LEXICONS = lexicons;

const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
const { ingest } = await import(join(root, "dist/pipeline/ingest.js"));
const { reextract } = await import(join(root, "dist/pipeline/reextract.js"));
const { diffRuns, formatDiff } = await import(join(root, "dist/runs/diffRuns.js"));
const { readAnswers } = await import(join(root, "dist/export/readAnswers.js"));

// The entry to change: a gazetteer place renamed (its aliases kept).
const OLD = process.env.BENCH_PLACE ?? "Ain al-Asad Air Base";
const NEW = `${OLD} (renamed)`;

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

  console.log(`corpus: ${corpus} (${first.stored} articles)`);
  console.log(`fresh ingest:             ${ingestMs.toFixed(0)} ms`);
  console.log(`extract after the change: ${extractMs.toFixed(0)} ms (redid ${run.articles} of ${plan.total} articles)`);
  console.log(`ratio ingest / extract:   ${(ingestMs / extractMs).toFixed(1)}x`);
  console.log(`lexicon change: gazetteer "${OLD}" renamed; events with that place before: ${expected.length}`);
  console.log(`change report names exactly those events: ${exact ? "yes" : "NO"}`);
  console.log(formatDiff(diff));
  db.close();
  process.exitCode = exact ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
