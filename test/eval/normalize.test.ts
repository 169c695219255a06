// Table-driven checks of the place / actor / country normalisation of
// SCORING.md "Normalising values".
import { describe, it, expect } from "vitest";
import {
  actorsEqual,
  countriesAgree,
  normalizeActor,
  normalizePlace,
  placesEqual,
} from "../../src/eval/normalize.js";

type Case = [string | null, string | null, boolean];

describe("placesEqual", () => {
  const cases: Case[] = [
    ["Ain al-Asad Air Base", "Al-Asad airbase", true],
    ["Ain al-Asad Air Base", "Ayn al-Assad", true],
    ["Al-Asad airbase", "Ayn al-Assad", true],
    ["Ain Al-Asad airbase", "ain al asad air base", true],
    ["Erbil Air Base", "Erbil", true],
    ["Erbil Air Base", "Erbil International Airport", true],
    ["arbil", "erbil", true],
    ["Sakhr", "Sakhar", true],
    ["al-Tanf", "Al Tanf", true],
    ["Tower 22", "tower 22", true],
    ["Mission Support Site Conoco", "Conoco", true],
    ["Mission Support Site Green Village", "Green Village", true],
    ["Ḥarīr", "Harir", true],
    ["US Embassy Baghdad", "U.S. Embassy in Baghdad", true],
    ["al-Shaddadi", "Shadadi", true],
    [null, null, true],
    // negatives
    ["Harir Air Base", "Erbil Air Base", false],
    ["Kirkuk", "Baghdad", false],
    ["Tower 22", "al-Tanf", false],
    ["Erbil", null, false],
    [null, "Erbil", false],
    ["Air Base", "Erbil Air Base", false], // empty set is not a non-empty subset
    ["Mission Support Site Conoco", "Mission Support Site Green Village", false],
  ];
  it.each(cases)("%s vs %s → %s", (a, b, want) => {
    expect(placesEqual(a, b)).toBe(want);
    expect(placesEqual(b, a)).toBe(want);
  });

  it("normalizePlace drops stop-words and doubled letters", () => {
    expect(normalizePlace("Ain al-Assad Air Base")).toBe("asad");
    expect(normalizePlace("The Erbil International Airport")).toBe("erbil");
    expect(normalizePlace("Air Base")).toBe("");
  });
});

describe("actorsEqual", () => {
  const cases: Case[] = [
    ["Kataeb Hezbollah", "Kataib Hezbollah group", true],
    ["Kata'ib Hezbollah", "Kataib Hezbollah", true],
    ["Kataib Hizbollah", "Kataib Hezbollah", true],
    ["Ansar Allah", "Houthis", true],
    ["Houthi", "Houthis", true],
    ["Yemen's Houthi forces", "Ansar Allah", true],
    ["U.S.", "United States", true],
    ["US", "United States", true],
    ["American", "U.S.", true],
    ["United States; United Kingdom", "United States", true],
    ["Islamic Resistance in Iraq", "the Islamic Resistance in Iraq", true],
    ["Iran-backed militia", "Iran-backed militias", true],
    ["Harakat al-Nujaba", "Harakat Al Nujaba", true],
    [null, null, true],
    // negatives
    ["Houthis", "Kataib Hezbollah", false],
    ["Islamic Resistance in Iraq", "Houthis", false],
    ["United States", "United Kingdom", false],
    ["Kataib Hezbollah", "Kataib Sayyid al-Shuhada", false],
    ["Houthis", null, false],
    [null, "United States", false],
    ["Iran-backed militia", "IRGC", false],
  ];
  it.each(cases)("%s vs %s → %s", (a, b, want) => {
    expect(actorsEqual(a, b)).toBe(want);
    expect(actorsEqual(b, a)).toBe(want);
  });

  it("normalizeActor canonicalises aliases", () => {
    expect(normalizeActor("Ansar Allah")).toBe("houthis");
    expect(normalizeActor("U.S. forces")).toBe("us");
    expect(normalizeActor("Kataeb Hezbollah group")).toBe("kataib hezbolah");
  });
});

describe("countriesAgree", () => {
  const cases: Array<[string | string[] | null, string | string[] | null, boolean]> = [
    ["Iraq", "Iraq", true],
    ["Iraq", "iraq", true],
    [["Iraq", "Syria"], "Syria", true],
    ["Red Sea", ["Yemen", "Red  Sea"], true],
    [null, "Iraq", true],
    [[], "Iraq", true],
    [null, null, true],
    ["Iraq", "Syria", false],
    [["Iraq", "Syria"], ["Jordan", "Yemen"], false],
  ];
  it.each(cases)("%j vs %j → %s", (a, b, want) => {
    expect(countriesAgree(a, b)).toBe(want);
    expect(countriesAgree(b, a)).toBe(want);
  });
});
