import { describe, expect, it } from "vitest";
import { resolve } from "./helpers.js";

/** Sentences that must yield no date mention at all. */
const NO_DATES: readonly string[] = [
  "Tower 22 is a small logistics outpost near the border.",
  "An MQ-9 was lost during a surveillance flight.",
  "At 0700 EDT the ship's radar picked up the incoming missiles.",
  "The F-16 pilots returned safely to their base.",
  "USA Today first reported the casualty figures.",
  "There are now about 900 US troops in Syria.",
  "The commander sat down with tribal leaders to discuss security.",
  "Soldiers waited for hours under the sun.",
  "Speakers recalled the 9/11 attacks during the ceremony.",
  "About 1/2 of the rockets fell short of the base.",
  "Protesters planned a march on the embassy.",
  "Some 2,500 personnel serve at the desert base.",
  "The council cited Resolution 2334 in its statement.",
  "The second attack came at 10 a.m. local time.",
  "The attacks were carried out in recent weeks.",
  "The tanker was struck within 24 hours of the warning.",
  "Officials expect a decision in a week.",
  "The raid followed a day after the envoy's visit.",
  "Tensions grew during the past weeks of fighting.",
  "The Sun reported that two drones were shot down.",
  "Christmas decorations were hung in the mess hall.",
];

describe("negative cases", () => {
  for (const sentence of NO_DATES) {
    it(`no_date: ${sentence}`, () => {
      expect(resolve(sentence, "2023-11-24").map((m) => m.span.text)).toEqual([]);
    });
  }

  it("a_bare_year_after_since_is_year_precision_only", () => {
    const mentions = resolve("The rebels have fought the government since 2004.", "2023-11-24");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ precision: "year", date: null, role: "since", range: ["2004-01-01", "2004-12-31"] });
  });

  it("a_number_after_a_month_day_never_becomes_a_year", () => {
    const mentions = resolve("Shelling has been logged since November 3, 12 days after the truce collapsed.", "2023-11-24");
    expect(mentions.map((m) => m.span.text)).toEqual(["November 3"]);
    expect(mentions[0]!.date).toBe("2023-11-03");
  });

  it("a_time_before_a_date_does_not_make_a_range", () => {
    const mentions = resolve("UPDATED 9:40 AM ET – Tuesday, May 16, 2023", null);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ precision: "day", date: "2023-05-16", range: null });
  });

  it("a_name_with_today_yields_no_today", () => {
    const mentions = resolve("Amman, February 3, 2024, The Desert Today: the outpost was hit.", null);
    expect(mentions.map((m) => m.span.text)).toEqual(["February 3, 2024"]);
  });

  it("a_month_word_without_preposition_is_not_a_month", () => {
    expect(resolve("March on, the commander told his troops.", "2023-11-24")).toEqual([]);
  });

  it("a_day_after_a_noun_is_not_resolved_against_the_story", () => {
    const mentions = resolve(["A drone hit the base on Nov. 2.", "Ten days after the attack, the unit withdrew."], "2023-11-20");
    expect(mentions.map((m) => m.span.text)).toEqual(["Nov. 2"]);
  });
});
