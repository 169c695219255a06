import { describe, it, expect } from "vitest";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { findWeapons } from "../../src/lexicon/findWeapons.js";

const lex = loadLexicons();

function weapons(text: string): [string, string][] {
  const got = findWeapons(text, lex);
  for (const w of got) expect(text.slice(w.span.start, w.span.end)).toBe(w.span.text);
  return got.map((w) => [w.category, w.span.text]);
}

describe("findWeapons", () => {
  const cases: [string, [string, string][]][] = [
    ["Three rockets and a Katyusha landed nearby.", [["rocket", "rockets"], ["rocket", "Katyusha"]]],
    ["They fired 107mm rockets at the perimeter.", [["rocket", "107mm rockets"]]],
    ["Mortar rounds fell inside the wire.", [["mortar", "Mortar rounds"]]],
    ["A one-way attack drone was shot down.", [["drone", "one-way attack drone"]]],
    ["The drone strike killed a commander.", [["drone", "drone strike"]]],
    ["An unmanned aircraft crashed in the desert.", [["drone", "unmanned aircraft"]]],
    ["An unmanned US aircraft was lost over Yemen.", [["drone", "unmanned US aircraft"]]],
    ["An unmanned American surveillance aircraft went down.", [["drone", "unmanned American surveillance aircraft"]]],
    ["An MQ-9 Reaper was downed by a surface-to-air missile.", [["drone", "MQ-9 Reaper"], ["missile", "surface-to-air missile"]]],
    ["Kamikaze drones and UAVs were launched.", [["drone", "Kamikaze drones"], ["drone", "UAVs"]]],
    ["The Houthis fired an anti-ship ballistic missile.", [["missile", "anti-ship ballistic missile"]]],
    ["Cruise missiles and a short-range ballistic missile followed.", [["missile", "Cruise missiles"], ["missile", "short-range ballistic missile"]]],
    ["Warships launched Tomahawk cruise missiles.", [["missile", "Tomahawk cruise missiles"]]],
    ["An AC-130 gunship struck the convoy.", [["aircraft", "AC-130 gunship"]]],
    ["An AC-130J circled overhead.", [["aircraft", "AC-130J"]]],
    ["F-16s and F-15E Strike Eagles joined B-1B bombers.", [["aircraft", "F-16s"], ["aircraft", "F-15E Strike Eagles"], ["aircraft", "B-1B bombers"]]],
    ["F/A-18 fighter jets launched from the carrier.", [["aircraft", "F/A-18"], ["aircraft", "fighter jets"]]],
    ["US airstrikes and an air strike on Friday.", [["aircraft", "airstrikes"], ["aircraft", "air strike"]]],
    ["A-10s and helicopters took part.", [["aircraft", "A-10s"], ["aircraft", "helicopters"]]],
    ["Gunmen opened fire on the patrol.", [["gunfire", "Gunmen opened fire"]]],
    ["The convoy came under small arms fire.", [["gunfire", "small arms fire"]]],
    ["A roadside bomb and two IEDs hit the convoy.", [["explosive", "roadside bomb"], ["explosive", "IEDs"]]],
    ["An improvised explosive device detonated.", [["explosive", "improvised explosive device"]]],
  ];
  for (const [text, want] of cases) it(`finds ${JSON.stringify(text)}`, () => expect(weapons(text)).toEqual(want));
});

describe("findWeapons: look-alikes that are not weapons", () => {
  const cases = [
    "The aircraft carrier sailed into the Red Sea.",
    "The guided-missile destroyer USS Carney was nearby.",
    "Three guided-missile destroyers escorted the convoy.",
    "They deployed counter-drone systems and anti-aircraft guns.",
    "Both sides hope to strike a deal this week.",
    "Iran-backed fighters gathered at the border.",
    "The missile defense system was upgraded.",
  ];
  for (const text of cases) it(`finds nothing in ${JSON.stringify(text)}`, () => expect(weapons(text)).toEqual([]));
});
