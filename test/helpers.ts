/** Test helpers: temporary folders and databases that are removed afterwards. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

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
export const GOLD_FIXTURES = join(import.meta.dirname, "fixtures", "gold");

type Row = Record<string, unknown>;

/**
 * Exported answers (readAnswers, `sitrep export`) without what differs
 * between two equal results by design: run numbers and row ids.
 */
export function withoutRunsAndIds(answers: ReadonlyArray<Row & { events: Row[]; tallies?: Row[] }>): Row[] {
  const noId = ({ id: _id, ...rest }: Row): Row => rest;
  return answers.map(({ run: _run, ...a }) => ({ ...a, events: a.events.map(noId), ...(a.tallies ? { tallies: a.tallies.map(noId) } : {}) }));
}
