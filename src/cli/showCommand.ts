/** `sitrep show EVENT_ID`: one event, every field beside the words it came from. */
import { SitrepError } from "../errors.js";
import { dbOption, stringOpt, UsageError, type Command } from "./command.js";

export const showCommand: Command = {
  name: "show",
  summary: "show one event: each field with its words marked in the sentence, the article and the run",
  usage: `sitrep show EVENT_ID [--json] [--db FILE]

  EVENT_ID   the event's id (the # column of sitrep query); events of older runs too
  --json     print it as JSON (sentences with each field's offsets and words)`,
  options: { ...dbOption, json: { type: "boolean", default: false } },
  async run(ctx) {
    const { openDatabase } = await import("../db/openDatabase.js");
    const { loadEvent } = await import("../query/loadEvent.js");
    const { formatEventDetail } = await import("../query/formatEvent.js");
    const { eventJson } = await import("../query/formatEvents.js");
    const [id, ...more] = ctx.positionals;
    if (!id || more.length || !/^#?\d+$/.test(id)) throw new UsageError("show needs one event id, e.g. sitrep show 12");
    const db = openDatabase(stringOpt(ctx, "db")!);
    try {
      const detail = loadEvent(db, Number(id.replace("#", "")));
      if (!detail) throw new SitrepError("E_NO_EVENT", `there is no event ${id} (see sitrep query for the ids)`);
      ctx.stdout.write(
        ctx.values.json
          ? JSON.stringify({ ...detail, event: eventJson(detail.event) }, null, 2) + "\n"
          : formatEventDetail(detail, Boolean(ctx.stdout.isTTY)),
      );
      return 0;
    } finally {
      db.close();
    }
  },
};
