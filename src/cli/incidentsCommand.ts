/**
 * `sitrep incidents`: the incidents (one real action, many reports) with
 * filters, their conflicts, and the analyst's merge and split.
 */
import { kindRegistry } from "../kinds.js";
import { csvOptionsOf, outputFormats, terminalWidth } from "./outputFormat.js";
import { dbOption, kindDatePlaceActorOptions, isoDateOpt, runOpt, stringOpt, UsageError, type Command, type CommandContext } from "./command.js";

const FORMATS = outputFormats(["table", "json", "jsonl", "csv"], "table");

export function whoOf(ctx: CommandContext): { by: string; reason: string | null } {
  const by = stringOpt(ctx, "by") ?? process.env.USER ?? process.env.USERNAME ?? "unknown";
  if (!by.trim()) throw new UsageError("--by must name someone");
  return { by, reason: stringOpt(ctx, "reason") ?? null };
}

export const whoOptions = { by: { type: "string" }, reason: { type: "string" } } as const;

/** An event named by id or by ARTICLE#N (the N-th event of the article's newest extraction). */
export async function eventArg(db: import("../db/openDatabase.js").Db, arg: string | undefined, what: string): Promise<number> {
  const { eventIdByKey } = await import("../query/loadEvent.js");
  const { fail } = await import("../errors.js");
  if (!arg || !/^(#?\d+|.+#\d+)$/.test(arg)) throw new UsageError(`${what} needs one event id or key ARTICLE#N`);
  const id = /^#?\d+$/.test(arg) ? Number(arg.replace("#", "")) : eventIdByKey(db, arg, null);
  if (id === null || !db.prepare("SELECT 1 FROM events WHERE id = ?").get(id)) throw fail("E_NO_EVENT", `there is no event ${arg}`);
  return id;
}

export const incidentsCommand: Command = {
  name: "incidents",
  usage: `sitrep incidents [filters] [--conflicts] [${FORMATS.usage}] [--db FILE]
sitrep incidents --merge A B [--by NAME] [--reason TEXT]
sitrep incidents --split EVENT [--by NAME] [--reason TEXT]

  --kind K          a kind of lexicons/kinds.json (attack, strike)
  --from DATE       incidents on or after DATE (YYYY-MM-DD)
  --to DATE         on or before DATE
  --country NAME    the incident's country (any case)
  --place TEXT      part of the place name (any case)
  --actor TEXT      part of the actor name (any case)
  --run N           the incidents as of run N (default: now)
  --conflicts       only incidents whose reports differ (injured 3 against 4, weapons,
                    the group blamed), each value with the articles that give it
  --format F        table (default), json (--json too), jsonl, csv; --csv-raw writes CSV cells as stored
  --merge A B       join incidents A and B (kept through later ingests and extracts)
  --split EVENT     take an event (id or ARTICLE#N) out of its incident: it stays alone
  --by NAME         who decided (default: $USER); --reason TEXT: why`,
  options: {
    ...dbOption,
    ...FORMATS.options,
    ...kindDatePlaceActorOptions,
    conflicts: { type: "boolean", default: false },
    run: { type: "string" },
    merge: { type: "boolean", default: false },
    split: { type: "string" },
    ...whoOptions,
  },
  async run(ctx) {
    const dbFile = stringOpt(ctx, "db")!;
    if (ctx.values.merge || ctx.values.split !== undefined) return decide(ctx, dbFile);
    if (ctx.positionals.length) throw new UsageError(`incidents takes no positional arguments, got "${ctx.positionals[0]}" (filters are --options)`);
    if (ctx.values.by !== undefined || ctx.values.reason !== undefined) throw new UsageError("--by and --reason go with --merge or --split");
    const { openForReading } = await import("../db/openDatabase.js");
    const { listIncidents, incidentsAsOf } = await import("../incidents/readIncidents.js");
    const { formatIncidents } = await import("../query/formatIncidents.js");
    const format = FORMATS.pick(ctx);
    const kind = stringOpt(ctx, "kind");
    if (kind !== undefined && !kindRegistry().ids.includes(kind)) throw new UsageError(`--kind must be one of ${kindRegistry().ids.join(", ")}, got "${kind}"`);
    const filters = {
      kind,
      from: isoDateOpt(ctx, "from"),
      to: isoDateOpt(ctx, "to"),
      country: stringOpt(ctx, "country"),
      place: stringOpt(ctx, "place"),
      actor: stringOpt(ctx, "actor"),
      conflicts: ctx.values.conflicts === true,
    };
    const db = openForReading(dbFile);
    try {
      const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
      const run = runOpt(ctx, db);
      const rows = run === null ? listIncidents(db, given) : incidentsAsOf(db, run, (await import("../incidents/link.js")).currentHierarchy(), given);
      ctx.stdout.write(formatIncidents(rows, format, { width: terminalWidth(ctx.stdout), tty: Boolean(ctx.stdout.isTTY), conflicts: filters.conflicts }, csvOptionsOf(ctx)));
      return 0;
    } finally {
      db.close();
    }
  },
};

async function decide(ctx: CommandContext, dbFile: string): Promise<number> {
  const { existsSync } = await import("node:fs");
  const { fail } = await import("../errors.js");
  if (dbFile !== ":memory:" && !existsSync(dbFile)) throw fail("E_NO_DB", `there is no database at ${dbFile}`);
  const { openDatabase } = await import("../db/openDatabase.js");
  const { mergeIncidents, splitEvent } = await import("../incidents/decisions.js");
  const who = whoOf(ctx);
  const db = openDatabase(dbFile);
  try {
    if (ctx.values.merge) {
      if (ctx.values.split !== undefined) throw new UsageError("give --merge or --split, not both");
      const ids = ctx.positionals.map((p) => (/^#?\d+$/.test(p) ? Number(p.replace("#", "")) : NaN));
      if (ids.length !== 2 || ids.some((x) => Number.isNaN(x))) throw new UsageError("--merge needs two incident ids: sitrep incidents --merge 12 15");
      const id = mergeIncidents(db, ids[0]!, ids[1]!, who);
      ctx.stdout.write(`incidents: merged ${ids[0]} and ${ids[1]} into incident ${id} (by ${who.by}${who.reason ? `: ${who.reason}` : ""})\n`);
    } else {
      if (ctx.positionals.length) throw new UsageError(`--split takes one event, got also "${ctx.positionals[0]}"`);
      const eventId = await eventArg(db, stringOpt(ctx, "split"), "--split");
      const id = splitEvent(db, eventId, who);
      ctx.stdout.write(`incidents: event ${eventId} split out; it is now incident ${id} (by ${who.by}${who.reason ? `: ${who.reason}` : ""})\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
