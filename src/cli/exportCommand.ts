/** `sitrep export`: the database's events as JSON (GUIDELINES §5 article objects) and other formats. */
import { createWriteStream } from "node:fs";
import { EXPORT_FORMATS } from "../export/formats.js";
import { csvOptionsOf, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, type Command } from "./command.js";

const FORMATS = outputFormats(EXPORT_FORMATS, "json");

export const exportCommand: Command = {
  name: "export",
  usage: `sitrep export [${FORMATS.usage}] [--out FILE] [--run N] [--db FILE]

  --format F   json (default; --json too): one GUIDELINES §5 object per article, with sources
               jsonl: the same, one article per line
               csv: one row per event, geojson: events with a resolved place
               acled: one row per dated event in ACLED's columns (event_type, admin1, ...)
  --csv-raw    csv, acled: cells as stored (default: a cell starting with = + - @,
               tab or CR gets a leading ' so a spreadsheet does not run it as a formula)
  --out FILE   write there instead of standard output
  --run N      the events as of run N (default: the newest)`,
  options: { ...dbOption, ...FORMATS.options, out: { type: "string" }, run: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { writeExport } = await import("../export/writeExport.js");
    const format = FORMATS.pick(ctx);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const answers = readAnswers(db, { run: runOpt(ctx, db) });
      const outFile = stringOpt(ctx, "out");
      const out = outFile ? createWriteStream(outFile) : ctx.stdout;
      writeExport(answers, format, (chunk) => out.write(chunk), { csv: csvOptionsOf(ctx) });
      if (outFile) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(err) : resolve())));
      return 0;
    } finally {
      db.close();
    }
  },
};
