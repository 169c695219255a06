/**
 * A kind is one entry in the kind registry (lexicons/kinds.json): a copy
 * of the lexicons with a throwaway kind, `seizure` (a ship hijacking),
 * makes the database accept it, and query, export (ACLED columns), eval and
 * the report handle it, with no code change. Without the entry, the same
 * event is refused by the database and the same gold by eval.
 *
 * No rule proposes seizures, so the test stores the event the way a run
 * stores a rule's output (db/storeArticle.ts writeExtraction) for an
 * article ingested from a text of its own.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../../src/db/openDatabase.js";
import { finishRun, startRun } from "../../src/db/runs.js";
import { writeExtraction } from "../../src/db/storeArticle.js";
import { currentVersions } from "../../src/extract/rulesVersion.js";
import type { EventOut, Extraction } from "../../src/model/extraction.js";
import { packageRoot } from "../../src/packageRoot.js";
import { runInProcess, tempDir } from "../helpers.js";

const REF = "2023-12-15";
const TEXT = "Armed men boarded and seized the cargo ship Example Star in the Red Sea on 19 November 2023, the navy said.";

const SEIZURE = {
  id: "seizure",
  description: "a ship or vehicle taken by armed men",
  colour: "#7048e8",
  nouns: ["seizure", "hijacking"],
  defaultActor: null,
  takesClaimedActor: true,
  acled: [{ weapons: [], event_type: "Strategic developments", sub_event_type: "Looting/property destruction", reason: "a hijacked ship" }],
};

const saved = process.env.SITREP_LEXICONS;
afterEach(() => {
  if (saved === undefined) delete process.env.SITREP_LEXICONS;
  else process.env.SITREP_LEXICONS = saved;
});

/** A copy of the lexicons, with the seizure kind registered when asked. */
function lexicons(withSeizure: boolean): string {
  const dir = join(tempDir(), "lexicons");
  cpSync(join(packageRoot(), "lexicons"), dir, { recursive: true });
  if (withSeizure) {
    const file = join(dir, "kinds.json");
    const kinds = JSON.parse(readFileSync(file, "utf8")) as { kinds: unknown[] };
    kinds.kinds.push(SEIZURE);
    writeFileSync(file, JSON.stringify(kinds, null, 2));
  }
  return dir;
}

function seizureEvent(sentence: string): EventOut {
  const at = (words: string) => ({ start: sentence.indexOf(words), end: sentence.indexOf(words) + words.length, text: words });
  return {
    kind: "seizure",
    date: "2023-11-19",
    dateRange: null,
    countries: ["Red Sea"],
    place: null,
    actor: null,
    target: "commercial shipping",
    weapons: [],
    killed: null,
    injured: null,
    count: null,
    umbrella: false,
    optional: false,
    outcome: null,
    assertedBy: "official",
    timePrecision: 1,
    geoPrecision: 3,
    latitude: null,
    longitude: null,
    rule: "test-seizure",
    reason: "the test stands in for a seizure rule",
    sources: [
      { sentenceIdx: 0, field: "evidence", start: 0, end: sentence.length, text: sentence },
      { sentenceIdx: 0, field: "date", ...at("19 November 2023") },
      { sentenceIdx: 0, field: "country", ...at("Red Sea") },
    ],
  };
}

/** Ingests the article, then stores a seizure for it as a new run; returns the database file. */
async function storeSeizure(): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "ship.txt"), TEXT);
  const file = join(dir, "s.sqlite");
  const ingested = await runInProcess(["ingest", join(dir, "in"), "--reference-date", REF, "--workers", "0", "--db", file]);
  expect(ingested.code).toBe(0);
  const db = openDatabase(file);
  try {
    const article = db.prepare("SELECT id FROM articles WHERE key = 'ship'").pluck().get() as number;
    const sentence = db.prepare("SELECT id, text FROM sentences WHERE article_id = ? AND idx = 0").get(article) as { id: number; text: string };
    const extraction: Extraction = {
      published: { date: null, method: "unknown", span: null },
      mentions: [],
      events: [seizureEvent(sentence.text)],
      tallies: [],
      dates: { published: { date: null, method: "unknown", span: null }, mentions: [] },
      datesReused: false,
      probe: { words: " ", phrases: "" },
    };
    const run = startRun(db, "extract", currentVersions(), REF);
    db.transaction(() => writeExtraction(db, article, [sentence.id], extraction, run))();
    finishRun(db, run, 0);
  } finally {
    db.close();
  }
  return file;
}

describe("a kind added to the registry", () => {
  it("flows_through_store_query_export_eval_and_report", async () => {
    process.env.SITREP_LEXICONS = lexicons(true);
    const file = await storeSeizure();

    // query: --kind takes it, and lists it among the choices when given a wrong one.
    const q = await runInProcess(["query", "--kind", "seizure", "--format", "json", "--db", file]);
    expect(q.code).toBe(0);
    const rows = JSON.parse(q.stdout) as Array<{ kind: string; date: string }>;
    expect(rows.map((r) => [r.kind, r.date])).toEqual([["seizure", "2023-11-19"]]);
    const wrong = await runInProcess(["query", "--kind", "piracy", "--db", file]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/seizure/);

    // export: the ACLED columns come from the kind's own rule.
    const acled = await runInProcess(["export", "--format", "acled", "--db", file]);
    expect(acled.code).toBe(0);
    expect(acled.stdout).toContain("Strategic developments");
    expect(acled.stdout).toContain("Looting/property destruction");
    const json = await runInProcess(["export", "--format", "json", "--db", file]);
    expect((JSON.parse(json.stdout) as Array<{ events: Array<{ kind: string }> }>)[0]!.events.map((e) => e.kind)).toEqual(["seizure"]);

    // eval: gold with the kind loads and pairs with the stored event.
    const gold = join(tempDir(), "gold");
    mkdirSync(gold);
    const goldEvent = { kind: "seizure", date: "2023-11-19", country: "Red Sea", place: null, actor: null, target: "commercial shipping", weapons: [], killed: null, injured: null, evidence: [TEXT] };
    writeFileSync(join(gold, "ship.json"), JSON.stringify({ article: "ship", published: null, events: [goldEvent], tallies: [] }));
    const ev = await runInProcess(["eval", "--gold", gold, "--json", "--db", file]);
    expect(ev.code).toBe(0);
    const scores = JSON.parse(ev.stdout) as { pairs: number; f1: number; spurious: unknown[]; missed: unknown[] };
    expect([scores.pairs, scores.f1, scores.missed.length, scores.spurious.length]).toEqual([1, 1, 0, 0]);

    // report: a KPI, a legend entry, the kind's colour and the filter's option (from the embedded kinds).
    const out = join(tempDir(), "r.html");
    const rep = await runInProcess(["report", "--out", out, "--db", file]);
    expect(rep.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('id="kpi-seizure"');
    expect(html).toContain('<i class="seizure"></i>seizure');
    expect(html).toContain(`#map circle.seizure { fill: ${SEIZURE.colour}; }`);
    expect(html).toMatch(/"kinds":\[[^\]]*"id":"seizure"/);
  });

  it("is_refused_by_the_database_and_eval_when_not_registered", async () => {
    process.env.SITREP_LEXICONS = lexicons(false);
    await expect(storeSeizure()).rejects.toThrow(/kind registry/);

    const gold = join(tempDir(), "gold");
    mkdirSync(gold);
    writeFileSync(join(gold, "ship.json"), JSON.stringify({ article: "ship", published: null, events: [{ kind: "seizure", date: null, country: null, place: null, actor: null, weapons: [], killed: null, injured: null, evidence: [TEXT] }], tallies: [] }));
    const dbFile = join(tempDir(), "e.sqlite");
    openDatabase(dbFile).close();
    const r = await runInProcess(["eval", "--gold", gold, "--db", dbFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_GOLD: .*ship\.json.*kind must be one of "attack", "strike"/);
  });

  it("a_broken_registry_is_named_with_the_entry_and_the_problem", async () => {
    const dir = lexicons(false);
    const file = join(dir, "kinds.json");
    const kinds = JSON.parse(readFileSync(file, "utf8")) as { kinds: Array<Record<string, unknown>> };
    kinds.kinds[1]!.colour = "blue";
    writeFileSync(file, JSON.stringify(kinds));
    process.env.SITREP_LEXICONS = dir;
    const r = await runInProcess(["query", "--db", join(tempDir(), "q.sqlite")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/kinds\.json kinds\[1\] \("strike"\): "colour" must be a hex colour/);
  });
});
