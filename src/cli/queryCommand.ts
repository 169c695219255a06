/** `sitrep query`: events selected by filters, as a table, JSON or CSV. */
import { kindRegistry } from "../kinds.js";
import { fail } from "../errors.js";
import { WEAPON_CATEGORIES } from "../types.js";
import type { EventFilters } from "../query/eventFilters.js";
import { OUTPUT_FORMATS } from "../query/outputFormat.js";
import { csvOptionsOf, outputFormats, terminalWidth } from "./outputFormat.js";
import { dbOption, kindDatePlaceActorOptions, intOpt, isoDateOpt, requireRun, stringOpt, UsageError, type Command, type CommandContext } from "./command.js";

const FORMATS = outputFormats(OUTPUT_FORMATS, "table");

function oneOf(ctx: CommandContext, name: string, allowed: readonly string[]): string | undefined {
  const v = stringOpt(ctx, name);
  if (v !== undefined && !allowed.includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${v}"`);
  return v;
}

/**
 * A name filter, matched with LIKE: SQLite refuses a LIKE pattern over
 * 50,000 bytes (escaped, with its two `%`), so a longer value is a usage
 * error here rather than a failure inside the query.
 */
const MAX_NAME_FILTER = 1000;

function nameOpt(ctx: CommandContext, name: string): string | undefined {
  const v = stringOpt(ctx, name);
  if (v !== undefined && v.length > MAX_NAME_FILTER) throw new UsageError(`--${name} is ${v.length} characters long; give at most ${MAX_NAME_FILTER} (part of a name is enough)`);
  return v;
}

/** The filters given on the command line. */
export function filtersFrom(ctx: CommandContext): EventFilters {
  const filters: EventFilters = {
    kind: oneOf(ctx, "kind", kindRegistry().ids),
    from: isoDateOpt(ctx, "from"),
    to: isoDateOpt(ctx, "to"),
    country: nameOpt(ctx, "country"),
    place: nameOpt(ctx, "place"),
    actor: nameOpt(ctx, "actor"),
    weapon: oneOf(ctx, "weapon", WEAPON_CATEGORIES),
    minKilled: intOpt(ctx, "min-killed"),
    text: stringOpt(ctx, "text"),
    run: intOpt(ctx, "run") ?? null,
    article: stringOpt(ctx, "article"),
    incident: intOpt(ctx, "incident"),
    limit: intOpt(ctx, "limit"),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as EventFilters;
}

export const queryCommand: Command = {
  name: "query",
  usage: `sitrep query [filters] [${FORMATS.usage}] [--explain] [--db FILE]

  --kind K          a kind of lexicons/kinds.json (attack, strike)
  --from DATE       on or after DATE (YYYY-MM-DD); a date window counts when it overlaps
  --to DATE         on or before DATE
  --country NAME    one of the event's countries (any case): --country iraq
  --place TEXT      part of the place name (any case): --place asad
  --actor TEXT      part of the actor name (any case): --actor houthi
  --weapon W        ${WEAPON_CATEGORIES.join(", ")}
  --min-killed N    at least N killed
  --text WORDS      full-text search in the evidence sentences; every word must occur
                    (stemmed: drones = drone); "a phrase" in quotes, prefix*
  --article KEY     the events of one article (its key: file name without .txt, or the dump id)
  --incident ID     the reports of one incident (sitrep incidents lists them)
  --limit N         at most N events (the first N in date order)
  --run N           the events as of run N (default: the newest extraction of each article)
  --format F        table (default; field words marked in the sentence), json (--json too),
                    jsonl (one event a line), csv
  --csv-raw         CSV cells as stored (default: a cell starting with = + - @ gets a
                    leading ' so a spreadsheet does not run it as a formula)
  --explain         also print the SQL and its bound parameters (on standard error)`,
  options: {
    ...dbOption,
    ...FORMATS.options,
    ...kindDatePlaceActorOptions,
    weapon: { type: "string" },
    "min-killed": { type: "string" },
    text: { type: "string" },
    run: { type: "string" },
    article: { type: "string" },
    limit: { type: "string" },
    incident: { type: "string" },
    explain: { type: "boolean", default: false },
  },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { queryEvents } = await import("../query/queryEvents.js");
    const { formatEvents } = await import("../query/formatEvents.js");
    if (ctx.positionals.length) throw new UsageError(`query takes no positional arguments, got "${ctx.positionals[0]}" (filters are --options)`);
    const format = FORMATS.pick(ctx);
    const filters = filtersFrom(ctx);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      if (filters.run != null) requireRun(db, filters.run);
      if (filters.incident !== undefined) {
        const { getIncident } = await import("../incidents/readIncidents.js");
        if (!getIncident(db, filters.incident)) throw fail("E_NO_INCIDENT", `there is no incident ${filters.incident}`);
      }
      const { query, events } = queryEvents(db, filters);
      if (ctx.values.explain) ctx.stderr.write(`-- SQL\n${query.sql};\n-- parameters\n${JSON.stringify(query.params)}\n`);
      ctx.stdout.write(formatEvents(events, format, { width: terminalWidth(ctx.stdout), tty: Boolean(ctx.stdout.isTTY) }, csvOptionsOf(ctx)));
      return 0;
    } finally {
      db.close();
    }
  },
};
