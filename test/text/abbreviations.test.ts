import { describe, it, expect } from "vitest";
import { abbreviationLexicon, parseAbbreviationLexicon } from "../../src/text/abbreviations.js";

describe("abbreviation_lexicon", () => {
  it("loads_the_package_lexicon", () => {
    const lex = abbreviationLexicon();
    expect(lex.kinds.get("u.s.")).toBe("final");
    expect(lex.kinds.get("gen.")).toBe("title");
    expect(lex.kinds.get("no.")).toBe("number");
    expect(lex.sentenceStarters.has("The")).toBe(true);
    expect(lex.acronymGlueWords.has("which")).toBe(true);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ["not an object", [], /groups/],
    ["unknown kind", { groups: [{ kind: "rank", entries: ["Gen."] }] }, /kind must be one of/],
    ["entry without a dot", { groups: [{ kind: "title", entries: ["Gen"] }] }, /must end with a full stop/],
    ["duplicate entry", { groups: [{ kind: "title", entries: ["Gen.", "gen."] }] }, /listed twice/],
    ["missing starters", { groups: [] }, /sentenceStarters/],
  ];
  it.each(bad)("rejects_%s", (_name, raw, message) => {
    expect(() => parseAbbreviationLexicon(raw, "test.json")).toThrow(message);
  });
});
