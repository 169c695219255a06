import { describe, it, expect } from "vitest";
import { AliasMatcher, aliasForm, normalizeAlias, tokenize } from "../../src/lexicon/matchAliases.js";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";

const matcher = new AliasMatcher<string>([
  { alias: "Ain al-Asad Air Base", value: "asad" },
  { alias: "Al-Asad", value: "asad" },
  { alias: "Kataib Hezbollah", value: "kh" },
  { alias: "Hezbollah", value: "hezbollah" },
  { alias: "KH", value: "kh" },
  { alias: "IS", value: "isis" },
  { alias: "US", value: "us" },
  { alias: "Yemen's Houthis", value: "houthis" },
  { alias: "Sanaa", value: "sanaa" },
  { alias: "Hit", value: "hit", exactCase: true },
  { alias: "West Bank", value: "westbank", exactCase: true },
]);

describe("normalizeAlias", () => {
  const cases: [string, string][] = [
    ["Kata'ib Hezbollah", "kataib hezbollah"],
    ["Kata\u2019ib  Hezbollah", "kataib hezbollah"],
    ["Ain Al-Asad", "ain al asad"],
    ["U.S.-led", "us led"],
    ["Yemen\u2019s Houthis", "yemen 's houthis"],
    ["\u1e24asakah", "hasakah"],
    ["1,200 troops", "1,200 troops"],
  ];
  for (const [input, want] of cases) it(`normalises ${input}`, () => expect(normalizeAlias(input)).toBe(want));
});

describe("aliasForm", () => {
  // Plain aliases take a shortcut past tokenize(); it must give what tokenize gives.
  const lex = loadLexicons();
  const aliases = [
    ...lex.gazetteer.flatMap((e) => [...e.aliases, ...e.demonyms]),
    ...lex.actors.flatMap((e) => e.aliases),
    ...lex.weapons.flatMap((e) => [...e.terms, ...e.exclude]),
    // and shapes the lexicons may not hold yet
    "F/A-18", "MQ-9 Reaper", "  Tower 22 ", "a--b//c", "-", "", "IRGC-QF", "Al-Asad/Ain", "2 3", "x",
    "Kata'ib", "U.S.", "Ḥasakah", "1,200", "tab\there", "no\u00a0break", "Yemen's",
  ];
  it("gives_every_lexicon_alias_the_words_tokenize_gives", () => {
    expect(aliases.length).toBeGreaterThan(1000);
    for (const a of aliases) {
      const t = tokenize(a);
      expect(aliasForm(a), a).toEqual({ raw: t.raw, norm: t.norm, key: t.norm.join(" ") });
    }
  });
});

describe("AliasMatcher", () => {
  const cases: [string, [string, string][]][] = [
    ["Rockets hit Ain al-Asad Air Base today.", [["Ain al-Asad Air Base", "asad"]]],
    ["Rockets hit Ain Al Asad air base today.", [["Ain Al Asad air base", "asad"]]],
    ["Rockets hit al Asad today.", [["al Asad", "asad"]]],
    ["Rockets hit AL-ASAD today.", [["AL-ASAD", "asad"]]],
    ["Kata'ib Hezbollah and Kataib-Hezbollah denied it.", [["Kata'ib Hezbollah", "kh"], ["Kataib-Hezbollah", "kh"]]],
    ["Lebanon's Hezbollah, not Kataib Hezbollah.", [["Hezbollah", "hezbollah"], ["Kataib Hezbollah", "kh"]]],
    ["KH and the US blamed IS.", [["KH", "kh"], ["US", "us"], ["IS", "isis"]]],
    ["The U.S. said so.", [["U.S.", "us"]]],
    ["Yemen\u2019s Houthis fired.", [["Yemen\u2019s Houthis", "houthis"]]],
    ["It is what it is, said one of us.", []],
    ["THIS IS A TEST OF THE US SYSTEM", []],
    ["Khaki kh is not KH-ish", [["KH", "kh"]]],
    ["The convoy left Hit at dawn.", [["Hit", "hit"]]],
    ["Hit by shrapnel, he fell.", []],
    ["They hit the base.", []],
    ["Settlers in the West Bank, not the west bank of the river.", [["West Bank", "westbank"]]],
    ["Rockets hit Ain al-Asad\nAir Base", [["al-Asad", "asad"]]], // no name across a line break
  ];
  for (const [text, want] of cases) {
    it(`matches ${JSON.stringify(text)}`, () => {
      const got = matcher.match(text);
      for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(got.map((m) => [m.text, m.value])).toEqual(want);
    });
  }

  it("keeps_offsets_into_text_with_diacritics_and_curly_quotes", () => {
    const text = "\u201cSan\u02bfaa\u201d, \u1e24asakah and Sanaa";
    const got = matcher.match(text);
    expect(got.map((m) => m.text)).toEqual(["San\u02bfaa", "Sanaa"]);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("tokenizes_possessive_s_as_its_own_token", () => {
    expect(tokenize("Syria's east").norm).toEqual(["syria", "'s", "east"]);
  });
});
