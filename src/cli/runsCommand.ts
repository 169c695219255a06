/** `sitrep runs` and `sitrep diff A B`: the run log and the comparison of two runs. */
import type { RunRow } from "../db/runs.js";
import { toCsv } from "../export/csv.js";
import { dbOption, formatOpt, formatOptions, requireRun, stringOpt, UsageError, type Command } from "./command.js";

export const runsCommand: Command = {
  name: "runs",
  summary: "list the runs: when, which command, rules version, reference date, counts",
  usage: `sitrep runs [--format table|json|jsonl|csv] [--db FILE]

  --format F   table (default), json (--json too), jsonl (one run a line), csv`,
  options: { ...dbOption, ...formatOptions() },
  async run(ctx) {
    const format = formatOpt(ctx, ["table", "json", "jsonl", "csv"] as const, "table");
    const { openForReading } = await import("../db/openDatabase.js");
    const { listRuns } = await import("../db/runs.js");
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      ctx.stdout.write(formatRuns(listRuns(db), format));
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

function formatRuns(runs: RunRow[], format: "table" | "json" | "jsonl" | "csv"): string {
  if (format === "json") return JSON.stringify(runs, null, 2) + "\n";
  if (format === "jsonl") return runs.map((r) => JSON.stringify(r) + "\n").join("");
  if (format === "csv") return toCsv(RUN_COLUMNS, runs);
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
  summary: "compare the events as of two runs: added, removed, changed field by field",
  usage: `sitrep diff RUN_A RUN_B [--format table|json] [--db FILE]

  --format F   table (default): each change with its sentence; json: the same as data (--json too)`,
  options: { ...dbOption, ...formatOptions() },
  async run(ctx) {
    const { openForReading } = await import("../db/openDatabase.js");
    const { diffRuns, formatDiff } = await import("../runs/diffRuns.js");
    const [a, b] = ctx.positionals;
    if (!a || !b || ctx.positionals.length !== 2 || !/^\d+$/.test(a) || !/^\d+$/.test(b)) throw new UsageError("diff needs two run numbers, e.g. sitrep diff 1 2");
    const format = formatOpt(ctx, ["table", "json"] as const, "table");
    const db = openForReading(stringOpt(ctx, "db")!);
    try {
      for (const id of [a, b]) requireRun(db, Number(id));
      const diff = diffRuns(db, Number(a), Number(b));
      ctx.stdout.write(format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatDiff(diff));
      return 0;
    } finally {
      db.close();
    }
  },
};
