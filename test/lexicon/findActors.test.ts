import { describe, it, expect } from "vitest";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { findActors } from "../../src/lexicon/findActors.js";

const lex = loadLexicons();

function names(text: string): [string, string][] {
  const got = findActors(text, lex);
  for (const a of got) expect(text.slice(a.span.start, a.span.end)).toBe(a.span.text);
  return got.map((a) => [a.name, a.span.text]);
}

describe("findActors: alias families", () => {
  const families: [canonical: string, role: string, spellings: string[]][] = [
    ["Kataib Hezbollah", "axis", ["Kataib Hezbollah", "Kataeb Hezbollah", "Kata'ib Hizballah", "Kata\u2019ib Hizbullah", "KH", "Hezbollah Brigades", "Iraqi Hezbollah"]],
    ["Harakat al-Nujaba", "axis", ["Harakat al-Nujaba", "al-Nujaba Movement", "Nujaba", "Harakat Hezbollah al-Nujaba"]],
    ["Kataib Sayyid al-Shuhada", "axis", ["Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", "KSS"]],
    ["Islamic Resistance in Iraq", "axis", ["Islamic Resistance in Iraq", "Islamic Resistance of Iraq", "Islamic Resistance"]],
    ["Houthis", "axis", ["Houthis", "Houthi rebels", "Yemen's Houthis", "Yemeni Houthis", "Ansar Allah", "Houthi", "Huthis"]],
    ["IRGC", "axis", ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Iran's Revolutionary Guards", "Quds Force"]],
    ["United States", "us", ["US forces", "U.S. military", "American forces", "CENTCOM", "Pentagon", "US Navy", "United States"]],
    ["United Kingdom", "partner", ["British", "Royal Navy", "RAF", "UK"]],
    ["Hezbollah", "other", ["Hezbollah", "Lebanese Hezbollah", "Hizballah"]],
    ["ISIS", "other", ["ISIS", "Islamic State", "ISIL", "Daesh", "IS"]],
    ["Israel", "other", ["Israeli forces", "IDF"]],
    ["Turkey", "other", ["Turkish drones"]],
  ];
  for (const [canonical, role, spellings] of families) {
    for (const s of spellings) {
      it(`${s} -> ${canonical}`, () => {
        const text = `Officials said ${s} was involved.`;
        const got = findActors(text, lex);
        expect(got).toHaveLength(1);
        expect(got[0]).toMatchObject({ name: canonical, role, span: { text: s }, fuzzy: false });
        expect(text.slice(got[0]!.span.start, got[0]!.span.end)).toBe(s);
      });
    }
  }
});

describe("findActors: generic militia descriptions", () => {
  const generic = [
    "Iran-backed militias", "Iranian-backed groups", "pro-Iranian militias", "Iran-aligned groups", "Iranian-linked groups",
    "Iran-linked militant factions", "Iran-affiliated groups", "Iraqi militias", "Tehran-backed militias", "pro-Iran armed factions",
    "Iranian-backed militia groups", "resistance groups in Iraq and Syria", "resistance factions in Iraq", "armed resistance groups in Syria",
  ];
  for (const g of generic) {
    it(`${g} is the generic Iran-backed militia`, () => {
      expect(findActors(`Attacks by ${g} continued.`, lex)).toMatchObject([{ name: "Iran-backed militia", generic: true, role: "axis", span: { text: g } }]);
    });
  }

  it("named_group_after_a_generic_adjective_is_kept, and the adjective is its epithet, not a second actor", () => {
    expect(names("The Iran-aligned Kataeb Hezbollah denied it.")).toEqual([["Kataib Hezbollah", "Kataeb Hezbollah"]]);
  });
});

describe("findActors: longest match and case", () => {
  const cases: [string, [string, string][]][] = [
    ["Kataib Hezbollah, not Hezbollah, fired the drones.", [["Kataib Hezbollah", "Kataib Hezbollah"], ["Hezbollah", "Hezbollah"]]],
    ["The Islamic Resistance in Lebanon fired too.", [["Hezbollah", "Islamic Resistance in Lebanon"]]],
    ["This is what they told us.", []],
    ["Let us see what is next.", []],
    ["THIS IS THE END", []],
    ["IS militants attacked a checkpoint.", [["ISIS", "IS"]]],
    ["The U.S.-led coalition said so.", [["US-led coalition", "U.S.-led coalition"]]],
    ["The embassy of the U.S. in Baghdad.", [["United States", "U.S."]]],
    ["The U.S. embassy in Baghdad was quiet.", []],
    ["Bashar al-Assad and Qassem Soleimani met.", [["Syrian government", "Bashar al-Assad"], ["Qassem Soleimani", "Qassem Soleimani"]]],
  ];
  for (const [text, want] of cases) it(`finds ${JSON.stringify(text)}`, () => expect(names(text)).toEqual(want));
});

describe("findActors: fuzzy fallback", () => {
  const cases: [string, string, string][] = [
    ["Fighters of Katayb Hezbollah denied it.", "Kataib Hezbollah", "Katayb Hezbollah"],
    ["The Asaib Ahl al-Huq leader spoke.", "Asaib Ahl al-Haq", "Asaib Ahl al-Huq"],
    ["Members of the Islamic Resistence in Iraq claimed it.", "Islamic Resistance in Iraq", "Islamic Resistence"], // "Iraq" is a place: the fuzzy name stops before it
  ];
  for (const [text, name, span] of cases) {
    it(`maps ${span} to ${name}`, () => {
      expect(findActors(text, lex)).toMatchObject([{ name, fuzzy: true, span: { text: span } }]);
    });
  }

  it("does_not_stretch_an_exact_name_into_the_next_word", () => {
    expect(names("The White House\nHe said")).toEqual([["United States", "White House"]]);
    expect(names("Briefing at the White House Monday.")).toEqual([["United States", "White House"]]);
  });
});
