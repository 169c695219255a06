/** Incident scoring (SCORING.md "Incidents") on small invented cases. */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadIncidentGold, scoreIncidents } from "../../src/eval/incidents.js";
import type { PairDetail } from "../../src/eval/score.js";
import type { AnswerArticle } from "../../src/types.js";
import { tempDir } from "../helpers.js";

const fields = { date: true, place: true, actor: true, weapons: true, killed: true, injured: true };
const pair = (article: string, goldIndex: number, outputIndex: number, neutral = false): PairDetail => ({ article, goldIndex, outputIndex, neutral, fields, evidence: true });
const article = (key: string, incidents: Array<number | null>): AnswerArticle => ({
  article: key,
  published: null,
  tallies: [],
  events: incidents.map((incident) => ({ kind: "attack", date: "2024-03-05", country: "Iraq", place: null, actor: null, weapons: [], killed: null, injured: null, evidence: [], incident })),
});

function gold(data: unknown): ReturnType<typeof loadIncidentGold> {
  const file = join(tempDir(), "incidents.json");
  writeFileSync(file, JSON.stringify(data));
  return loadIncidentGold(file);
}

describe("incident scoring", () => {
  const g = gold({
    incidents: [
      { id: "x", events: [{ article: "a", event: 0 }, { article: "b", event: 0 }, { article: "c", event: 0 }] },
      { id: "y", events: [{ article: "a", event: 1 }] },
      { id: "z", events: [{ article: "b", event: 1 }] },
    ],
    uncertain: [[{ article: "a", event: 1 }, { article: "b", event: 1 }]],
  });

  it("counts pairs of paired events from different articles, skipping uncertain ones", () => {
    // Output: a#0, b#0 in incident 1; c#0 alone (missed link); a#1 and b#1 together (uncertain: skipped).
    const out = [article("a", [1, 2]), article("b", [1, 2]), article("c", [3])];
    const pairs = [pair("a", 0, 0), pair("a", 1, 1), pair("b", 0, 0), pair("b", 1, 1), pair("c", 0, 0)];
    const s = scoreIncidents(pairs, out, g);
    expect(s.skipped).toBe(1);
    expect([s.outputSame, s.goldSame, s.bothSame]).toEqual([1, 3, 1]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.missedLinks).toHaveLength(2);
  });

  it("a wrong link lowers precision; events in no incident are never the same", () => {
    const out = [article("a", [1, 1]), article("b", [1, null]), article("c", [null])];
    const s = scoreIncidents([pair("a", 0, 0), pair("a", 1, 1), pair("b", 0, 0), pair("b", 1, 1), pair("c", 0, 0)], out, g);
    // a#0~b#0 right, a#1~b#0 wrong, a#0~c#0 and b#0~c#0 missed.
    expect([s.outputSame, s.bothSame]).toEqual([2, 1]);
    expect(s.wrongLinks).toEqual([["a#1", "b#0"]]);
  });

  it("ignores pairs with umbrella or optional gold", () => {
    const out = [article("a", [1]), article("b", [1])];
    expect(scoreIncidents([pair("a", 0, 0, true), pair("b", 0, 0)], out, g).pairs).toBe(0);
  });

  it("refuses a file that is not GUIDELINES §6's shape, naming it", () => {
    expect(() => gold({ incidents: [{ events: [{ article: "a" }] }] })).toThrow(/incidents\.json: incidents\[0\]\.events\[0\] is not/);
    expect(() => gold({ incidents: [{ events: [{ article: "a", event: 0 }] }, { events: [{ article: "a", event: 0 }] }] })).toThrow(/a#0 is in two incidents/);
    expect(() => loadIncidentGold(join(tempDir(), "none.json"))).toThrow(/E_NO_GOLD|no such file/);
  });
});
