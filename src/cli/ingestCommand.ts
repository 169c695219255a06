/** `sitrep ingest PATH…`: the main job. */
import { openDatabase } from "../db/openDatabase.js";
import { ingest, type IngestProgress } from "../pipeline/ingest.js";
import { printSummary } from "./summary.js";
import { dbOption, intOpt, isoDateOpt, stringOpt, UsageError, type Command } from "./command.js";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "read articles (.txt files, .jsonl/.jsonl.gz dumps) into the database and extract events",
  usage: `sitrep ingest PATH... [--reference-date YYYY-MM-DD] [--db FILE] [--strict] [--quiet]

  PATH                   files or folders; folders are read recursively
  --reference-date DATE  fallback year source for text that states no year
                         (default: today's date)
  --db FILE              database file (default db/sitrep.sqlite)
  --workers N            parser threads (default: one per core; 0 = main thread)
  --strict               stop at the first bad file
  --quiet                print only failures`,
  options: {
    ...dbOption,
    "reference-date": { type: "string" },
    workers: { type: "string" },
    strict: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError("ingest needs at least one PATH (a file or folder)");
    const referenceDate = isoDateOpt(ctx, "reference-date") ?? new Date().toISOString().slice(0, 10);
    const dbFile = stringOpt(ctx, "db")!;
    const db = openDatabase(dbFile);
    const showProgress = Boolean(ctx.stderr.isTTY) && !ctx.values.quiet;
    let last = 0;
    const onProgress = (p: IngestProgress): void => {
      if (!showProgress || Date.now() - last < 200) return;
      last = Date.now();
      ctx.stderr.write(`\r${p.seen} articles read, ${p.stored} stored, ${p.unchanged} unchanged, ${p.failed} failed`);
    };
    try {
      const result = await ingest(db, ctx.positionals, {
        referenceDate,
        workers: intOpt(ctx, "workers"),
        strict: Boolean(ctx.values.strict),
        onProgress,
      });
      if (showProgress) ctx.stderr.write("\r\x1b[K");
      for (const f of result.failures)
        ctx.stderr.write(`${f.sourcePath}${f.sourceLine ? `:${f.sourceLine}` : ""}: ${f.code}: ${f.reason}\n`);
      if (!ctx.values.quiet) {
        ctx.stdout.write(
          `ingest: ${result.seen} articles read, ${result.stored} stored, ${result.unchanged} unchanged, ${result.failed} failed` +
            (result.run ? ` (run ${result.run.id}, rules ${result.run.rules_version})` : " (nothing new: no run recorded)") +
            `\n`,
        );
        for (const w of result.warnings) ctx.stdout.write(`  warning ${w.key}: ${w.code}: ${w.message}\n`);
        printSummary(db, ctx.stdout, dbFile);
      }
      return result.failed > 0 ? 1 : 0;
    } finally {
      db.close();
    }
  },
};
