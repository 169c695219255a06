/**
 * Incidents end to end on an invented corpus (test/incidents/corpus): one
 * drone attack on Ain al-Asad reported four times with drifting details
 * (injured 3 against 4, drones against rockets and drones) and once as a
 * syndicated copy; an attack on Erbil Air Base the same day that must stay
 * apart; an al-Tanf attack and a report naming only Syria; a strike two
 * days later that says it answers the Ain al-Asad attack. Real SQLite
 * files, the real CLI.
 */
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runInProcess, tempDir } from "../helpers.js";

const CORPUS = join(import.meta.dirname, "corpus");
const REF = "2024-03-10";

async function sitrep(...argv: string[]): Promise<string> {
  const r = await runInProcess(argv);
  if (r.code !== 0) throw new Error(`sitrep ${argv.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

async function ingest(db: string, path: string, workers: string): Promise<void> {
  await sitrep("ingest", path, "--db", db, "--reference-date", REF, "--workers", workers, "--quiet");
}

interface Exported {
  article: string;
  schema_version: number;
  events: Array<{ id: number; incident: number | null; kind: string; date: string | null; place: string | null; country: string | null }>;
}

/** The incidents as groups of "article kind date place" (ids differ with ingest order by design). */
async function groups(db: string): Promise<string[][]> {
  const answers = JSON.parse(await sitrep("export", "--db", db, "--format", "json")) as Exported[];
  const by = new Map<number, string[]>();
  for (const a of answers)
    for (const e of a.events) {
      if (e.incident === null) continue;
      by.set(e.incident, [...(by.get(e.incident) ?? []), `${a.article} ${e.kind} ${e.date} ${e.place ?? e.country}`]);
    }
  return [...by.values()].map((g) => g.sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
}

const articlesOf = (gs: string[][]): string[][] => gs.map((g) => g.map((x) => x.split(" ")[0]!));

describe("linking the invented corpus", () => {
  it("gives the same incidents whichever half comes first, in one run or two, with 1 or 2 workers", async () => {
    const dir = tempDir();
    const a = join(dir, "a.sqlite");
    const b = join(dir, "b.sqlite");
    const c = join(dir, "c.sqlite");
    await ingest(a, join(CORPUS, "first"), "1");
    await ingest(a, join(CORPUS, "second"), "1");
    await ingest(b, join(CORPUS, "second"), "2");
    await ingest(b, join(CORPUS, "first"), "2");
    await ingest(c, CORPUS, "2");
    const ga = await groups(a);
    expect(await groups(b)).toEqual(ga);
    expect(await groups(c)).toEqual(ga);
    const byArticles = articlesOf(ga);
    // Four reports of the Ain al-Asad attack (one a syndicated copy, one inside the strike's article).
    expect(byArticles).toContainEqual(["inc-a1", "inc-a2", "inc-a3", "inc-d1"]);
    // The Erbil attack of the same day in the same country stays apart.
    expect(byArticles).toContainEqual(["inc-b1"]);
    // The report naming only Syria joins the one Syrian attack of its day.
    expect(byArticles).toContainEqual(["inc-c1", "inc-c2"]);
    expect(byArticles).toContainEqual(["inc-d1", "inc-d2"]);
  });

  it("lists the conflict and the retaliation in `incidents` and `show`, and counts the syndicated copy once", async () => {
    const db = join(tempDir(), "t.sqlite");
    await ingest(db, CORPUS, "1");
    const list = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Array<{ id: number; kind: string; place: string | null; reports: number; sources: number; injured_min: number; injured_max: number }>;
    const asad = list.find((i) => i.kind === "attack" && i.place === "Ain al-Asad Air Base")!;
    expect([asad.reports, asad.sources, asad.injured_min, asad.injured_max]).toEqual([4, 3, 3, 4]);
    const conflicts = await sitrep("incidents", "--db", db, "--conflicts");
    expect(conflicts).toContain("injured: 3 (inc-a1, inc-a3) | 4 (inc-a2)");
    expect(conflicts).toContain("1 incident from 4 reports");
    const strike = list.find((i) => i.kind === "strike")!;
    const shown = await sitrep("show", "--incident", String(strike.id), "--db", db);
    expect(shown).toContain(`answers the attack of incident #${asad.id}`);
    expect(shown).toContain("in response to the March 5 drone attack on Ain al-Asad Air Base");
    const attack = await sitrep("show", "--incident", String(asad.id), "--db", db);
    expect(attack).toContain(`answered by the strike of incident #${strike.id}`);
    expect(attack).toContain("injured: 3 (inc-a1, inc-a3) | 4 (inc-a2)");
    // Every report with its sentence.
    for (const key of ["inc-a1#1", "inc-a2#1", "inc-a3#1"]) expect(attack).toContain(key);
    expect(attack).toContain("Four American troops were wounded");
    const event = await sitrep("show", "inc-d2#1", "--db", db);
    expect(event).toContain(`Incident: #${strike.id}`);
    const csv = await sitrep("incidents", "--db", db, "--format", "csv", "--kind", "attack", "--country", "syria");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
    const reports = JSON.parse(await sitrep("query", "--db", db, "--incident", String(asad.id), "--format", "json")) as Array<{ article: string }>;
    expect(reports.map((r) => r.article).sort()).toEqual(["inc-a1", "inc-a2", "inc-a3", "inc-d1"]);
    const exported = JSON.parse(await sitrep("export", "--db", db)) as Exported[];
    expect(exported.every((a) => a.schema_version === 2)).toBe(true);
  });

  it("keeps a merge and a rejection, with who and why, through `sitrep extract` and a later ingest", async () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    await ingest(db, join(CORPUS, "first"), "1");
    const list = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json", "--kind", "attack")) as Array<{ id: number; place: string | null }>;
    const erbil = list.find((i) => i.place === "Erbil Air Base")!.id;
    const tanf = list.find((i) => i.place === "al-Tanf")!.id;
    expect(await sitrep("incidents", "--merge", String(erbil), String(tanf), "--by", "ana", "--reason", "same salvo", "--db", db)).toContain("merged");
    expect(await sitrep("reject", "inc-d1#2", "--by", "ana", "--reason", "the reference, not a report", "--db", db)).toContain("in no incident");
    const check = async (): Promise<void> => {
      const g = articlesOf(await groups(db));
      expect(g).toContainEqual(["inc-b1", "inc-c1", ...(g.flat().includes("inc-c2") ? ["inc-c2"] : [])].sort());
      // The rejected event (the attack inc-d1 tells of) is in no incident; the strike still is.
      expect(g.flat().filter((a) => a === "inc-d1")).toHaveLength(1);
    };
    await check();
    await sitrep("extract", "--full", "--db", db, "--quiet");
    await check();
    await ingest(db, join(CORPUS, "second"), "2");
    await check();
    const raw = new Database(db, { readonly: true });
    try {
      const rows = raw.prepare("SELECT action, by, reason FROM incident_decisions ORDER BY id").all();
      expect(rows).toEqual([
        { action: "merge", by: "ana", reason: "same salvo" },
        { action: "reject", by: "ana", reason: "the reference, not a report" },
      ]);
    } finally {
      raw.close();
    }
  });

  it("splits an event out of its incident for good", async () => {
    const db = join(tempDir(), "t.sqlite");
    await ingest(db, CORPUS, "1");
    expect(await sitrep("incidents", "--split", "inc-a2#1", "--reason", "another salvo", "--db", db)).toContain("split out");
    await sitrep("extract", "--full", "--db", db, "--quiet");
    const g = articlesOf(await groups(db));
    expect(g).toContainEqual(["inc-a2"]);
    expect(g).toContainEqual(["inc-a1", "inc-a3", "inc-d1"]);
  });

  it("keeps a reference to an attack not yet reported, and links it when a report arrives", async () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    mkdirSync(join(dir, "one"));
    mkdirSync(join(dir, "two"));
    writeFileSync(
      join(dir, "one", "late-strike.txt"),
      " date 2024-04-03\nUS aircraft bombed a militia depot near Al-Qaim, Iraq, on Tuesday in retaliation for the March 28 rocket attack on Erbil Air Base.\n",
    );
    await ingest(db, join(dir, "one"), "1");
    // The extraction also reads the attack the reference tells of as an event of this article: an analyst rules it out.
    const own = JSON.parse(await sitrep("query", "--db", db, "--kind", "attack", "--format", "json")) as Array<{ id: number }>;
    for (const e of own) await sitrep("reject", String(e.id), "--db", db);
    const strike = (JSON.parse(await sitrep("incidents", "--db", db, "--format", "json", "--kind", "strike")) as Array<{ id: number }>)[0]!.id;
    const before = await sitrep("show", "--incident", String(strike), "--db", db);
    expect(before).toContain("not in the corpus yet (2024-03-28, Erbil Air Base)");
    writeFileSync(join(dir, "two", "erbil-attack.txt"), " date 2024-03-29\nTwo rockets struck Erbil Air Base in northern Iraq on Thursday, March 28, officials said, without causing casualties.\n");
    await ingest(db, join(dir, "two"), "1");
    const attack = (JSON.parse(await sitrep("incidents", "--db", db, "--format", "json", "--kind", "attack")) as Array<{ id: number }>)[0]!.id;
    expect(await sitrep("show", "--incident", String(strike), "--db", db)).toContain(`answers the attack of incident #${attack}`);
  });

  it("gives a database made before incidents its incidents on the next extract", async () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    cpSync(CORPUS, join(dir, "in"), { recursive: true });
    await ingest(db, join(dir, "in"), "1");
    const want = await groups(db);
    const raw = new Database(db);
    raw.exec("DELETE FROM incident_linked_runs; DELETE FROM incident_synced; DELETE FROM incident_reports; DELETE FROM incident_membership; DELETE FROM incidents;");
    raw.close();
    expect(await groups(db)).toEqual([]);
    await sitrep("extract", "--db", db, "--quiet");
    expect(await groups(db)).toEqual(want);
  });

  it("scores incidents in eval's first table and its JSON", async () => {
    const dir = tempDir();
    const db = join(dir, "t.sqlite");
    await ingest(db, CORPUS, "1");
    // Gold: the exported events themselves, and incidents.json written by hand from what the articles say.
    const answers = JSON.parse(await sitrep("export", "--db", db)) as Exported[];
    mkdirSync(join(dir, "gold"));
    for (const a of answers) writeFileSync(join(dir, "gold", `${a.article}.json`), JSON.stringify({ article: a.article, published: null, events: a.events, tallies: [] }));
    const at = (article: string, kind: string): { article: string; event: number } => ({ article, event: answers.find((a) => a.article === article)!.events.findIndex((e) => e.kind === kind) });
    const incidents = {
      incidents: [
        { id: "asad", events: [at("inc-a1", "attack"), at("inc-a2", "attack"), at("inc-a3", "attack"), at("inc-d1", "attack")] },
        { id: "erbil", events: [at("inc-b1", "attack")] },
        { id: "tanf", events: [at("inc-c1", "attack"), at("inc-c2", "attack")] },
        { id: "qaim", events: [at("inc-d1", "strike"), at("inc-d2", "strike")] },
      ],
    };
    writeFileSync(join(dir, "incidents.json"), JSON.stringify(incidents));
    const table = await sitrep("eval", "--gold", join(dir, "gold"), "--incidents", join(dir, "incidents.json"), "--db", db);
    const lines = table.split("\n");
    const tally = lines.findIndex((l) => l.startsWith("tally_F1"));
    expect(lines[tally + 1]).toMatch(/^incident_P\s+1\.000\s+8 of 8 pairs linked/);
    expect(lines[tally + 3]).toMatch(/^incident_F1\s+1\.000/);
    const json = JSON.parse(await sitrep("eval", "--gold", join(dir, "gold"), "--incidents", join(dir, "incidents.json"), "--db", db, "--format", "json")) as { incidents: { f1: number; bothSame: number } };
    expect(json.incidents).toMatchObject({ f1: 1, bothSame: 8 });
  });

  it("shows the incidents as of an earlier run with --run, and in export --run", async () => {
    const db = join(tempDir(), "t.sqlite");
    await ingest(db, join(CORPUS, "first"), "1");
    await ingest(db, join(CORPUS, "second"), "1");
    type Row = { id: number; place: string | null; reports: number; injured_max: number | null };
    const asad = (rows: Row[]): Row => rows.find((r) => r.place === "Ain al-Asad Air Base")!;
    const then = asad(JSON.parse(await sitrep("incidents", "--db", db, "--format", "json", "--run", "1")) as Row[]);
    const now = asad(JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Row[]);
    expect([then.reports, then.injured_max]).toEqual([2, 3]);
    expect([now.reports, now.injured_max]).toEqual([4, 4]);
    expect(then.id).toBe(now.id);
    const old = JSON.parse(await sitrep("export", "--db", db, "--run", "1")) as Exported[];
    expect(old.map((a) => a.article).sort()).toEqual(["inc-a1", "inc-b1", "inc-c1", "inc-d1"]);
    expect(old.find((a) => a.article === "inc-a1")!.events[0]!.incident).toBe(now.id);
    // Re-extracting every article makes new event rows: the incidents keep their ids.
    const before = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Row[];
    await sitrep("extract", "--full", "--db", db, "--quiet");
    const after = JSON.parse(await sitrep("incidents", "--db", db, "--format", "json")) as Row[];
    expect(after.map((r) => [r.id, r.place, r.reports])).toEqual(before.map((r) => [r.id, r.place, r.reports]));
  });

  it("names a missing incident with E_NO_INCIDENT", async () => {
    const db = join(tempDir(), "t.sqlite");
    await ingest(db, join(CORPUS, "first"), "1");
    for (const argv of [["show", "--incident", "999"], ["query", "--incident", "999"], ["incidents", "--merge", "1", "999"]]) {
      const r = await runInProcess([...argv, "--db", db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/E_NO_INCIDENT: there is no incident 999/);
    }
    const r = await runInProcess(["incidents", "--merge", "1", "--db", db]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("E_USAGE")]);
  });
});
