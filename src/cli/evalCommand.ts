/** `sitrep eval --gold DIR`: scores the database against gold files (SCORING.md). */
import { dbOption, intOpt, stringOpt, UsageError, type Command } from "./command.js";

export const evalCommand: Command = {
  name: "eval",
  summary: "score the extracted events against a folder of gold answers",
  usage: `sitrep eval --gold DIR [--db FILE] [--run N] [--json]

  --gold DIR   folder of gold .json files (GUIDELINES §5), one per article
  --run N      score the events as of run N (default: the newest)
  --json       print the report as JSON`,
  options: { ...dbOption, gold: { type: "string" }, run: { type: "string" }, json: { type: "boolean", default: false } },
  async run(ctx) {
    const { openDatabase } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { loadGoldDir } = await import("../eval/loadAnswers.js");
    const { scoreCorpus } = await import("../eval/score.js");
    const { formatReport } = await import("../eval/formatReport.js");
    const goldDir = stringOpt(ctx, "gold");
    if (!goldDir) throw new UsageError("eval needs --gold DIR");
    const gold = loadGoldDir(goldDir);
    const db = openDatabase(stringOpt(ctx, "db")!);
    try {
      const output = readAnswers(db, { run: intOpt(ctx, "run") ?? null });
      const report = scoreCorpus(gold, output);
      ctx.stdout.write(ctx.values.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
      return 0;
    } finally {
      db.close();
    }
  },
};
