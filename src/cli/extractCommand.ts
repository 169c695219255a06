/** `sitrep extract`: rerun the rules over stored sentences after a rule or lexicon change. */
import { validateLexicons } from "../pipeline/validateLexicons.js";
import { fail } from "../errors.js";
import { existsSync } from "node:fs";
import { dbOption, intOpt, isoDateOpt, stringOpt, type Command } from "./command.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "rerun the rules over the stored sentences (no re-parsing) and show what changed",
  usage: `sitrep extract [--db FILE] [--reference-date YYYY-MM-DD] [--full] [--quiet]

  Records a new run and prints the events added, removed and changed
  against the previous run, each with its sentence. Only the articles a
  change can affect are redone: all of them after a code change, a new
  reference date or a cue-word change; after a gazetteer, actor or weapon
  edit, those where an edited entry's old or new names occur.
  --reference-date DATE  default: the one the previous run used
  --full                 redo every article
  --workers N            worker threads for large runs (default: one per core; 0: none)`,
  options: {
    ...dbOption,
    "reference-date": { type: "string" },
    full: { type: "boolean", default: false },
    workers: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
  async run(ctx) {
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
      const { run, previous, plan } = await reextract(db, {
        referenceDate,
        full: Boolean(ctx.values.full),
        workers: intOpt(ctx, "workers"),
        onProgress: (done, total) => tty && ctx.stderr.write(`\r${done}/${total} articles`),
      });
      if (tty) ctx.stderr.write("\r\x1b[K");
      const current = snapshotTotals(db, null);
      const why = [...plan.reasons].map(([reason, n]) => `${n} because ${reason}`).join("; ");
      ctx.stdout.write(
        `extract: run ${run.id} (rules ${run.rules_version}${previous && previous.rules_version === run.rules_version ? ", unchanged" : ""}): ` +
          `redid ${run.articles} of ${plan.total} articles${why ? ` (${why})` : ""}; now ${current.events} events, ${current.tallies} tallies\n`,
      );
      for (const c of plan.lexiconChanges) ctx.stdout.write(`  ${c}\n`);
      if (!ctx.values.quiet) ctx.stdout.write(formatDiff(diffRuns(db, previous?.id ?? null, run.id)));
      return 0;
    } finally {
      db.close();
    }
  },
};

