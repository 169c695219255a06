/** `sitrep export`: the database's events as JSON (GUIDELINES §5 article objects) and other formats. */
import { createWriteStream } from "node:fs";
import { EXPORT_FORMATS, EXPORT_LEVELS } from "../export/formats.js";
import { csvOptionsOf, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(EXPORT_FORMATS, "json");

export const exportCommand: Command = {
  name: "export",
  usage: `sitrep export [${FORMATS.usage}] [--level event|incident] [--out FILE] [--run N] [--db FILE]

  --format F   json (default; --json too): one GUIDELINES §5 object per article, with sources
               jsonl: the same, one article per line
               csv: one row per event, geojson: events with a resolved place
               acled: one row per dated event in ACLED's columns (event_type, admin1, ...)
  --level L    event (default): as above; incident: one record per incident (its
               reports merged: best place, actor, weapons, killed/injured with their range,
               first/last report, reports and sources, retaliation links) in any format;
               acled: one ACLED row per incident, geojson: one feature per incident
  --csv-raw    csv, acled: cells as stored (default: a cell starting with = + - @,
               tab or CR gets a leading ' so a spreadsheet does not run it as a formula)
  --out FILE   write there instead of standard output
  --run N      the events as of run N (default: the newest)`,
  options: { ...dbOption, ...FORMATS.options, out: { type: "string" }, run: { type: "string" }, level: { type: "string", default: "event" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { readAnswers } = await import("../export/readAnswers.js");
    const { writeExport, writeIncidentExport } = await import("../export/writeExport.js");
    const format = FORMATS.pick(ctx);
    const level = stringOpt(ctx, "level")!;
    if (!(EXPORT_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--level must be one of ${EXPORT_LEVELS.join(", ")}, got "${level}"`);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const run = runOpt(ctx, db);
      const answers = readAnswers(db, { run });
      const outFile = stringOpt(ctx, "out");
      const out = outFile ? createWriteStream(outFile) : ctx.stdout;
      const write = (chunk: string): void => void out.write(chunk);
      if (level === "incident") {
        const { readIncidentRecords } = await import("../export/incidentRecords.js");
        const { loadLexicons } = await import("../lexicon/loadLexicons.js");
        const gazetteer = loadLexicons().gazetteer;
        writeIncidentExport(readIncidentRecords(db, answers, gazetteer, run), format, write, { csv: csvOptionsOf(ctx), gazetteer });
      } else writeExport(answers, format, write, { csv: csvOptionsOf(ctx) });
      if (outFile) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(err) : resolve())));
      return 0;
    } finally {
      db.close();
    }
  },
};
