/** `sitrep show EVENT_ID`: one event, every field beside the words it came from. */
import { fail } from "../errors.js";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, UsageError, type Command, type CommandContext } from "./command.js";
import type { Db } from "../db/openDatabase.js";

const FORMATS = outputFormats(["table", "json"], "table");

export const showCommand: Command = {
  name: "show",
  usage: `sitrep show EVENT [${FORMATS.usage}] [--run N] [--db FILE]
sitrep show --incident ID [${FORMATS.usage}] [--db FILE]

  EVENT        the event's id (the # column of sitrep query; events of older
               runs too), or its key ARTICLE#N: the N-th event of that article,
               which stays the same from one fresh ingest to the next
  --run N      with ARTICLE#N: the N-th event in run N (default: the article's newest run)
  --incident ID  one incident: its best values, conflicts, retaliation links, and every
               report with its sentence, side by side
  --format F   table (default), or json: sentences with each field's offsets and words (--json too)`,
  options: { ...dbOption, ...FORMATS.options, run: { type: "string" }, incident: { type: "string" } },
  async run(ctx) {
    if (ctx.values.incident !== undefined) return showIncident(ctx);
    const { openForReading } = await import("../db/openDatabase.js");
    const { eventIdByKey, loadEvent } = await import("../query/loadEvent.js");
    const { formatEventDetail } = await import("../query/formatEvent.js");
    const { eventJson } = await import("../query/formatEvents.js");
    const [id, ...more] = ctx.positionals;
    if (!id || more.length || !/^(#?\d+|.+#\d+)$/.test(id)) throw new UsageError("show needs one event id or key, e.g. sitrep show 12 or sitrep show 002_efa74c49af2ce7b0#1");
    const format = FORMATS.pick(ctx);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const run = runOpt(ctx, db);
      const byKey = !/^#?\d+$/.test(id);
      const eventId = byKey ? eventIdByKey(db, id, run) : Number(id.replace("#", ""));
      const detail = eventId === null ? null : loadEvent(db, eventId);
      if (!detail) throw fail("E_NO_EVENT", `there is no event ${id}${byKey && run !== null ? ` in run ${run}` : ""}`);
      const incident = await incidentOfShown(db, detail.event.id);
      ctx.stdout.write(
        format === "json"
          ? formatJson({ ...detail, event: eventJson(detail.event), incident: incident.id, retaliation: incident.links })
          : formatEventDetail(detail, Boolean(ctx.stdout.isTTY)) + incident.text,
      );
      return 0;
    } finally {
      db.close();
    }
  },
};

/** The incident of a shown event and its retaliation links, as a few lines for the table view. */
async function incidentOfShown(db: Db, eventId: number): Promise<{ id: number | null; links: unknown[]; text: string }> {
  const { incidentOfEvent, getIncident } = await import("../incidents/readIncidents.js");
  const { retaliationsOf } = await import("../incidents/retaliation.js");
  const { currentHierarchy } = await import("../incidents/link.js");
  const { retaliationText } = await import("../query/formatIncidents.js");
  const id = incidentOfEvent(db, eventId);
  const incident = id === null ? undefined : getIncident(db, id);
  if (!incident) return { id: null, links: [], text: "\nIncident: none (an umbrella, undated, rejected or older event)\n" };
  const links = retaliationsOf(db, currentHierarchy(), incident).filter((l) => l.direction === "answered-by" || l.eventId === eventId);
  const text =
    `\nIncident: #${incident.id}, ${incident.reports} report(s) from ${incident.sources} source(s) (sitrep show --incident ${incident.id})\n` +
    links.map((l) => `  ${retaliationText(l)}\n`).join("");
  return { id: incident.id, links, text };
}

async function showIncident(ctx: CommandContext): Promise<number> {
  const { openForReading } = await import("../db/openDatabase.js");
  const { getIncident, incidentReports } = await import("../incidents/readIncidents.js");
  const { retaliationsOf } = await import("../incidents/retaliation.js");
  const { currentHierarchy } = await import("../incidents/link.js");
  const { formatIncidentDetail } = await import("../query/formatIncidents.js");
  const { terminalWidth } = await import("./outputFormat.js");
  const arg = stringOpt(ctx, "incident")!;
  if (ctx.positionals.length) throw new UsageError("show --incident ID takes no event as well");
  if (!/^#?\d+$/.test(arg)) throw new UsageError(`--incident must be an incident id (a number), got "${arg}"`);
  const format = FORMATS.pick(ctx);
  const db = openForReading(stringOpt(ctx, "db")!);
  try {
    const incident = getIncident(db, Number(arg.replace("#", "")));
    if (!incident) throw fail("E_NO_INCIDENT", `there is no incident ${arg}`);
    const reports = incidentReports(db, incident.id);
    const links = retaliationsOf(db, currentHierarchy(), incident);
    ctx.stdout.write(
      format === "json"
        ? formatJson({ ...incident, reports: reports, retaliation: links })
        : formatIncidentDetail(incident, reports, links, terminalWidth(ctx.stdout), Boolean(ctx.stdout.isTTY)),
    );
    return 0;
  } finally {
    db.close();
  }
}
