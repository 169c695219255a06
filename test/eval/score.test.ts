// Tests of the scorer (SCORING.md): self-scoring of the project's gold
// fixtures, a hand-computed small corpus, umbrella/optional handling, exact
// matching, report formatting and the gold loader.
import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnswerArticle, AnswerEvent, AnswerTally } from "../../src/types.js";
import { scoreCorpus, maxWeightMatching, datesCompatible, type EvalReport } from "../../src/eval/score.js";
import { formatReport } from "../../src/eval/formatReport.js";
import { loadGoldDir, loadAnswerFile } from "../../src/eval/loadAnswers.js";

const here = dirname(fileURLToPath(import.meta.url));
const GOLD_DIR = join(here, "..", "fixtures", "gold");

/** Build an event with defaults, so each test states only what matters. */
function ev(p: Partial<AnswerEvent> & Pick<AnswerEvent, "kind">): AnswerEvent {
  return {
    date: null,
    country: null,
    place: null,
    actor: null,
    weapons: [],
    killed: null,
    injured: null,
    evidence: [],
    ...p,
  };
}

function tally(metric: AnswerTally["metric"], value: number, region: string | null, evidence = "q"): AnswerTally {
  return { metric, value, qualifier: null, region, since: null, as_of: null, evidence };
}

function art(article: string, events: AnswerEvent[], tallies: AnswerTally[] = [], published: string | null = null): AnswerArticle {
  return { article, published, events, tallies };
}

/** Every rate of a report, by its table-1 name. */
function rates(r: EvalReport): Record<string, number | null> {
  return {
    P: r.precision,
    R: r.recall,
    F1: r.f1,
    date_acc: r.fields.date,
    place_acc: r.fields.place,
    actor_acc: r.fields.actor,
    weapons_acc: r.fields.weapons,
    killed_acc: r.fields.killed,
    injured_acc: r.fields.injured,
    evidence_acc: r.evidence,
    tally_P: r.tallies.precision,
    tally_R: r.tallies.recall,
    tally_F1: r.tallies.f1,
    published_acc: r.publishedAcc,
  };
}

describe("self-scoring of test/fixtures/gold", () => {
  const gold = loadGoldDir(GOLD_DIR);

  it("finds the fixtures", () => {
    expect(gold.length).toBeGreaterThan(0);
  });

  it("scores 1.0 everywhere on the whole folder", () => {
    // Deep copy so that a scorer mutating its input could not hide a bug.
    const r = scoreCorpus(gold, structuredClone(gold));
    for (const [name, v] of Object.entries(rates(r))) expect([name, v]).toEqual([name, 1]);
    expect(r.missed).toEqual([]);
    expect(r.spurious).toEqual([]);
    expect(r.missedTallies).toEqual([]);
    expect(r.spuriousTallies).toEqual([]);
    expect(r.articlesWithoutOutput).toEqual([]);
    expect(r.outputOnlyArticles).toEqual([]);
  });

  it.each(gold.map((g) => [g.article, g] as const))("scores 1.0 on %s alone (or - where undefined)", (_id, g) => {
    const r = scoreCorpus([g], [structuredClone(g)]);
    for (const [name, v] of Object.entries(rates(r))) {
      // A file with no tallies has no tally denominators: null, printed "-".
      if (name.startsWith("tally_") && g.tallies.length === 0) expect([name, v]).toEqual([name, null]);
      else expect([name, v]).toEqual([name, 1]);
    }
  });
});

describe("hand-made corpus with one missed, one spurious and one wrong-field event", () => {
  // Article A gold: G1, G2, G3 (ordinary); tallies T1 (attacks 36 Iraq), T2 (attacks 37 Syria).
  // Article A output: O1 ≈ G1 (all fields right, spelled differently, evidence
  //   a longer sentence containing the gold quote), O2 ≈ G2 (date one day late,
  //   injured 3 instead of null, unrelated evidence), O3 spurious (Jordan).
  //   Tallies: T1 right, attacks 38 Syria wrong.
  // Article B: gold has no events, published 2023-11-30; output says null.
  // Article C: output only, ignored.
  //
  // By hand:
  //   ordinary gold = 3, output events = 3, neutral pairs = 0, pairs = 2 (O1-G1, O2-G2)
  //   P = 2/3, R = 2/3, F1 = 2·(2/3)(2/3)/(4/3) = 2/3
  //   date: G1 right, G2 wrong (11-22 ≠ 11-21)           → 1/2
  //   place: "Al-Asad airbase" = "Ain al-Asad Air Base"; null = null → 2/2
  //   actor: "Islamic Resistance in Iraq group" = IRI; "U.S." = "United States" → 2/2
  //   weapons: {drone} = {drone}; {aircraft} = {aircraft} → 2/2
  //   killed: 0 = 0; null = null                          → 2/2
  //   injured: 0 = 0; 3 ≠ null                             → 1/2
  //   evidence: O1 contains G1's quote (white space folded); O2 unrelated → 1/2
  //   tallies: 1 of 2 output right, 1 of 2 gold found → P = R = F1 = 1/2
  //   published: A right, B wrong (null ≠ 2023-11-30)      → 1/2
  const gold: AnswerArticle[] = [
    art(
      "A",
      [
        ev({
          kind: "attack", date: "2023-11-20", country: "Iraq", place: "Ain al-Asad Air Base",
          actor: "Islamic Resistance in Iraq", weapons: ["drone"], killed: 0, injured: 0,
          evidence: ["launched multiple one-way drones at Ain al-Asad"],
        }),
        ev({
          kind: "strike", date: "2023-11-21", country: "Syria", place: null, actor: "United States",
          weapons: ["aircraft"], evidence: ["US aircraft struck facilities in eastern Syria"],
        }),
        ev({
          kind: "attack", date: "2023-11-22", country: "Syria", place: "al-Tanf", actor: null,
          weapons: ["rocket"], evidence: ["rockets were fired at al-Tanf"],
        }),
      ],
      [tally("attacks", 36, "Iraq"), tally("attacks", 37, "Syria")],
      "2023-11-23",
    ),
    art("B", [], [], "2023-11-30"),
  ];
  const output: AnswerArticle[] = [
    art(
      "A",
      [
        ev({
          kind: "attack", date: "2023-11-20", country: "Iraq", place: "Al-Asad airbase",
          actor: "Islamic Resistance in Iraq group", weapons: ["drone"], killed: 0, injured: 0,
          evidence: ["On Monday militants   launched multiple one-way\ndrones at Ain al-Asad, officials said."],
        }),
        ev({
          kind: "strike", date: "2023-11-22", country: ["Syria"], place: null, actor: "U.S.",
          weapons: ["aircraft"], injured: 3, evidence: ["Something else entirely."],
        }),
        ev({
          kind: "attack", date: "2023-11-21", country: "Jordan", place: "Tower 22", actor: null,
          evidence: ["a drone hit Tower 22"],
        }),
      ],
      [tally("attacks", 36, "iraq"), tally("attacks", 38, "Syria")],
      "2023-11-23",
    ),
    art("B", [], [], null),
    art("C", [ev({ kind: "attack", date: "2023-11-01", evidence: ["ignored"] })], [tally("attacks", 1, null)]),
  ];
  const r = scoreCorpus(gold, output);

  it("counts", () => {
    expect(r.articles).toBe(2);
    expect(r.goldEvents).toBe(3);
    expect(r.outputEvents).toBe(3);
    expect(r.pairs).toBe(2);
    expect(r.neutralPairs).toBe(0);
    expect(r.outputOnlyArticles).toEqual(["C"]);
    expect(r.articlesWithoutOutput).toEqual([]);
  });

  it("P, R, F1", () => {
    expect(r.precision).toBeCloseTo(2 / 3, 10);
    expect(r.recall).toBeCloseTo(2 / 3, 10);
    expect(r.f1).toBeCloseTo(2 / 3, 10);
  });

  it("field and evidence accuracies", () => {
    expect(r.fields).toEqual({ date: 0.5, place: 1, actor: 1, weapons: 1, killed: 1, injured: 0.5 });
    expect(r.evidence).toBe(0.5);
  });

  it("tallies and publication date", () => {
    expect(r.tallies).toEqual({ gold: 2, output: 2, pairs: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.publishedRight).toBe(1);
    expect(r.publishedAcc).toBe(0.5);
  });

  it("lists the missed and spurious events and tallies", () => {
    expect(r.missed).toEqual([
      {
        article: "A", index: 2, kind: "attack", date: "2023-11-22", dateRange: null,
        place: "al-Tanf", actor: null, evidence: "rockets were fired at al-Tanf",
      },
    ]);
    expect(r.spurious.map((e) => [e.article, e.index, e.place, e.evidence])).toEqual([["A", 2, "Tower 22", "a drone hit Tower 22"]]);
    expect(r.missedTallies.map((t) => [t.article, t.value, t.region])).toEqual([["A", 37, "Syria"]]);
    expect(r.spuriousTallies.map((t) => [t.article, t.value, t.region])).toEqual([["A", 38, "Syria"]]);
  });

  it("formats both tables", () => {
    const text = formatReport(r);
    for (const name of [
      "articles", "gold events", "output events", "pairs", "P", "R", "F1", "date_acc", "place_acc",
      "actor_acc", "weapons_acc", "killed_acc", "injured_acc", "evidence_acc", "tally_P", "tally_R",
      "tally_F1", "published_acc",
    ]) {
      expect(text).toMatch(new RegExp(`^${name} +\\S`, "m"));
    }
    expect(text).toMatch(/^P +0\.667/m);
    expect(text).toMatch(/^injured_acc +0\.500/m);
    expect(text).toMatch(/^missed +A +attack +2023-11-22 +al-Tanf +rockets were fired at al-Tanf$/m);
    expect(text).toMatch(/^spurious +A +attack +2023-11-21 +Tower 22 +a drone hit Tower 22$/m);
    expect(text).toMatch(/^spurious +A +attacks +38 +Syria/m);
  });
});

describe("articles with gold but no output", () => {
  it("count all gold as missed and publication date as wrong", () => {
    const gold = [art("A", [ev({ kind: "attack", date: "2023-11-20", evidence: ["x"] })], [tally("killed", 3, null)], null)];
    const r = scoreCorpus(gold, []);
    expect(r.articlesWithoutOutput).toEqual(["A"]);
    expect(r.recall).toBe(0);
    expect(r.precision).toBeNull(); // no output events: undefined, printed "-"
    expect(r.f1).toBeNull();
    expect(r.missed).toHaveLength(1);
    expect(r.missedTallies).toHaveLength(1);
    expect(r.publishedAcc).toBe(0); // even though gold published is null
    expect(formatReport(r)).toMatch(/^P +-$/m);
  });
});

describe("umbrella and optional gold", () => {
  // Gold: U umbrella (4 attacks on 11-23 in Iraq and Syria), G1 ordinary
  // (Ain al-Asad, 11-23), Op optional strike dated only to October, Op2
  // optional attack that nobody outputs.
  const gold = [
    art("A", [
      ev({ kind: "attack", date: "2023-11-23", country: ["Iraq", "Syria"], umbrella: true, count: 4, evidence: ["attacked four times"] }),
      ev({ kind: "attack", date: "2023-11-23", country: "Iraq", place: "Ain al-Asad Air Base", evidence: ["drones at Ain al-Asad"] }),
      ev({ kind: "strike", date: null, date_range: ["2023-10-01", "2023-10-31"], country: "Syria", optional: true, evidence: ["in October"] }),
      ev({ kind: "attack", date: null, country: "Jordan", optional: true, evidence: ["at some point"] }),
    ]),
  ];

  it("pairs with umbrella/optional gold are neither right nor wrong; unpaired ones are not missed", () => {
    const output = [
      art("A", [
        ev({ kind: "attack", date: "2023-11-23", country: "Iraq", place: "Al-Asad", evidence: ["drones at Ain al-Asad"] }),
        ev({ kind: "attack", date: "2023-11-23", country: "Syria", evidence: ["attacked four times"] }),
        ev({ kind: "strike", date: "2023-10-10", country: "Syria", evidence: ["in October"] }),
      ]),
    ];
    const r = scoreCorpus(gold, output);
    // P = 1 / (3 output − 2 paired with umbrella/optional) = 1; R = 1 / 1 ordinary gold.
    expect(r.goldEvents).toBe(1);
    expect(r.goldNeutralEvents).toBe(3);
    expect(r.pairs).toBe(1);
    expect(r.neutralPairs).toBe(2);
    expect(r.precision).toBe(1);
    expect(r.recall).toBe(1);
    expect(r.missed).toEqual([]);
    expect(r.spurious).toEqual([]);
    // Field scores only over the ordinary pair.
    expect(r.fields.place).toBe(1);
    expect(r.pairDetails.filter((p) => p.neutral).map((p) => p.goldIndex).sort()).toEqual([0, 2]);
  });

  it("omitting umbrella and optional events costs nothing", () => {
    const output = [art("A", [ev({ kind: "attack", date: "2023-11-23", country: "Iraq", place: "Ain al-Asad Air Base" })])];
    const r = scoreCorpus(gold, output);
    expect(r.precision).toBe(1);
    expect(r.recall).toBe(1);
    expect(r.missed).toEqual([]);
  });

  it("an output that fits only ordinary gold, if it cannot pair, is spurious", () => {
    const output = [
      art("A", [
        ev({ kind: "attack", date: "2023-11-23", country: "Iraq", place: "Ain al-Asad Air Base" }),
        ev({ kind: "strike", date: "2023-11-23", country: "Iraq" }), // no strike gold fits (Op is Syria, October)
      ]),
    ];
    const r = scoreCorpus(gold, output);
    expect(r.precision).toBe(0.5);
    expect(r.spurious.map((e) => e.index)).toEqual([1]);
  });
});

describe("date compatibility", () => {
  const g = (p: Partial<AnswerEvent>) => ev({ kind: "attack", ...p });
  it.each([
    [{ date: "2023-11-20" }, { date: "2023-11-21" }, true],
    [{ date: "2023-11-20" }, { date: "2023-11-19" }, true],
    [{ date: "2023-11-20" }, { date: "2023-11-22" }, false],
    [{ date: "2023-11-30" }, { date: "2023-12-01" }, true], // across a month end
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: "2023-10-19" }, true], // inside the range
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: "2023-10-15" }, true],
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: "2023-10-23" }, true],
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: "2023-10-24" }, false],
    [{}, { date: "2020-01-01" }, true], // gold with neither pairs with any date
    [{}, { date: null }, true],
    [{ date: "2023-11-20" }, { date: null }, false], // undated output never fits a definite day
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: null }, true],
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: null, date_range: ["2023-10-20", "2023-10-30"] }, true],
    [{ date_range: ["2023-10-16", "2023-10-22"] }, { date: null, date_range: ["2023-11-01", "2023-11-07"] }, false],
  ] as Array<[Partial<AnswerEvent>, Partial<AnswerEvent>, boolean]>)("gold %j, output %j → %s", (gp, op, want) => {
    expect(datesCompatible(g(gp), g(op))).toBe(want);
  });
});

describe("matching", () => {
  it("maximises the number of pairs before fields (greedy would lose a pair)", () => {
    // O1 fits G1 (all fields) and G2 (date one day off); O2 fits only G1.
    const gold = [art("A", [
      ev({ kind: "attack", date: "2023-11-20", country: "Iraq", place: "Erbil" }),
      ev({ kind: "attack", date: "2023-11-21", country: "Iraq", place: "Kirkuk" }),
    ])];
    const output = [art("A", [
      ev({ kind: "attack", date: "2023-11-20", country: "Iraq", place: "Erbil" }),
      ev({ kind: "attack", date: "2023-11-19", country: "Iraq", place: "Baghdad" }),
    ])];
    const r = scoreCorpus(gold, output);
    expect(r.pairs).toBe(2);
    expect(r.pairDetails.map((p) => [p.goldIndex, p.outputIndex])).toEqual([[0, 1], [1, 0]]);
  });

  it("picks the assignment with the most agreeing fields", () => {
    // Both outputs can pair with both gold events (dates within a day, same country).
    // Agreeing fields (date, place, actor, weapons, killed, injured):
    //   O1-G1: date, place, actor = 3     O1-G2: weapons, killed = 2
    //   O2-G1: date, weapons      = 2     O2-G2: none            = 0
    // Greedy (best edge first, or outputs in order) takes O1-G1 then O2-G2 = 3;
    // the optimum is O1-G2 + O2-G1 = 4.
    const gold = [art("A", [
      ev({ kind: "attack", date: "2023-11-20", country: "Iraq", place: "Erbil", actor: "Kataib Hezbollah", weapons: ["drone"], killed: 0, injured: 0 }),
      ev({ kind: "attack", date: "2023-11-21", country: "Iraq", place: "Ain al-Asad Air Base", actor: "Islamic Resistance in Iraq", weapons: ["rocket"], killed: null, injured: null }),
    ])];
    const output = [art("A", [
      ev({ kind: "attack", date: "2023-11-20", country: "Iraq", place: "Erbil", actor: "Kataeb Hezbollah", weapons: ["rocket"], killed: null, injured: 5 }),
      ev({ kind: "attack", date: "2023-11-20", country: "Iraq", place: "Baghdad", actor: "Houthis", weapons: ["drone"], killed: 7, injured: 7 }),
    ])];
    const r = scoreCorpus(gold, output);
    expect(r.pairDetails.map((p) => [p.goldIndex, p.outputIndex])).toEqual([[0, 1], [1, 0]]);
    // O2-G1: date ✓ weapons ✓; O1-G2: weapons ✓ killed ✓ (null = null).
    expect(r.fields).toEqual({ date: 0.5, place: 0, actor: 0, weapons: 1, killed: 0.5, injured: 0 });
  });

  it("kind and country must agree to pair", () => {
    const gold = [art("A", [ev({ kind: "attack", date: "2023-11-20", country: "Iraq" })])];
    expect(scoreCorpus(gold, [art("A", [ev({ kind: "strike", date: "2023-11-20", country: "Iraq" })])]).pairs).toBe(0);
    expect(scoreCorpus(gold, [art("A", [ev({ kind: "attack", date: "2023-11-20", country: "Syria" })])]).pairs).toBe(0);
    expect(scoreCorpus(gold, [art("A", [ev({ kind: "attack", date: "2023-11-20", country: null })])]).pairs).toBe(1);
  });

  it("maxWeightMatching equals brute force on random matrices", () => {
    // Deterministic LCG so failures reproduce.
    let seed = 12345;
    const rand = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    const brute = (w: number[][]): number => {
      const cols = w[0]?.length ?? 0;
      const used = new Array<boolean>(cols).fill(false);
      const go = (i: number): number => {
        if (i === w.length) return 0;
        let best = go(i + 1); // row i unmatched
        for (let j = 0; j < cols; j++) {
          if (used[j] || w[i]![j]! <= 0) continue;
          used[j] = true;
          best = Math.max(best, w[i]![j]! + go(i + 1));
          used[j] = false;
        }
        return best;
      };
      return go(0);
    };
    for (let t = 0; t < 300; t++) {
      const rows = 1 + rand(5);
      const cols = 1 + rand(5);
      const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand(3) === 0 ? 0 : 1 + rand(20))));
      const m = maxWeightMatching(w);
      // A valid matching: distinct rows and columns, only positive edges.
      expect(new Set(m.map((p) => p[0])).size).toBe(m.length);
      expect(new Set(m.map((p) => p[1])).size).toBe(m.length);
      for (const [i, j] of m) expect(w[i]![j]!).toBeGreaterThan(0);
      const total = m.reduce((s, [i, j]) => s + w[i]![j]!, 0);
      expect(total).toBe(brute(w));
    }
  });
});

describe("evidence", () => {
  const gold = [art("A", [ev({ kind: "attack", date: "2023-11-20", evidence: ["first quote", "the drones  hit the base"] })])];
  it.each([
    [["Officials said the drones hit\tthe base on Monday."], 1], // contains a gold quote
    [["drones hit"], 1], // contained in a gold quote
    [["unrelated"], 0],
    [[""], 0], // empty strings never match
    [[], 0],
  ] as Array<[string[], number]>)("output evidence %j → %s", (evidence, want) => {
    const r = scoreCorpus(gold, [art("A", [ev({ kind: "attack", date: "2023-11-20", evidence })])]);
    expect(r.evidence).toBe(want);
  });
});

describe("loadAnswers", () => {
  it("names the file on bad JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-eval-"));
    try {
      writeFileSync(join(dir, "a.json"), JSON.stringify(art("a", [])));
      writeFileSync(join(dir, "b.json"), "{ not json");
      writeFileSync(join(dir, "notes.txt"), "ignored");
      expect(() => loadGoldDir(dir)).toThrow(/b\.json: invalid JSON/);
      rmSync(join(dir, "b.json"));
      expect(loadGoldDir(dir).map((a) => a.article)).toEqual(["a"]);
      writeFileSync(join(dir, "c.json"), JSON.stringify({ article: "c" }));
      expect(() => loadGoldDir(dir)).toThrow(/c\.json.*"events" must be a list/);
      writeFileSync(join(dir, "export.json"), JSON.stringify([art("x", []), art("y", [])]));
      expect(loadAnswerFile(join(dir, "export.json")).map((a) => a.article)).toEqual(["x", "y"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects duplicate article ids", () => {
    expect(() => scoreCorpus([art("a", []), art("a", [])], [])).toThrow(/gold has article "a" more than once/);
  });
});
