/** `sitrep stats`: counts by kind, country, actor and month; quiet articles; lexicon misses. */
import { OUTPUT_FORMATS } from "../query/outputFormat.js";
import { csvOptionsOf, outputFormats, terminalWidth } from "./outputFormat.js";
import { dbOption, intOpt, runOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(OUTPUT_FORMATS, "table");

export const statsCommand: Command = {
  name: "stats",
  usage: `sitrep stats [${FORMATS.usage}] [--top N] [--run N] [--db FILE]

  Lexicon misses are capitalised names in the sentences (compromise's name
  spans) that no place, actor or weapon lexicon row resolved: candidates for
  lexicons/gazetteer.json or lexicons/actors.json. Places not in the
  gazetteer are places found by their wording ("the X air base", "X
  governorate", "near the town of X"), with the events that took them as
  their place: add them, with coordinates, to lexicons/gazetteer.json.
  --format F   table (default), json (--json too), csv or jsonl (one flat table: section,
               value, count, detail; jsonl one row a line)
  --csv-raw    CSV cells as stored (default: a cell starting with = + - @ gets a leading ')
  --top N      at most N rows for countries, actors, quiet articles, misses and unknown places (default 25)
  --run N      as of run N (default: the newest extraction of each article)`,
  options: { ...dbOption, ...FORMATS.options, top: { type: "string" }, run: { type: "string" } },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { computeStats } = await import("../stats/computeStats.js");
    const { lexiconMisses } = await import("../stats/lexiconMisses.js");
    const { unknownPlaces } = await import("../stats/unknownPlaces.js");
    const { formatStats } = await import("../stats/formatStats.js");
    if (ctx.positionals.length) throw new UsageError(`stats takes no positional arguments, got "${ctx.positionals[0]}"`);
    const format = FORMATS.pick(ctx);
    const top = intOpt(ctx, "top") ?? 25;
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const run = runOpt(ctx, db);
      const stats = { run, ...computeStats(db, run), lexicon_misses: lexiconMisses(db, run), unknown_places: unknownPlaces(db, run) };
      ctx.stdout.write(formatStats(stats, format, top, terminalWidth(ctx.stdout), Boolean(ctx.stdout.isTTY), csvOptionsOf(ctx)));
      return 0;
    } finally {
      db.close();
    }
  },
};
