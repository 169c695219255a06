/** `sitrep runs` and `sitrep diff A B`: the run log and the comparison of two runs. */
import { SitrepError } from "../errors.js";
import { dbOption, stringOpt, UsageError, type Command } from "./command.js";

export const runsCommand: Command = {
  name: "runs",
  summary: "list the runs: when, which command, rules version, reference date, counts",
  usage: `sitrep runs [--db FILE] [--json]`,
  options: { ...dbOption, json: { type: "boolean", default: false } },
  async run(ctx) {
    const { openDatabase } = await import("../db/openDatabase.js");
    const { listRuns } = await import("../db/runs.js");
    const db = openDatabase(stringOpt(ctx, "db")!);
    try {
      const runs = listRuns(db);
      if (ctx.values.json) {
        ctx.stdout.write(JSON.stringify(runs, null, 2) + "\n");
        return 0;
      }
      ctx.stdout.write("run  command  started (UTC)         rules         reference   articles  events  tallies  failures\n");
      for (const r of runs)
        ctx.stdout.write(
          `${String(r.id).padEnd(4)} ${r.command.padEnd(8)} ${r.started_at.slice(0, 19).replace("T", " ")}   ${r.rules_version}  ${r.reference_date ?? "-"}  ` +
            `${String(r.articles).padStart(8)}  ${String(r.events).padStart(6)}  ${String(r.tallies).padStart(7)}  ${String(r.failures).padStart(8)}` +
            // A run killed mid-way keeps its row without an end time; its articles are whole.
            `${r.finished_at ? "" : "  (unfinished: interrupted or still running)"}\n`,
        );
      return 0;
    } finally {
      db.close();
    }
  },
};

export const diffCommand: Command = {
  name: "diff",
  summary: "compare the events as of two runs: added, removed, changed field by field",
  usage: `sitrep diff RUN_A RUN_B [--db FILE]`,
  options: { ...dbOption },
  async run(ctx) {
    const { openDatabase } = await import("../db/openDatabase.js");
    const { getRun } = await import("../db/runs.js");
    const { diffRuns, formatDiff } = await import("../runs/diffRuns.js");
    const [a, b] = ctx.positionals;
    if (!a || !b || ctx.positionals.length !== 2 || !/^\d+$/.test(a) || !/^\d+$/.test(b)) throw new UsageError("diff needs two run numbers, e.g. sitrep diff 1 2");
    const db = openDatabase(stringOpt(ctx, "db")!);
    try {
      for (const id of [a, b]) if (!getRun(db, Number(id))) throw new SitrepError("E_NO_RUN", `there is no run ${id} (see sitrep runs)`);
      ctx.stdout.write(formatDiff(diffRuns(db, Number(a), Number(b))));
      return 0;
    } finally {
      db.close();
    }
  },
};
