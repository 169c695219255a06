import { describe, it, expect } from "vitest";
import { cleanText } from "../../src/text/clean.js";

function codes(body: string): string[] {
  return cleanText(body).warnings.map((w) => w.code);
}

describe("cleanText_text", () => {
  const cases: Array<[string, string, string]> = [
    ["template tags removed", "{{^adFree}}\nThe ship was hit.{{/adFree}}\n{{{promo}}}", "The ship was hit."],
    ["tag between words keeps them apart", "The ship{{ad}}sank.", "The ship sank."],
    ["CMS embed removed", "Shelling resumed.\n[[nid:48213]]\nTwo died.", "Shelling resumed.\nTwo died."],
    ["wiki-style link kept", "See [[Gaza Strip]] for context.", "See [[Gaza Strip]] for context."],
    ["mojibake apostrophe repaired", "Officials donâ€™t expect more strikes.", "Officials don\u2019t expect more strikes."],
    ["mojibake quotes repaired", "He called it â€œa warningâ€\u009D.", "He called it \u201Ca warning\u201D."],
    ["mojibake accent repaired", "The cafÃ© was hit.", "The caf\u00E9 was hit."],
    ["mojibake no-break space repaired", "It cost Â£5\u00A0million.Â\u00A0Then it burned.", "It cost \u00A35 million. Then it burned."],
    ["double mojibake repaired", "They didnÃ¢â‚¬â„¢t stop.", "They didn\u2019t stop."],
    ["legitimate German quotes kept", "Er sagte \u201EFu\u00DF\u201C und ging.", "Er sagte \u201EFu\u00DF\u201C und ging."],
    ["zero-width and soft hyphen removed", "Drone\u200B strikes hit the air\u00ADfield\u2060.\uFEFF", "Drone strikes hit the airfield."],
    ["NBSP becomes a space", "12\u00A0km from\u202Fthe border", "12 km from the border"],
    ["spaces and tabs folded", "Two  \t rockets   fell.   ", "Two rockets fell."],
    ["line ends trimmed", "First line.   \n   Second line.", "First line.\nSecond line."],
    ["3+ newlines become a paragraph break", "First.\n\n\n\n\nSecond.", "First.\n\nSecond."],
    ["blank lines with spaces count as blank", "First.\n  \n \t \nSecond.", "First.\n\nSecond."],
    ["single and double newlines kept", "A.\nB.\n\nC.", "A.\nB.\n\nC."],
    ["CRLF normalised", "A.\r\nB.\r\rC.", "A.\nB.\n\nC."],
    ["control characters removed", "Bad\u0007 byte\u001B here.", "Bad byte here."],
    ["glued sentences left as they are", "He met an official.The official left.", "He met an official.The official left."],
  ];
  it.each(cases)("%s", (_name, body, text) => {
    expect(cleanText(body).text).toBe(text);
  });
});

describe("cleanText_warnings", () => {
  it("warns_about_unrepairable_garbage_and_keeps_it", () => {
    const body = "Analysts told \u00B0\u00AE\u00C2\u00FE\u00B5\u00BA that the militias act alone.";
    const r = cleanText(body);
    expect(r.text).toBe(body);
    const w = r.warnings.find((x) => x.code === "mojibake-unrepaired");
    expect(w?.sample).toBe("\u00B0\u00AE\u00C2\u00FE\u00B5\u00BA");
  });

  it("reports_repairs", () => {
    const w = cleanText("They donâ€™t know.").warnings.find((x) => x.code === "mojibake-repaired");
    expect(w?.sample).toBe("â€™ → \u2019");
  });

  it("reports_removed_template_tags", () => {
    expect(codes("{{^adFree}}Text.{{/adFree}}")).toContain("template-tags-removed");
  });

  it("reports_glued_words_without_changing_text", () => {
    const body = "Rockets were fired by Hamaswhich denied it, and by a cellthat fled.";
    const r = cleanText(body);
    expect(r.text).toBe(body);
    const w = r.warnings.find((x) => x.code === "glued-words");
    expect(w?.message).toContain("Hamaswhich");
    expect(w?.message).toContain("cellthat");
  });

  const quiet: Array<[string, string]> = [
    ["plain English", "Two rockets hit the base on Monday; nobody was hurt."],
    ["accents and typographic quotes", "\u201CIt\u2019s over,\u201D said Jos\u00E9 Pe\u00F1a \u2014 5\u00B0C, \u00A340."],
    ["words ending like glue", "Meanwhile troops went elsewhere, somewhere north."],
    ["Portuguese capitals", "S\u00C3O PAULO \u2014 officials met."],
  ];
  it.each(quiet)("no_warnings_for_%s", (_name, body) => {
    expect(cleanText(body).warnings).toEqual([]);
  });

  it("reports_replacement_characters", () => {
    expect(codes("The \uFFFD blast.")).toContain("replacement-chars");
  });
});
