/** `sitrep eval --gold DIR`: scores the database against gold files (SCORING.md). */
import { fail } from "../errors.js";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dbOption, formatOpt, formatOptions, runOpt, stringOpt, UsageError, type Command } from "./command.js";

export const evalCommand: Command = {
  name: "eval",
  summary: "score the extracted events against a folder of gold answers",
  usage: `sitrep eval --gold DIR [--db FILE] [--incidents FILE] [--run N] [--format table|json]

  --gold DIR   folder of gold .json files (GUIDELINES §5), one per article
  --incidents FILE  gold incidents (GUIDELINES §6, incidents.json): adds incident P/R/F1
  --run N      score the events as of run N (default: the newest)
  --format F   table (default): the metrics and every miss; json: the report as JSON (--json too)`,
  options: { ...dbOption, ...formatOptions(), gold: { type: "string" }, incidents: { type: "string" }, run: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { loadGoldDir } = await import("../eval/loadAnswers.js");
    const { scoreCorpus } = await import("../eval/score.js");
    const { formatReport } = await import("../eval/formatReport.js");
    const goldDir = stringOpt(ctx, "gold");
    if (!goldDir) throw new UsageError("eval needs --gold DIR");
    const format = formatOpt(ctx, ["table", "json"] as const, "table");
    if (!existsSync(goldDir)) throw fail("E_NO_GOLD", `there is no folder ${goldDir}`);
    if (!statSync(goldDir).isDirectory()) throw fail("E_NO_GOLD", `${goldDir} is a file; --gold wants the folder of gold .json files`);
    if (!readdirSync(goldDir).some((f) => f.endsWith(".json"))) throw fail("E_NO_GOLD", `${goldDir} holds no .json gold files`);
    const gold = loadGoldDir(goldDir);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const output = readAnswers(db, { run: runOpt(ctx, db) });
      const report = scoreCorpus(gold, output);
      const incidentsFile = stringOpt(ctx, "incidents");
      if (incidentsFile) {
        const { loadIncidentGold, scoreIncidents } = await import("../eval/incidents.js");
        report.incidents = scoreIncidents(report.pairDetails, output, loadIncidentGold(incidentsFile));
      }
      ctx.stdout.write(format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
      return 0;
    } finally {
      db.close();
    }
  },
};
