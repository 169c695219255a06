/**
 * Helpers for the robustness tests: running the compiled CLI as a real
 * child process (`npm test` builds dist/ first), making a corpus big enough
 * to take a few seconds, and reading row counts — in total and per article
 * key — from a database file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { CORPUS } from "../helpers.js";

export const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");
export const REF = "2023-12-15";

/** The tables whose row counts must match between an interrupted-then-resumed run and an uninterrupted one. */
export const COUNTED = ["articles", "sentences", "mentions", "events", "event_sources", "tallies"] as const;

export function requireDist(): void {
  if (!existsSync(CLI)) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
}

/** Reads an integer setting from the environment (the trimmed default keeps `npm test` fast). */
export function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${v}"`);
  return n;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Starts `node dist/cli.js ...args`; `done` resolves when it exits (killed or not). */
export function startCli(args: string[]): { child: ChildProcess; done: Promise<CliRun> } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 }));
  });
  return { child, done };
}

export function runCli(args: string[]): Promise<CliRun> {
  return startCli(args).done;
}

/**
 * The compiled ingest, run in this process: what `sitrep ingest PATHS --db
 * FILE --reference-date REF` runs, minus the process start (the kill tests
 * need a real process only for the run they kill). Parses in this thread.
 */
export async function ingestInProcess(file: string, paths: string[], options: { batchSize?: number } = {}) {
  requireDist();
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const { openDatabase } = await import(join(dist, "db", "openDatabase.js"));
  const { ingest } = await import(join(dist, "pipeline", "ingest.js"));
  const db = openDatabase(file);
  try {
    return (await ingest(db, paths, { referenceDate: REF, workers: 0, ...options })) as { failed: number; stored: number; failures: unknown[] };
  } finally {
    db.close();
  }
}

/**
 * Copies the founding corpus `copies` times under distinct names
 * (`c007_000_29763e0c974acf8c.txt`), optionally starting at copy `from`.
 * Copies of one article store the same rows, which the tests rely on.
 */
export function replicateCorpus(dir: string, copies: number, from = 0): string {
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));
  for (let c = from; c < from + copies; c++)
    for (const f of files) copyFileSync(join(CORPUS, f), join(dir, `c${String(c).padStart(3, "0")}_${f}`));
  return dir;
}

/** The founding article a copy was made from: `c007_000_29763e0c974acf8c` → `000_29763e0c974acf8c`. */
export function baseKey(key: string): string {
  return key.replace(/^c\d{3}_/, "");
}

export type Counts = Record<(typeof COUNTED)[number], number>;

/** Rows per counted table. */
export function totals(db: Database.Database): Counts {
  const out = {} as Counts;
  for (const t of COUNTED) out[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return out;
}

export interface KeyCounts {
  sentences: number;
  extractions: number;
  mentions: number;
  events: number;
  event_sources: number;
  tallies: number;
}

/** What each stored article owns: its sentences and, across all its extractions, mentions, events, their sources and tallies. */
export function perKey(db: Database.Database): Map<string, KeyCounts> {
  const rows = db
    .prepare(
      `SELECT a.key,
         (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
         (SELECT COUNT(*) FROM extractions x WHERE x.article_id = a.id) AS extractions,
         (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
         (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,
         (SELECT COUNT(*) FROM event_sources es JOIN events e ON e.id = es.event_id WHERE e.article_id = a.id) AS event_sources,
         (SELECT COUNT(*) FROM tallies t WHERE t.article_id = a.id) AS tallies
       FROM articles a`,
    )
    .all() as Array<KeyCounts & { key: string }>;
  return new Map(rows.map(({ key, ...c }) => [key, c]));
}

/** Opens a database file read-only for checking, failing loudly if SQLite finds it damaged. */
export function openForCheck(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 30000");
  return db;
}

/** `PRAGMA integrity_check` and `foreign_key_check`: both must find nothing wrong. */
export function integrityProblems(db: Database.Database): string[] {
  const integrity = (db.pragma("integrity_check") as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  const problems = integrity.filter((r) => r !== "ok");
  const fk = db.pragma("foreign_key_check") as unknown[];
  if (fk.length) problems.push(`${fk.length} foreign key violation(s): ${JSON.stringify(fk.slice(0, 3))}`);
  return problems;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
