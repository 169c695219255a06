/**
 * `sitrep ingest PATH…`: the main job. Exit code 0 when every file was
 * ingested (or unchanged), 1 when any failed — each failure is printed on
 * its own line as `path[:line]: E_CODE: reason`, then a count — and 2 for
 * bad usage or configuration (a path that does not exist, a broken lexicon
 * file: then nothing is read and no database is made). With --strict the
 * run stops at the first failure.
 */
import { validateLexicons } from "../pipeline/validateLexicons.js";
import { fail } from "../errors.js";
import { existsSync } from "node:fs";
import type { IngestProgress } from "../pipeline/ingest.js";
import { printable } from "../text/printable.js";
import { dbOption, intOpt, isoDateOpt, stringOpt, UsageError, type Command } from "./command.js";

export const ingestCommand: Command = {
  name: "ingest",
  usage: `sitrep ingest PATH... [--reference-date YYYY-MM-DD] [--db FILE] [--key name|path] [--strict] [--quiet]

  PATH                   files or folders; folders are read recursively
                         (symbolic links to folders are not followed)
  --reference-date DATE  fallback year source for text that states no year
                         (default: today's date; dates then never fall
                         after today, and the run says how many it resolved
                         so). A new one on re-ingest re-resolves the
                         unchanged articles whose dates depend on it
  --db FILE              database file (default db/sitrep.sqlite)
  --key name|path        article keys from the file name without .txt and the
                         dump id (name, the default), or from the path as given
                         (path: d1/a, d2/a), when folders reuse file names; two
                         inputs with one key in a run: the second is refused
  --workers N            parser threads (default: one per core; 0 = main thread)
  --article-timeout S    give up on an article after S seconds (default 60):
                         cleaning and parsing it in a worker thread, and
                         reading it (a file, or a dump up to its next record;
                         at least 60 s)
  --max-article-kb N     refuse files and dump records over N KB (default 1024);
                         a .gz is inflated to at most max(50 x its size, 64 MB,
                         16 x this limit) (decompression bombs)
  --batch-size N         articles per write transaction (default 64)
  --strict               stop at the first bad file: files before it are
                         stored, none after it
  --quiet                print only failures

  Exit code: 0 all went well, 1 some file failed (each is listed on standard
  error as path[:line]: E_CODE: reason), 2 bad usage or configuration.`,
  options: {
    ...dbOption,
    "reference-date": { type: "string" },
    workers: { type: "string" },
    "article-timeout": { type: "string" },
    "max-article-kb": { type: "string" },
    "batch-size": { type: "string" },
    key: { type: "string", default: "name" },
    strict: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
  async run(ctx) {
    const { openDatabase } = await import("../db/openDatabase.js");
    const { ingest } = await import("../pipeline/ingest.js");
    const { printSummary } = await import("./summary.js");
    if (ctx.positionals.length === 0) throw new UsageError("ingest needs at least one PATH (a file or folder)");
    const givenReference = isoDateOpt(ctx, "reference-date");
    const referenceDate = givenReference ?? new Date().toISOString().slice(0, 10);
    const timeout = positiveOpt(ctx, "article-timeout");
    const maxKb = positiveOpt(ctx, "max-article-kb");
    const batchSize = positiveOpt(ctx, "batch-size");
    const keyFrom = stringOpt(ctx, "key");
    if (keyFrom !== "name" && keyFrom !== "path") throw new UsageError(`--key must be name or path, got "${keyFrom}"`);
    // Nothing is read, and no database made, while a path or a data file is wrong.
    const missing = ctx.positionals.filter((p) => !existsSync(p));
    if (missing.length)
      throw fail("E_NOT_FOUND", `${missing.map((p) => `"${p}"`).join(", ")}: no such file or folder; nothing was ingested`);
    validateLexicons();
    const dbFile = stringOpt(ctx, "db")!;
    const db = openDatabase(dbFile);
    const showProgress = Boolean(ctx.stderr.isTTY) && !ctx.values.quiet;
    let last = 0;
    const onProgress = (p: IngestProgress): void => {
      if (!showProgress || Date.now() - last < 200) return;
      last = Date.now();
      ctx.stderr.write(`\r${p.seen} articles read, ${p.stored} stored, ${p.unchanged} unchanged, ${p.failed} failed`);
    };
    // Worker threads and the batch timer do not keep Node alive, so if a bug
    // ever left the run waiting on nothing, Node would exit 0 and print
    // nothing. Make that loud instead.
    const unfinished = (): void => {
      process.exitCode = 70;
      ctx.stderr.write(
        "sitrep ingest: E_INTERNAL: the run stopped before it finished (a bug in sitrep: please report it); the database holds only whole articles, run the ingest again\n",
      );
    };
    process.once("exit", unfinished);
    try {
      const result = await ingest(db, ctx.positionals, {
        referenceDate,
        referenceDateGiven: givenReference !== undefined,
        workers: intOpt(ctx, "workers"),
        articleTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
        maxArticleBytes: maxKb === undefined ? undefined : maxKb * 1024,
        batchSize,
        strict: Boolean(ctx.values.strict),
        keyFrom,
        onProgress,
      });
      if (showProgress) ctx.stderr.write("\r\x1b[K");
      for (const f of result.failures)
        ctx.stderr.write(`${printable(f.sourcePath)}${f.sourceLine ? `:${f.sourceLine}` : ""}: ${f.code}: ${printable(f.reason)}\n`);
      for (const r of result.replaced)
        ctx.stderr.write(`ingest: article "${printable(r.key)}" was read from ${printable(r.was)} and is now replaced by ${printable(r.now)}\n`);
      if (result.failed > 0)
        ctx.stderr.write(
          `ingest: ${result.failed} failed` +
            (result.stopped
              ? "; stopped at the first failure (--strict): nothing after it was stored"
              : result.stored + result.unchanged > 0
                ? "; the other articles were ingested"
                : "; no article was ingested") +
            `\n`,
        );
      const { dates, articles } = result.yearsFromToday;
      if (dates > 0 && !ctx.values.quiet)
        ctx.stderr.write(
          `ingest: note: ${dates} date(s) without a year in ${articles} article(s) with no publication date were resolved against today (${referenceDate}); ` +
            `if the articles are older, ingest again with --reference-date YYYY-MM-DD (when they were collected)\n`,
        );
      if (!ctx.values.quiet) {
        ctx.stdout.write(
          `ingest: ${result.seen} articles read, ${result.stored} stored, ${result.unchanged} unchanged, ${result.failed} failed` +
            (result.run ? ` (run ${result.run.id}, rules ${result.run.rules_version})` : " (nothing new: no run recorded)") +
            `\n`,
        );
        if (result.reresolved > 0)
          ctx.stdout.write(`  ${result.reresolved} unchanged article(s) extracted again: their dates were resolved against another reference date\n`);
        for (const w of result.warnings) ctx.stdout.write(`  warning ${printable(w.key)}: ${w.code}: ${printable(w.message)}\n`);
        printSummary(db, ctx.stdout, dbFile);
      }
      return result.failed > 0 ? 1 : 0;
    } finally {
      process.off("exit", unfinished);
      db.close();
    }
  },
};

function positiveOpt(ctx: Parameters<Command["run"]>[0], name: string): number | undefined {
  const v = intOpt(ctx, name);
  if (v === 0) throw new UsageError(`--${name} must be at least 1`);
  return v;
}
