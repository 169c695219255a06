/** `sitrep extract`: rerun the rules over stored sentences after a rule or lexicon change. */
import { validateLexicons } from "../pipeline/validateLexicons.js";
import { fail } from "../errors.js";
import { existsSync } from "node:fs";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, intOpt, isoDateOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(["table", "json"], "table");

export const extractCommand: Command = {
  name: "extract",
  usage: `sitrep extract [--db FILE] [--reference-date YYYY-MM-DD] [--full] [--quiet] [${FORMATS.usage}]

  Records a new run and prints the events added, removed and changed
  against the previous run, each with its sentence. Only the articles a
  change can affect are redone: all of them after an extraction-code
  change or a new reference date; after a cue-word edit, those whose text
  holds an added or removed word; after a gazetteer, actor or weapon edit,
  those where an edited entry's old or new names occur. A change to the
  text stages (cleaning, sentences, parse) is reported: it needs a
  re-ingest. A change to the report or the CLI redoes nothing.
  --reference-date DATE  default: the one the previous run used
  --full                 redo every article
  --workers N            worker threads for large runs (default: one per core; 0: none)
  --article-timeout S    in a worker thread, give up on an article after S seconds
                         (default 60); it is named, keeps its previous result,
                         and the others go on (exit code 1)
  --format F             table (default): the summary and the changes, each with its
                         sentence; json: the same as data (--json too)
  --quiet                the summary without the changes`,
  options: {
    ...dbOption,
    "reference-date": { type: "string" },
    full: { type: "boolean", default: false },
    workers: { type: "string" },
    "article-timeout": { type: "string" },
    quiet: { type: "boolean", default: false },
    ...FORMATS.options,
  },
  async run(ctx) {
    const format = FORMATS.pick(ctx);
    const timeoutS = intOpt(ctx, "article-timeout");
    if (timeoutS === 0) throw new UsageError("--article-timeout must be at least 1");
    const dbFile = stringOpt(ctx, "db")!;
    const referenceDate = isoDateOpt(ctx, "reference-date");
    // extract reruns stored articles: it never makes a database.
    if (dbFile !== ":memory:" && !existsSync(dbFile)) throw fail("E_NO_DB", `there is no database at ${dbFile}`);
    validateLexicons();
    const { openDatabase } = await import("../db/openDatabase.js");
    const { reextract } = await import("../pipeline/reextract.js");
    const { diffRuns, formatDiff } = await import("../runs/diffRuns.js");
    const { snapshotTotals } = await import("../stats/computeStats.js");
    const db = openDatabase(dbFile);
    try {
      const tty = Boolean(ctx.stderr.isTTY) && !ctx.values.quiet;
      const { run, previous, plan, failures } = await reextract(db, {
        referenceDate,
        full: Boolean(ctx.values.full),
        workers: intOpt(ctx, "workers"),
        articleTimeoutMs: timeoutS === undefined ? undefined : timeoutS * 1000,
        onProgress: (done, total) => tty && ctx.stderr.write(`\r${done}/${total} articles`),
      });
      if (tty) ctx.stderr.write("\r\x1b[K");
      const current = snapshotTotals(db, null);
      // A failed article keeps its previous result; the others were redone.
      for (const f of failures) ctx.stderr.write(`${f.article}: ${f.code}: ${f.reason}\n`);
      if (format === "json") {
        ctx.stdout.write(
          formatJson({
            run: run.id,
            previous: previous?.id ?? null,
            rules_version: run.rules_version,
            redone: run.articles,
            articles: plan.total,
            reasons: Object.fromEntries(plan.reasons),
            lexicon_changes: plan.lexiconChanges,
            reingest_needed: plan.reingest,
            events: current.events,
            tallies: current.tallies,
            failures,
            changes: diffRuns(db, previous?.id ?? null, run.id),
          }),
        );
        return failures.length ? 1 : 0;
      }
      const why = [...plan.reasons].map(([reason, n]) => `${n} because ${reason}`).join("; ");
      ctx.stdout.write(
        `extract: run ${run.id} (rules ${run.rules_version}${previous && previous.rules_version === run.rules_version ? ", unchanged" : ""}): ` +
          `redid ${run.articles} of ${plan.total} articles${why ? ` (${why})` : ""}; now ${current.events} events, ${current.tallies} tallies\n`,
      );
      for (const c of plan.lexiconChanges) ctx.stdout.write(`  ${c}\n`);
      if (plan.reingest > 0)
        ctx.stdout.write(
          `  re-ingest needed: ${plan.reingest} article(s) were cleaned, split or parsed by other text-stage code than this sitrep's; ` +
            `extract worked on their stored sentences — run \`sitrep ingest\` on their files again to remake them\n`,
        );
      if (!ctx.values.quiet) ctx.stdout.write(formatDiff(diffRuns(db, previous?.id ?? null, run.id)));
      return failures.length ? 1 : 0;
    } finally {
      db.close();
    }
  },
};

