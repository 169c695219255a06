/**
 * The linker's rules on invented reports, with the real lexicons' place and
 * actor hierarchy: what may be one incident and what must stay apart.
 */
import { describe, expect, it } from "vitest";
import { loadLexicons } from "../../src/lexicon/index.js";
import { buildHierarchy } from "../../src/incidents/hierarchy.js";
import { actorsAgree, casualtiesContradict, compatibility, placeAgreement } from "../../src/incidents/compatible.js";
import { clusterBucket } from "../../src/incidents/cluster.js";
import { nextDayJoins } from "../../src/incidents/nextDay.js";
import { windowTarget } from "../../src/incidents/windows.js";
import { distinctSources, minhash } from "../../src/incidents/fingerprint.js";
import { incidentValues } from "../../src/incidents/bestValues.js";
import { applyMerges } from "../../src/incidents/link.js";
import { NO_DECISIONS, type Report } from "../../src/incidents/types.js";

const lex = loadLexicons();
const h = buildHierarchy(lex.gazetteer, lex.actors);

let n = 0;
function report(over: Partial<Report>): Report {
  n++;
  return {
    eventId: n,
    articleKey: `art-${n}`,
    sig: `art-${n}#attack@0`,
    kind: "attack",
    day: "2024-03-05",
    dayStart: null,
    dayEnd: null,
    country: "Iraq",
    place: null,
    actor: null,
    target: null,
    weapons: [],
    killed: null,
    injured: null,
    published: "2024-03-06",
    ...over,
  };
}

describe("compatibility of two reports", () => {
  it("a base agrees with the town it is within, with its province and with its country only", () => {
    const base = report({ place: "Erbil Air Base" });
    expect(placeAgreement(h, base, report({ place: "Erbil Air Base" }))).toBe(3);
    expect(placeAgreement(h, base, report({ place: "Erbil" }))).toBe(2.5);
    expect(placeAgreement(h, report({ place: "Ain al-Asad Air Base" }), report({ place: "Anbar" }))).toBeGreaterThanOrEqual(2);
    expect(placeAgreement(h, base, report({ place: null }))).toBe(1);
  });

  it("two different bases, or two countries, cannot be one place", () => {
    expect(placeAgreement(h, report({ place: "Ain al-Asad Air Base" }), report({ place: "Erbil Air Base" }))).toBeNull();
    expect(placeAgreement(h, report({ country: "Iraq" }), report({ country: "Syria" }))).toBeNull();
    expect(placeAgreement(h, report({ country: "Red Sea" }), report({ country: "Gulf of Aden" }))).toBeNull();
    // One country of several is enough.
    expect(placeAgreement(h, report({ country: "Iraq; Syria" }), report({ country: "Syria" }))).toBe(1);
  });

  it("a named group agrees with its umbrella and with a sister group, not with a group of another front", () => {
    expect(actorsAgree(h, report({ actor: "Kataib Hezbollah" }), report({ actor: "Islamic Resistance in Iraq" }))).toBe(true);
    expect(actorsAgree(h, report({ actor: "Kataib Hezbollah" }), report({ actor: "Iran-backed militia" }))).toBe(true);
    expect(actorsAgree(h, report({ actor: "Kataib Hezbollah" }), report({ actor: "Harakat al-Nujaba" }))).toBe(true);
    expect(actorsAgree(h, report({ actor: "Kataib Hezbollah" }), report({ actor: null }))).toBe(true);
    expect(actorsAgree(h, report({ actor: "Kataib Hezbollah" }), report({ actor: "Houthis" }))).toBe(false);
    expect(actorsAgree(h, report({ actor: "United States; United Kingdom" }), report({ actor: "United States" }))).toBe(true);
  });

  it("injured 3 against 4 is detail; nobody killed against three killed is substance", () => {
    expect(casualtiesContradict(report({ injured: 3 }), report({ injured: 4 }))).toBe(false);
    expect(casualtiesContradict(report({ killed: 0 }), report({ killed: 3 }))).toBe(true);
    expect(casualtiesContradict(report({ killed: 2 }), report({ killed: 3 }))).toBe(false);
  });

  it("needs one kind, another article and the same day or overlapping windows", () => {
    const a = report({ place: "Ain al-Asad Air Base" });
    expect(compatibility(h, a, report({ place: "Ain al-Asad Air Base" }))).toBe(3);
    expect(compatibility(h, a, report({ place: "Ain al-Asad Air Base", kind: "strike" }))).toBeNull();
    expect(compatibility(h, a, report({ place: "Ain al-Asad Air Base", day: "2024-03-06" }))).toBeNull();
    expect(compatibility(h, a, { ...report({ place: "Ain al-Asad Air Base" }), articleKey: a.articleKey })).toBeNull();
    expect(compatibility(h, a, report({ day: null, dayStart: "2024-03-01", dayEnd: "2024-03-07" }))).toBe(1);
  });
});

describe("linking one day", () => {
  it("joins drifting reports of one attack and keeps another base's attack apart", () => {
    const r1 = report({ place: "Ain al-Asad Air Base", injured: 3, weapons: ["drone"] });
    const r2 = report({ place: "Ain al-Asad Air Base", injured: 4, weapons: ["drone", "rocket"], actor: "Kataib Hezbollah" });
    const r3 = report({ place: "Erbil Air Base" });
    const groups = clusterBucket(h, [r3, r2, r1], NO_DECISIONS).map((g) => g.map((r) => r.eventId).sort());
    expect(groups).toContainEqual([r1.eventId, r2.eventId].sort());
    expect(groups).toContainEqual([r3.eventId]);
  });

  it("a country-only report joins the one incident of its country, and none when two could be it", () => {
    const asad = report({ place: "Ain al-Asad Air Base" });
    const vague = report({ place: null });
    expect(clusterBucket(h, [vague, asad], NO_DECISIONS)).toHaveLength(1);
    const erbil = report({ place: "Erbil Air Base" });
    expect(clusterBucket(h, [vague, asad, erbil], NO_DECISIONS)).toHaveLength(3);
  });

  it("of several candidates, a country-only report joins the one more reports tell, never on a tie or without a country", () => {
    const embassy1 = report({ place: "US Embassy Baghdad" });
    const embassy2 = report({ place: "US Embassy Baghdad" });
    const asad = report({ place: "Ain al-Asad Air Base" });
    const vague = report({ place: null });
    const withVague = clusterBucket(h, [vague, embassy1, embassy2, asad], NO_DECISIONS).find((g) => g.includes(vague))!;
    expect(withVague.map((r) => r.eventId).sort()).toEqual([embassy1.eventId, embassy2.eventId, vague.eventId].sort());
    // One report each: a tie, the vague report stays alone.
    expect(clusterBucket(h, [vague, embassy1, asad], NO_DECISIONS).find((g) => g.includes(vague))).toEqual([vague]);
    // No country at all: it stays alone.
    const nowhere = report({ place: null, country: null });
    expect(clusterBucket(h, [nowhere, embassy1, embassy2, asad], NO_DECISIONS).find((g) => g.includes(nowhere))).toEqual([nowhere]);
  });

  it("never puts two events of one article in one incident", () => {
    const a = report({ place: "Ain al-Asad Air Base" });
    const b = { ...report({ place: "Ain al-Asad Air Base" }), articleKey: a.articleKey, sig: `${a.articleKey}#attack@3` };
    expect(clusterBucket(h, [a, b], NO_DECISIONS)).toHaveLength(2);
  });

  it("gives the same groups in any input order", () => {
    const list = [
      report({ place: "Ain al-Asad Air Base" }),
      report({ place: "Ain al-Asad Air Base", actor: "Kataib Hezbollah" }),
      report({ place: null }),
      report({ place: "Erbil Air Base" }),
      report({ place: "Erbil" }),
      report({ country: "Syria", place: "al-Tanf" }),
    ];
    const key = (gs: Report[][]): string => JSON.stringify(gs.map((g) => g.map((r) => r.eventId).sort()).sort());
    const once = key(clusterBucket(h, list, NO_DECISIONS));
    expect(key(clusterBucket(h, [...list].reverse(), NO_DECISIONS))).toBe(once);
    expect(key(clusterBucket(h, [list[3]!, list[0]!, list[5]!, list[2]!, list[4]!, list[1]!], NO_DECISIONS))).toBe(once);
  });

  it("an event split out by an analyst stays alone; a merge joins two groups", () => {
    const a = report({ place: "Ain al-Asad Air Base" });
    const b = report({ place: "Ain al-Asad Air Base" });
    const c = report({ place: "Erbil Air Base" });
    expect(clusterBucket(h, [a, b], { split: new Set([b.sig]) })).toHaveLength(2);
    const groups = clusterBucket(h, [a, b, c], NO_DECISIONS);
    expect(groups).toHaveLength(2);
    expect(applyMerges(groups, { merge: [[a.sig, c.sig]] })).toHaveLength(1);
  });
});

describe("a day apart, and windows", () => {
  const at = (groups: Record<string, Report[][]>) => (day: string) => groups[day] ?? [];

  it("joins the only matching incidents of consecutive days, not when another could be either", () => {
    const d1 = report({ day: "2024-03-05", place: "al-Tanf", country: "Syria" });
    const d2 = report({ day: "2024-03-06", place: "al-Tanf", country: "Syria" });
    expect(nextDayJoins(h, "2024-03-05", at({ "2024-03-05": [[d1]], "2024-03-06": [[d2]] }))).toEqual([[0, 0]]);
    // A third al-Tanf report the day after: d2 could be either.
    const d3 = report({ day: "2024-03-07", place: "al-Tanf", country: "Syria" });
    expect(nextDayJoins(h, "2024-03-05", at({ "2024-03-05": [[d1]], "2024-03-06": [[d2]], "2024-03-07": [[d3]] }))).toEqual([]);
    // Another place: no join.
    const e2 = report({ day: "2024-03-06", place: "Ain al-Asad Air Base" });
    expect(nextDayJoins(h, "2024-03-05", at({ "2024-03-05": [[d1]], "2024-03-06": [[e2]] }))).toEqual([]);
  });

  it("a place on one side only is too little to join across a day", () => {
    const d1 = report({ day: "2024-03-05", place: "Ain al-Asad Air Base" });
    const d2 = report({ day: "2024-03-06", place: null });
    expect(nextDayJoins(h, "2024-03-05", at({ "2024-03-05": [[d1]], "2024-03-06": [[d2]] }))).toEqual([]);
  });

  it("a window report joins the one incident inside its window, none when two fit or the window is a year", () => {
    const w = report({ day: null, dayStart: "2024-03-01", dayEnd: "2024-03-07", place: "Ain al-Asad Air Base" });
    const g1 = [report({ day: "2024-03-05", place: "Ain al-Asad Air Base" })];
    const g2 = [report({ day: "2024-03-06", place: "Erbil Air Base" })];
    const g3 = [report({ day: "2024-03-02", place: "Ain al-Asad Air Base" })];
    expect(windowTarget(h, w, [g1, g2])).toBe(0);
    expect(windowTarget(h, w, [g1, g2, g3])).toBeNull();
    expect(windowTarget(h, { ...w, dayStart: "2024-01-01", dayEnd: "2024-12-31" }, [g1])).toBeNull();
  });
});

describe("an incident's values", () => {
  it("takes the most specific place, the commonest value, the ranges, and lists each conflict with its articles", () => {
    const a = report({ place: null, injured: 3, weapons: ["drone"], actor: "Kataib Hezbollah", published: "2024-03-05" });
    const b = report({ place: "Ain al-Asad Air Base", injured: 3, weapons: ["drone"], actor: "Kataib Hezbollah", published: "2024-03-06" });
    const c = report({ place: "Anbar", injured: 4, weapons: ["drone", "rocket"], actor: "Islamic Resistance in Iraq", published: "2024-03-08" });
    const v = incidentValues(h, [a, b, c]);
    expect(v.place).toBe("Ain al-Asad Air Base");
    expect(v.actor).toBe("Kataib Hezbollah");
    expect(v.weapons).toEqual(["drone", "rocket"]);
    expect([v.injured, v.injuredMin, v.injuredMax]).toEqual([3, 3, 4]);
    expect([v.firstReported, v.lastReported]).toEqual(["2024-03-05", "2024-03-08"]);
    expect(v.conflicts.find((x) => x.field === "injured")).toEqual({
      field: "injured",
      values: [
        { value: 3, articles: [a.articleKey, b.articleKey].sort() },
        { value: 4, articles: [c.articleKey] },
      ],
    });
    expect(v.conflicts.map((x) => x.field)).not.toContain("killed");
  });

  it("counts a syndicated copy once and two different texts twice", () => {
    const story = "Two attack drones struck a base in western Iraq on Tuesday, injuring three service members, a defense official said. The injuries were minor and all three returned to duty after treatment.";
    const copy = `${story} This story was republished with permission.`;
    const other = "Rockets were fired at a garrison in southern Syria on Tuesday, a spokesman said, adding that nobody was hurt and the damage was slight.";
    expect(distinctSources(new Map([["a", minhash(story)], ["b", minhash(copy)]]))).toBe(1);
    expect(distinctSources(new Map([["a", minhash(story)], ["c", minhash(other)]]))).toBe(2);
  });
});
