/** `sitrep show EVENT_ID`: one event, every field beside the words it came from. */
import { fail } from "../errors.js";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, runOpt, stringOpt, UsageError, type Command } from "./command.js";

const FORMATS = outputFormats(["table", "json"], "table");

export const showCommand: Command = {
  name: "show",
  usage: `sitrep show EVENT [${FORMATS.usage}] [--run N] [--db FILE]

  EVENT        the event's id (the # column of sitrep query; events of older
               runs too), or its key ARTICLE#N: the N-th event of that article,
               which stays the same from one fresh ingest to the next
  --run N      with ARTICLE#N: the N-th event in run N (default: the article's newest run)
  --format F   table (default), or json: sentences with each field's offsets and words (--json too)`,
  options: { ...dbOption, ...FORMATS.options, run: { type: "string" } },
  async run(ctx) {
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
      ctx.stdout.write(
        format === "json" ? formatJson({ ...detail, event: eventJson(detail.event) }) : formatEventDetail(detail, Boolean(ctx.stdout.isTTY)),
      );
      return 0;
    } finally {
      db.close();
    }
  },
};
