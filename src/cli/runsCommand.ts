/** `sitrep runs` and `sitrep diff A B`: the run log and the comparison of two runs. */
import type { RunRow } from "../db/runs.js";
import { csvOptionsOf, formatJson, formatRecords, outputFormats } from "./outputFormat.js";
import { dbOption, requireRun, stringOpt, UsageError, type Command } from "./command.js";

const RUNS_FORMATS = outputFormats(["table", "json", "jsonl", "csv"], "table");
const DIFF_FORMATS = outputFormats(["table", "json"], "table");

export const runsCommand: Command = {
  name: "runs",
  usage: `sitrep runs [${RUNS_FORMATS.usage}] [--db FILE]

  --format F   table (default), json (--json too), jsonl (one run a line), csv
  --csv-raw    CSV cells as stored (default: a cell starting with = + - @ gets a leading ')`,
  options: { ...dbOption, ...RUNS_FORMATS.options },
  async run(ctx) {
    const format = RUNS_FORMATS.pick(ctx);
    const { openForReading } = await import("../db/openDatabase.js");
    const { listRuns } = await import("../db/runs.js");
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      const runs = listRuns(db);
      ctx.stdout.write(format === "table" ? runsTable(runs) : formatRecords(runs, format, RUN_COLUMNS, csvOptionsOf(ctx)));
      return 0;
    } finally {
      db.close();
    }
  },
};

const RUN_COLUMNS = [
  "id", "command", "started_at", "finished_at", "rules_version", "reference_date", "articles", "events", "tallies", "failures",
  "code_version", "dates_version", "lexicon_hash",
] as const satisfies ReadonlyArray<keyof RunRow>;

function runsTable(runs: RunRow[]): string {
  let out = "run  command  started (UTC)         rules         reference   articles  events  tallies  failures\n";
  for (const r of runs)
    out +=
      `${String(r.id).padEnd(4)} ${r.command.padEnd(8)} ${r.started_at.slice(0, 19).replace("T", " ")}   ${r.rules_version}  ${r.reference_date ?? "-"}  ` +
      `${String(r.articles).padStart(8)}  ${String(r.events).padStart(6)}  ${String(r.tallies).padStart(7)}  ${String(r.failures).padStart(8)}` +
      // A run killed mid-way keeps its row without an end time; its articles are whole.
      `${r.finished_at ? "" : "  (unfinished: interrupted or still running)"}\n`;
  return out;
}

export const diffCommand: Command = {
  name: "diff",
  usage: `sitrep diff RUN_A RUN_B [${DIFF_FORMATS.usage}] [--db FILE]

  --format F   table (default): each change with its sentence; json: the same as data (--json too)`,
  options: { ...dbOption, ...DIFF_FORMATS.options },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { diffRuns, formatDiff } = await import("../runs/diffRuns.js");
    const [a, b] = ctx.positionals;
    if (!a || !b || ctx.positionals.length !== 2 || !/^\d+$/.test(a) || !/^\d+$/.test(b)) throw new UsageError("diff needs two run numbers, e.g. sitrep diff 1 2");
    const format = DIFF_FORMATS.pick(ctx);
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      for (const id of [a, b]) requireRun(db, Number(id));
      const diff = diffRuns(db, Number(a), Number(b));
      ctx.stdout.write(format === "json" ? formatJson(diff) : formatDiff(diff));
      return 0;
    } finally {
      db.close();
    }
  },
};
