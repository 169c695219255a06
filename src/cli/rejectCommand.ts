/** `sitrep reject EVENT`: an analyst rules an event out of every incident, with who and why. */
import { dbOption, stringOpt, UsageError, type Command } from "./command.js";
import { eventArg, whoOf, whoOptions } from "./incidentsCommand.js";

export const rejectCommand: Command = {
  name: "reject",
  usage: `sitrep reject EVENT [--by NAME] [--reason TEXT] [--db FILE]

  EVENT        the event's id, or its key ARTICLE#N (the N-th event of that article)
  --by NAME    who decided (default: $USER)
  --reason T   why`,
  options: { ...dbOption, ...whoOptions },
  async run(ctx) {
    const { existsSync } = await import("node:fs");
    const { fail } = await import("../errors.js");
    const dbFile = stringOpt(ctx, "db")!;
    if (ctx.positionals.length > 1) throw new UsageError("reject takes one event");
    if (dbFile !== ":memory:" && !existsSync(dbFile)) throw fail("E_NO_DB", `there is no database at ${dbFile}`);
    const { openDatabase } = await import("../db/openDatabase.js");
    const { rejectEvent } = await import("../incidents/decisions.js");
    const who = whoOf(ctx);
    const db = openDatabase(dbFile);
    try {
      const id = await eventArg(db, ctx.positionals[0], "reject");
      const sig = rejectEvent(db, id, who);
      ctx.stdout.write(`reject: event ${id} (${sig}) is in no incident from now on (by ${who.by}${who.reason ? `: ${who.reason}` : ""})\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
