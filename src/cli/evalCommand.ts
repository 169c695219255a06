/** `sitrep eval --gold DIR`: scores the database against gold files (SCORING.md). */
import { fail } from "../errors.js";
import { existsSync, readdirSync, statSync } from "node:fs";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(["table", "json"], "table");

/** `--only 'r-*,e-*'`: shell-style patterns of article keys, comma-separated. */
function keyFilter(patterns: string): (key: string) => boolean {
  const res = patterns
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`));
  if (!res.length) throw new UsageError("--only needs one or more key patterns, e.g. --only 'r-*,e-*'");
  return (key) => res.some((re) => re.test(key));
}

export const evalCommand: Command = {
  name: "eval",
  usage: `sitrep eval --gold DIR [--db FILE] [--only PATTERNS] [--incidents FILE] [--run N] [${FORMATS.usage}]

  --gold DIR        folder of gold .json files (GUIDELINES §5), one per article
  --only PATTERNS   score only the articles whose key matches ('r-*,e-*': * any text, ? one character)
  --incidents FILE  gold incidents (GUIDELINES §6, incidents.json): adds incident P/R/F1
  --run N           score the events as of run N (default: the newest)
  --format F        table (default): the metrics and every miss; json: the report as JSON (--json too)`,
  options: { ...dbOption, ...FORMATS.options, gold: { type: "string" }, only: { type: "string" }, incidents: { type: "string" }, run: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { loadGoldDir } = await import("../eval/loadAnswers.js");
    const { scoreCorpus } = await import("../eval/score.js");
    const { formatReport } = await import("../eval/formatReport.js");
    const goldDir = stringOpt(ctx, "gold");
    if (!goldDir) throw new UsageError("eval needs --gold DIR");
    const format = FORMATS.pick(ctx);
    const only = stringOpt(ctx, "only");
    const wanted = only === undefined ? () => true : keyFilter(only);
    if (!existsSync(goldDir)) throw fail("E_NO_GOLD", `there is no folder ${goldDir}`);
    if (!statSync(goldDir).isDirectory()) throw fail("E_NO_GOLD", `${goldDir} is a file; --gold wants the folder of gold .json files`);
    if (!readdirSync(goldDir).some((f) => f.endsWith(".json"))) throw fail("E_NO_GOLD", `${goldDir} holds no .json gold files`);
    const gold = loadGoldDir(goldDir).filter((a) => wanted(a.article));
    if (!gold.length) throw fail("E_NO_GOLD", `no gold file in ${goldDir} has a key matching --only ${only}`);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const output = readAnswers(db, { run: runOpt(ctx, db) }).filter((a) => wanted(a.article));
      const report = scoreCorpus(gold, output);
      const incidentsFile = stringOpt(ctx, "incidents");
      if (incidentsFile) {
        const { loadIncidentGold, scoreIncidents } = await import("../eval/incidents.js");
        report.incidents = scoreIncidents(report.pairDetails, output, loadIncidentGold(incidentsFile));
      }
      ctx.stdout.write(format === "json" ? formatJson(report) : formatReport(report));
      return 0;
    } finally {
      db.close();
    }
  },
};
