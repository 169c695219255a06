/** `sitrep eval --gold DIR`: scores the database against gold files (SCORING.md). */
import { fail } from "../errors.js";
import { existsSync, readdirSync, statSync } from "node:fs";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(["table", "json"], "table");

export const evalCommand: Command = {
  name: "eval",
  usage: `sitrep eval --gold DIR [--db FILE] [--run N] [${FORMATS.usage}]

  --gold DIR   folder of gold .json files (GUIDELINES §5), one per article
  --run N      score the events as of run N (default: the newest)
  --format F   table (default): the metrics and every miss; json: the report as JSON (--json too)`,
  options: { ...dbOption, ...FORMATS.options, gold: { type: "string" }, run: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { loadGoldDir } = await import("../eval/loadAnswers.js");
    const { scoreCorpus } = await import("../eval/score.js");
    const { formatReport } = await import("../eval/formatReport.js");
    const goldDir = stringOpt(ctx, "gold");
    if (!goldDir) throw new UsageError("eval needs --gold DIR");
    const format = FORMATS.pick(ctx);
    if (!existsSync(goldDir)) throw fail("E_NO_GOLD", `there is no folder ${goldDir}`);
    if (!statSync(goldDir).isDirectory()) throw fail("E_NO_GOLD", `${goldDir} is a file; --gold wants the folder of gold .json files`);
    if (!readdirSync(goldDir).some((f) => f.endsWith(".json"))) throw fail("E_NO_GOLD", `${goldDir} holds no .json gold files`);
    const gold = loadGoldDir(goldDir);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const output = readAnswers(db, { run: runOpt(ctx, db) });
      const report = scoreCorpus(gold, output);
      ctx.stdout.write(format === "json" ? formatJson(report) : formatReport(report));
      return 0;
    } finally {
      db.close();
    }
  },
};
