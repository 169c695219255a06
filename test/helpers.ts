/** Test helpers: temporary folders and databases that are removed afterwards. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach } from "vitest";
import { main } from "../src/cli/main.js";

const made: string[] = [];

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh temporary folder, deleted after the test. */
export function tempDir(prefix = "sitrep-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const CORPUS = join(import.meta.dirname, "..", "corpus");

/** Runs a sitrep command through `main` in this process, with what it printed to each stream. */
export async function runInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const code = await main(argv, out as unknown as typeof process.stdout, err as unknown as typeof process.stderr);
  return { code, stdout, stderr };
}
export const GOLD_FIXTURES = join(import.meta.dirname, "fixtures", "gold");

type Row = Record<string, unknown>;

/**
 * Exported answers (readAnswers, `sitrep export`) without what differs
 * between two equal results by design: run numbers and row ids (incident
 * ids too: the grouping is the same, the numbers follow the order of ingest).
 */
export function withoutRunsAndIds(answers: ReadonlyArray<Row & { events: Row[]; tallies?: Row[] }>): Row[] {
  const noId = ({ id: _id, incident: _incident, ...rest }: Row): Row => rest;
  return answers.map(({ run: _run, ...a }) => ({ ...a, events: a.events.map(noId), ...(a.tallies ? { tallies: a.tallies.map(noId) } : {}) }));
}
