/**
 * Every read command's lookups use indexes. The test records each statement
 * the commands run (in this process, on a real database) with the values
 * bound to it, asks SQLite for its EXPLAIN QUERY PLAN, and fails on a full
 * scan of events, sentences, mentions or extractions that happens per row:
 * a scan inside a nested loop or a correlated subquery, or a scan in a
 * statement that runs more than once. Reading a table once (export reads
 * every event) is fine.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import Database from "better-sqlite3";
import { corpusDb, type TestDb } from "./fixtures.js";
import { runInProcess, tempDir } from "../helpers.js";

const GUARDED = ["events", "sentences", "mentions", "extractions"];

interface Executed {
  sql: string;
  params: unknown[];
  times: number;
}

let t: TestDb;
let executed: Map<string, Executed> | null = null;
let restore: () => void;

beforeAll(async () => {
  t = await corpusDb();
  // Record every statement run through better-sqlite3 (sql and bound values).
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  const originals = Object.fromEntries(["all", "get", "run", "iterate"].map((m) => [m, proto[m]!]));
  for (const m of Object.keys(originals))
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      if (executed) {
        const key = this.source;
        const seen = executed.get(key);
        if (seen) seen.times++;
        else executed.set(key, { sql: this.source, params: args, times: 1 });
      }
      return originals[m]!.apply(this, args);
    };
  restore = () => Object.assign(proto, originals);
});
afterAll(() => {
  restore();
  t.close();
});

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** The full scans of guarded tables in `plan` that run once per row of something else. */
export function perRowScans(plan: PlanRow[], times: number): string[] {
  const byId = new Map(plan.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const row of plan) {
    const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX \w+)?$/.exec(row.detail);
    if (!m) continue;
    const table = tableOf(plan, row, m[1]!);
    if (!GUARDED.includes(table)) continue;
    // Nested: a loop before it at the same level (joins are nested loops in plan order),
    // or inside a correlated subquery.
    const siblings = plan.filter((r) => r.parent === row.parent && r.id < row.id && /^(SCAN|SEARCH) /.test(r.detail));
    let correlated = false;
    for (let p = byId.get(row.parent); p; p = byId.get(p.parent)) if (/CORRELATED/.test(p.detail)) correlated = true;
    if (siblings.length > 0 || correlated || times > 1) problems.push(`${row.detail}${siblings.length ? " (nested loop)" : ""}${correlated ? " (correlated subquery)" : ""}${times > 1 ? ` (statement run ${times} times)` : ""}`);
  }
  return problems;
}

/** Plan rows name aliases ("SCAN e"); map them back to the table through the SQL. */
function tableOf(_plan: PlanRow[], _row: PlanRow, name: string): string {
  return currentAliases.get(name) ?? name;
}
let currentAliases = new Map<string, string>();
function aliases(sql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [table, alias] = [m[1]!, m[2]];
    if (alias && !/^(JOIN|ON|WHERE|GROUP|ORDER|LEFT|INNER|CROSS|USING|LIMIT)$/i.test(alias)) out.set(alias, table);
  }
  return out;
}

async function plansOf(argv: string[]): Promise<Array<{ sql: string; problems: string[] }>> {
  executed = new Map();
  const r = await runInProcess(argv);
  const ran = executed;
  executed = null;
  expect(r.code, `${argv.join(" ")}: ${r.stderr}`).toBe(0);
  expect(ran.size, argv.join(" ")).toBeGreaterThan(0);
  const db = new Database(t.file, { readonly: true });
  try {
    return [...ran.values()]
      .filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql))
      .map((s) => {
        currentAliases = aliases(s.sql);
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.params as never[])) as PlanRow[];
        return { sql: s.sql, problems: perRowScans(plan, s.times) };
      });
  } finally {
    db.close();
  }
}

describe("query plans of the read commands", () => {
  it("the_checker_catches_a_per_row_scan", () => {
    currentAliases = new Map([["m", "mentions"]]);
    expect(perRowScans([{ id: 2, parent: 0, detail: "SCAN mentions" }], 5)).toHaveLength(1);
    expect(perRowScans([{ id: 2, parent: 0, detail: "SCAN mentions" }], 1)).toHaveLength(0);
    expect(perRowScans([{ id: 2, parent: 0, detail: "SCAN a" }, { id: 3, parent: 0, detail: "SCAN m" }], 1)).toHaveLength(1);
    expect(perRowScans([{ id: 2, parent: 0, detail: "CORRELATED SCALAR SUBQUERY 1" }, { id: 3, parent: 2, detail: "SCAN m" }], 1)).toHaveLength(1);
    expect(perRowScans([{ id: 2, parent: 0, detail: "SCAN a" }, { id: 3, parent: 0, detail: "SEARCH m USING INDEX x (sentence_id=?)" }], 1)).toHaveLength(0);
  });

  it("no_read_command_scans_a_big_table_per_row", async () => {
    const firstEvent = (t.db.prepare("SELECT MIN(id) AS id FROM events").get() as { id: number }).id;
    const article = (t.db.prepare("SELECT key FROM articles ORDER BY id LIMIT 1").get() as { key: string }).key;
    const runs = t.db.prepare("SELECT id FROM runs ORDER BY id").all() as Array<{ id: number }>;
    const db = ["--db", t.file];
    const commands: string[][] = [
      ["query", ...db],
      ["query", ...db, "--format", "json", "--kind", "attack", "--from", "2023-10-01", "--to", "2024-02-01", "--country", "Iraq"],
      ["query", ...db, "--place", "asad", "--actor", "islamic", "--weapon", "drone", "--min-killed", "0"],
      ["query", ...db, "--text", "drone", "--run", String(runs.at(-1)!.id)],
      ["show", String(firstEvent), ...db],
      ["show", String(firstEvent), "--json", ...db],
      ["stats", ...db],
      ["stats", ...db, "--run", String(runs[0]!.id)],
      ["export", ...db],
      ["export", ...db, "--format", "acled"],
      ["runs", ...db],
      ["report", ...db, "--out", join(tempDir(), "r.html")],
    ];
    if (article) commands.push(["query", ...db, "--article", article, "--limit", "3"]);
    if (runs.length > 1) commands.push(["diff", String(runs[0]!.id), String(runs.at(-1)!.id), ...db]);
    const problems: string[] = [];
    for (const argv of commands)
      for (const p of await plansOf(argv)) for (const why of p.problems) problems.push(`${argv[0]}: ${why}\n    in ${p.sql.replace(/\s+/g, " ").slice(0, 200)}`);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
