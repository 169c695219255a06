/** `sitrep extract`: rerun the rules over stored sentences after a rule or lexicon change. */
import { openDatabase } from "../db/openDatabase.js";
import { reextract } from "../pipeline/reextract.js";
import { diffRuns, formatDiff } from "../runs/diffRuns.js";
import { dbOption, isoDateOpt, stringOpt, type Command } from "./command.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "rerun the rules over the stored sentences (no re-parsing) and show what changed",
  usage: `sitrep extract [--db FILE] [--reference-date YYYY-MM-DD] [--quiet]

  Records a new run and prints the events added, removed and changed
  against the previous run, each with its sentence.
  --reference-date DATE  default: the one the previous run used`,
  options: { ...dbOption, "reference-date": { type: "string" }, quiet: { type: "boolean", default: false } },
  async run(ctx) {
    const db = openDatabase(stringOpt(ctx, "db")!);
    try {
      const tty = Boolean(ctx.stderr.isTTY) && !ctx.values.quiet;
      const { run, previous } = reextract(db, {
        referenceDate: isoDateOpt(ctx, "reference-date"),
        onProgress: (done, total) => tty && ctx.stderr.write(`\r${done}/${total} articles`),
      });
      if (tty) ctx.stderr.write("\r\x1b[K");
      ctx.stdout.write(
        `extract: run ${run.id} (rules ${run.rules_version}${previous && previous.rules_version === run.rules_version ? ", unchanged" : ""}): ` +
          `${run.articles} articles, ${run.events} events, ${run.tallies} tallies\n`,
      );
      if (!ctx.values.quiet) ctx.stdout.write(formatDiff(diffRuns(db, previous?.id ?? null, run.id)));
      return 0;
    } finally {
      db.close();
    }
  },
};
