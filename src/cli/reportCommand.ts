/** `sitrep report --out FILE`: one self-contained HTML page of the events. */
import { writeFileSync } from "node:fs";
import { dbOption, runOpt, stringOpt, UsageError, type Command } from "./command.js";

export const reportCommand: Command = {
  name: "report",
  usage: `sitrep report --out FILE.html [--run N] [--title TEXT] [--db FILE]

  The page needs no network: charts (uPlot), map code (d3-geo), country
  outlines (world-atlas) and the data are inside the file.
  --out FILE     the HTML file to write
  --run N        the events and incidents as of run N (default: the newest extraction of each article)
  --title TEXT   the page's heading (default "sitrep: attacks and strikes")`,
  options: { ...dbOption, out: { type: "string" }, run: { type: "string" }, title: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { reportData } = await import("../report/reportData.js");
    const { renderReport } = await import("../report/renderReport.js");
    const out = stringOpt(ctx, "out");
    if (!out) throw new UsageError("report needs --out FILE.html");
    const dbFile = stringOpt(ctx, "db")!;
    const db = openForReading(dbFile);
    try {
      const data = reportData(db, { run: runOpt(ctx, db), database: dbFile, title: stringOpt(ctx, "title") });
      writeFileSync(out, renderReport(data));
      ctx.stdout.write(`report: ${out} (${data.incidents.length} incidents from ${data.events.length} events, ${data.tallies.length} tallies from ${data.articles} articles)\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
