import { describe, it, expect } from "vitest";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { findNumbers } from "../../src/lexicon/findNumbers.js";
import type { Qualifier } from "../../src/types.js";

const lex = loadLexicons();
type Row = [span: string, value: number | null, qualifier: Qualifier, vague: boolean];

function numbers(text: string): Row[] {
  const got = findNumbers(text, lex);
  for (const n of got) expect(text.slice(n.span.start, n.span.end)).toBe(n.span.text);
  return got.map((n): Row => [n.span.text, n.value, n.qualifier, n.vague]);
}

describe("findNumbers: counts", () => {
  const cases: [string, Row[]][] = [
    ["The base was attacked 36 times.", [["36", 36, null, false]]],
    ["About 1,200 troops remain there.", [["About 1,200", 1200, "about", false]]],
    ["Five soldiers and eight contractors were hurt.", [["Five", 5, null, false], ["eight", 8, null, false]]],
    ["Twenty-one drones were launched.", [["Twenty-one", 21, null, false]]],
    ["A dozen rockets and half a dozen mortars fell.", [["A dozen", 12, null, false], ["half a dozen", 6, null, false]]],
    ["Two dozen launchers and one hundred and five rockets were found.", [["Two dozen", 24, null, false], ["one hundred and five", 105, null, false]]],
    ["The strikes hit 85 targets with 125 munitions.", [["85", 85, null, false], ["125", 125, null, false]]],
    ["Some 2.5 million people live there.", [["Some 2.5 million", 2500000, "about", false]]],
    ["One service member was killed.", [["One", 1, null, false]]],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => expect(numbers(text)).toEqual(want));
});

describe("findNumbers: qualifiers", () => {
  const cases: [string, Row[]][] = [
    ["At least 56 personnel were injured.", [["At least 56", 56, "at least", false]]],
    ["There have been more than 76 attacks.", [["more than 76", 76, "more than", false]]],
    ["Forces were attacked approximately 66 times.", [["approximately 66", 66, "about", false]]],
    ["Over 100 drones were fired.", [["Over 100", 100, "more than", false]]],
    ["Some 30 fighters died.", [["Some 30", 30, "about", false]]],
    ["Around 900 troops are in Syria.", [["Around 900", 900, "about", false]]],
    ["Nearly 70 people were hurt.", [["Nearly 70", 70, "about", false]]],
    ["Roughly two dozen launches were seen.", [["Roughly two dozen", 24, "about", false]]],
    ["No fewer than four rockets hit.", [["No fewer than four", 4, "at least", false]]],
    ["More than a dozen sites were struck.", [["More than a dozen", 12, "more than", false]]],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => expect(numbers(text)).toEqual(want));
});

describe("findNumbers: vague quantities", () => {
  const cases: [string, Row[]][] = [
    ["Several drones were launched.", [["Several", null, null, true]]],
    ["Dozens of rockets fell.", [["Dozens of", null, null, true]]],
    ["Multiple attacks took place.", [["Multiple", null, null, true]]],
    ["Scores of people fled.", [["Scores of", null, null, true]]],
    ["A number of troops suffered minor injuries.", [["A number of", null, null, true], ["minor", null, null, true]]],
    ["Many were wounded.", [["Many", null, null, true]]],
    ["The team scores well.", []],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => expect(numbers(text)).toEqual(want));
});

describe("findNumbers: numbers that are not counts", () => {
  const cases = [
    "The war began in 2023.",
    "It happened on Oct. 17 at the base.",
    "It happened on 17 October at the base.",
    "Attacks between October 17 and 24 were logged.",
    "The raid began at 0700 local time.",
    "Rockets landed at 7:30 p.m. and again at 3 pm.",
    "They fired 107mm rockets and 122-mm shells.",
    "An MQ-9 and an AC-130 flew near F-16 and F/A-18 jets.",
    "The attack on Tower 22 and Union III was condemned.",
    "It was the 17th attack this month.",
    "A one-way drone hit the base.",
    "The launch site was 30 km away.",
    "Task Force 153 patrols the area.",
    "USS Gravely (DDG 107) shot it down.",
    "Support fell to 50 percent and then 40%.",
    "The 20-year-old soldier recovered.",
    "No one was hurt, and they blamed one another.",
    "The deal was worth $5 million.",
    "Resolution 2231 expired.",
    "Call 5551234 for details.",
  ];
  for (const text of cases) it(`finds no count in ${JSON.stringify(text)}`, () => expect(numbers(text).filter((r) => !r[3])).toEqual([]));
});

// Issue 15 item 5: "-5 injured" is no count of five; a hyphen joining words or numbers is not a minus.
describe("findNumbers: negative numbers are not counts", () => {
  const cases: [string, Row[]][] = [
    ["The strike left -5 injured.", []],
    ["-7 dead", []],
    ["a reading of −3 and (-12) in the table", []],
    ["Casualties: -2 killed, 4 wounded.", [["4", 4, null, false]]],
    ["Between five - six rockets landed.", [["five", 5, null, false], ["six", 6, null, false]]],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => expect(numbers(text)).toEqual(want));
});
