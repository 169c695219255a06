/**
 * Issue 15 items 2 and 5: a reported date never lands after the article's
 * publication date nor after today, and an impossible written year dates
 * nothing.
 */
import { describe, expect, it } from "vitest";
import { resolveArticleDates } from "../../src/dates/index.js";
import { article, mention } from "./helpers.js";

const TODAY = "2026-12-06";

function resolveAt(text: string, published: string | null, referenceDate: string, today = TODAY) {
  const a = article(text);
  return resolveArticleDates({ text: a.text, sentences: a.sentences, published, referenceDate, today });
}

describe("no reported date after today (reference date = today, no publication date)", () => {
  const rows: Array<{ text: string; span: string; date: string }> = [
    // Weekday-fit years: Friday 8 December is 2023 (and 2028, which is after today).
    { text: "Rockets struck the base on Friday 8 December.", span: "Friday 8 December", date: "2023-12-08" },
    { text: "A drone hit the port on Saturday, Dec. 9.", span: "Saturday, Dec. 9", date: "2023-12-09" },
    // Nearest today, but on or before it.
    { text: "Militants attacked a convoy on December 20.", span: "December 20", date: "2025-12-20" },
    { text: "The destroyer downed two missiles on Dec. 31.", span: "Dec. 31", date: "2025-12-31" },
    { text: "Gunmen fired at a patrol on 7 December.", span: "7 December", date: "2025-12-07" },
    { text: "A strike hit a depot on 6 December.", span: "6 December", date: "2026-12-06" },
  ];
  for (const r of rows) {
    it(r.text, () => {
      const m = mention(resolveAt(r.text, null, TODAY), r.span);
      expect(m.date).toBe(r.date);
      expect(m.date! <= TODAY).toBe(true);
    });
  }
  it("a month without a day stays on or before today too", () => {
    const m = mention(resolveAt("Attacks rose sharply in December.", null, TODAY), "December");
    expect(m.range).toEqual(["2026-12-01", "2026-12-31"]);
    const later = mention(resolveAt("Attacks rose sharply in February.", null, TODAY), "February");
    expect(later.range![0] <= TODAY).toBe(true);
  });
  it("future tense may still point ahead", () => {
    const m = mention(resolveAt("The talks will resume on December 20.", null, TODAY), "December 20");
    expect(m.date).toBe("2026-12-20");
  });
  it("a given reference date still picks the nearest year, even after it", () => {
    const m = mention(resolveAt("Militants attacked a convoy on December 20.", null, "2023-12-15"), "December 20");
    expect(m.date).toBe("2023-12-20");
  });
});

describe("no reported date after the publication date", () => {
  const rows: Array<{ text: string; span: string; date: string }> = [
    { text: "Rockets struck the base on Friday 8 December.", span: "Friday 8 December", date: "2023-12-08" },
    { text: "Officials said a drone hit the base on Sunday, Dec. 3.", span: "Sunday, Dec. 3", date: "2023-12-03" },
    { text: "A ship was attacked on Monday, Nov. 27, in the strait.", span: "Monday, Nov. 27", date: "2023-11-27" },
    { text: "The base came under fire on Thursday, Dec. 14.", span: "Thursday, Dec. 14", date: "2023-12-14" },
    { text: "Two drones were downed on Tuesday, Oct. 24.", span: "Tuesday, Oct. 24", date: "2023-10-24" },
  ];
  for (const r of rows) {
    it(r.text, () => {
      // Published 2023-12-10 but read in 2026: a weekday-fit year never passes the publication date (1 day slack).
      const published = r.date > "2023-12-11" ? "2023-12-15" : "2023-12-10";
      const m = mention(resolveAt(r.text, published, "2026-12-06"), r.span);
      expect(m.date).toBe(r.date);
    });
  }
});

describe("an impossible written year dates nothing", () => {
  const texts = [
    "Rockets hit the base on January 1, 0000.",
    "A drone struck the depot on 5 May 0000 near the town.",
    "Gunmen attacked the convoy on 01/01/0000 at dawn.",
    "The raid took place on March 3, 0999, officials said.",
    "A strike was reported on Dec. 12, 0023 by the ministry.",
  ];
  for (const text of texts) {
    it(text, () => {
      const dated = resolveAt(text, null, "2023-12-15").filter((m) => m.date !== null || m.range !== null);
      expect(dated).toEqual([]);
    });
  }
  it("a real year next to it still counts", () => {
    expect(mention(resolveAt("Rockets hit the base on January 1, 2024.", null, "2023-12-15"), "January 1, 2024").date).toBe("2024-01-01");
  });
});
