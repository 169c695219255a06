import { describe, it, expect } from "vitest";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { findActors } from "../../src/lexicon/findActors.js";
import { findNumbers } from "../../src/lexicon/findNumbers.js";
import { findPlaces } from "../../src/lexicon/findPlaces.js";
import { findWeapons } from "../../src/lexicon/findWeapons.js";

const lex = loadLexicons();

/** Sentences in which no finder may report anything. */
const NOTHING = [
  "Negotiators hope to strike a deal before the holidays.",
  "This is what they told us, and it is true.",
  "Let us wait and see what is decided.",
  "The striker scored in the 90th minute of the match.",
  "He said the plan is on track for 2024.",
  "The summit opened on Nov. 12 at 0900 in the capital.",
  "The carrier strike group and its aircraft carrier stayed in port.",
  "Hit by the news, the minister resigned.",
  "The Hadith scholar and the Kirkuki poet met.",
  "THIS IS A TEST OF THE ALERT SYSTEM.",
];

describe("negative cases", () => {
  for (const text of NOTHING) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(findPlaces(text, lex)).toEqual([]);
      expect(findActors(text, lex)).toEqual([]);
      expect(findWeapons(text, lex)).toEqual([]);
      expect(findNumbers(text, lex)).toEqual([]);
    });
  }

  it("hezbollah_inside_kataib_hezbollah_is_not_lebanese_hezbollah", () => {
    expect(findActors("Kataib Hezbollah claimed it.", lex).map((a) => a.name)).toEqual(["Kataib Hezbollah"]);
    expect(findActors("Kataeb-Hezbollah claimed it.", lex).map((a) => a.name)).toEqual(["Kataib Hezbollah"]);
  });

  it("model_numbers_and_years_are_not_counts", () => {
    const text = "In 2023 an MQ-9, an AC-130 and F-16s flew near Tower 22 and Union III.";
    expect(findNumbers(text, lex)).toEqual([]);
    expect(findWeapons(text, lex).map((w) => w.category)).toEqual(["drone", "aircraft", "aircraft"]);
  });
});
