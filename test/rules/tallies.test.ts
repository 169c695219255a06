/**
 * Tallies (GUIDELINES §4): stated running totals with metric, value,
 * qualifier, region, since and as-of; a breakdown gives one tally per
 * region. Troop numbers, vague amounts and the tolls of other wars are not
 * tallies, an event's own count is not one, and a tally is not an event.
 */
import { describe, expect, it } from "vitest";
import type { TallyOut } from "../../src/model/extraction.js";
import { extract } from "./eventView.js";

type TallyView = Pick<TallyOut, "metric" | "value" | "qualifier" | "region" | "since" | "asOf">;

const tallies = (text: string): TallyView[] =>
  extract(text).tallies.map(({ metric, value, qualifier, region, since, asOf }) => ({ metric, value, qualifier, region, since, asOf }));

describe("tallies", () => {
  it.each<[string, TallyView[]]>([
    [
      "American personnel have been attacked 58 times since Oct. 17, including 25 in Iraq and 33 in Syria.",
      [
        { metric: "attacks", value: 58, qualifier: null, region: null, since: "2023-10-17", asOf: "2023-11-24" },
        { metric: "attacks", value: 25, qualifier: null, region: "Iraq", since: "2023-10-17", asOf: "2023-11-24" },
        { metric: "attacks", value: 33, qualifier: null, region: "Syria", since: "2023-10-17", asOf: "2023-11-24" },
      ],
    ],
    [
      "At least 61 U.S. personnel have been injured in the attacks since Oct. 17, the Pentagon said.",
      [{ metric: "injured", value: 61, qualifier: "at least", region: null, since: "2023-10-17", asOf: "2023-11-24" }],
    ],
    [
      "There have been approximately 150 attacks on American forces since the war began.",
      [{ metric: "attacks", value: 150, qualifier: "about", region: null, since: null, asOf: "2023-11-24" }],
    ],
    [
      "Roughly 70 American service members have been hurt in the attacks so far.",
      [{ metric: "injured", value: 70, qualifier: "about", region: null, since: null, asOf: "2023-11-24" }],
    ],
    [
      "The U.S. has carried out over 60 strikes against Houthi targets in Yemen since January.",
      [{ metric: "strikes", value: 60, qualifier: "more than", region: "Yemen", since: "2023-01-01", asOf: "2023-11-24" }],
    ],
    [
      "Houthi forces have attacked commercial ships in the Red Sea 25 times since Nov. 19.",
      [{ metric: "attacks", value: 25, qualifier: null, region: "Red Sea", since: "2023-11-19", asOf: "2023-11-24" }],
    ],
    [
      "The attacks have killed three U.S. soldiers since October, all of them at Tower 22.",
      [{ metric: "killed", value: 3, qualifier: null, region: null, since: "2023-10-01", asOf: "2023-11-24" }],
    ],
    [
      "Since Oct. 17, militants have attacked U.S. forces at least 73 times: 32 times in Iraq and 41 times in Syria.",
      [
        { metric: "attacks", value: 73, qualifier: "at least", region: null, since: "2023-10-17", asOf: "2023-11-24" },
        { metric: "attacks", value: 32, qualifier: null, region: "Iraq", since: "2023-10-17", asOf: "2023-11-24" },
        { metric: "attacks", value: 41, qualifier: null, region: "Syria", since: "2023-10-17", asOf: "2023-11-24" },
      ],
    ],
    [
      "By Wednesday, militants had mounted 41 attacks in Iraq and 29 in Syria.",
      [
        { metric: "attacks", value: 41, qualifier: null, region: "Iraq", since: null, asOf: "2023-11-22" },
        { metric: "attacks", value: 29, qualifier: null, region: "Syria", since: null, asOf: "2023-11-22" },
      ],
    ],
    [
      "It marked the 31st Houthi attack on merchant traffic in the Red Sea since Oct. 30, the Navy said.",
      [{ metric: "attacks", value: 31, qualifier: null, region: "Red Sea", since: "2023-10-30", asOf: "2023-11-24" }],
    ],
  ])("tallies_read_metric_value_qualifier_region_since: %s", (text, want) => {
    expect(tallies(text)).toEqual(want);
  });

  it.each<[string, Partial<TallyView>]>([
    ["As of Nov. 20, U.S. forces had been attacked 62 times, a Pentagon spokesman said.", { value: 62, asOf: "2023-11-20" }],
    ["Coalition troops in Syria have come under fire 37 times since Oct. 17, a Pentagon spokesman said on Tuesday.", { value: 37, region: "Syria", asOf: "2023-11-21" }],
    ["Militias have launched more than 100 attacks on U.S. bases in Iraq and Syria since mid-October.", { value: 100, qualifier: "more than", region: null, asOf: "2023-11-24" }],
    ["By Nov. 20, U.S. forces had been attacked 62 times since Oct. 17.", { value: 62, since: "2023-10-17", asOf: "2023-11-20" }],
  ])("tallies_as_of_is_the_statement_date_else_publication: %s", (text, want) => {
    const got = tallies(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
  });

  it.each([
    ["About 2,500 U.S. troops are stationed in Iraq and 900 in Syria."],
    ["The U.S. has deployed 1,200 additional troops to the region since October."],
    ["The war in Gaza has killed more than 15,000 Palestinians since Oct. 7, according to health officials."],
    ["Russian strikes have killed more than 500 civilians in Ukraine since March."],
    ["Hezbollah has fired more than 1,000 rockets at Israel since Oct. 8."],
    ["Israel has carried out more than 300 strikes in Lebanon since October."],
    ["Militias have carried out dozens of attacks on U.S. forces since October."],
    ["U.S. troops were targeted three times on Thursday, officials said."],
    ["The group's spokesman said its fighters had staged three separate attacks."],
    ["In October, a drone attack on Tower 22 in Jordan killed three U.S. soldiers."],
    ["The drone hit the 3rd floor of the building since it was the largest target."],
  ])("tallies_not_from_troops_other_wars_vague_amounts_or_one_days_count: %s", (text) => {
    expect(tallies(text)).toEqual([]);
  });

  it.each([
    ["American personnel have been attacked 58 times since Oct. 17, including 25 in Iraq and 33 in Syria."],
    ["American troops have come under fire at least 40 times since Oct. 17, the Pentagon said."],
    ["A total of 17 rebel fighters were killed in US strikes, the group said on Saturday."],
    ["In all, 34 militants have died in American airstrikes, a monitor said Sunday."],
    ["The death toll from US strikes rose to 40, the group's media office said on Friday."],
  ])("tallies_are_not_events: %s", (text) => {
    expect(extract(text).events).toEqual([]);
  });
});
