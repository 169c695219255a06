import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

const rows: Row[] = [
  {
    name: "the_day_before_counts_from_the_previous_event",
    text: ["Militants shelled the outpost on Nov. 14.", "The day before, a drone had been shot down nearby."],
    published: "2023-11-20",
    expect: [{ span: "The day before", date: "2023-11-13", anchor: "event", anchorDate: "2023-11-14" }],
  },
  {
    name: "the_next_day_counts_from_weekday_with_date",
    text: ["Rockets struck the base on Tuesday, Dec. 5.", "The next day, US jets hit a weapons depot."],
    published: "2023-12-08",
    expect: [{ span: "The next day", date: "2023-12-06" }],
  },
  {
    name: "hours_later_may_cross_midnight",
    text: ["The Navy intercepted a missile on Oct. 30.", "Hours later, a second missile was fired toward the ship."],
    published: "2023-11-02",
    expect: [{ span: "Hours later", date: "2023-10-30", range: ["2023-10-30", "2023-10-31"] }],
  },
  {
    name: "that_night_is_the_event_day",
    text: ["A drone hit the base on Nov. 2.", "That night, sirens sounded again across the compound."],
    published: "2023-11-06",
    expect: [{ span: "That night", date: "2023-11-02" }],
  },
  {
    name: "on_that_same_day_is_the_previous_event_day",
    text: ["Two drones struck a base in Syria on Oct. 18.", "On that same day, rockets fell near a second base in Iraq."],
    published: "2023-10-25",
    expect: [{ span: "that same day", date: "2023-10-18", anchor: "event" }],
  },
  {
    name: "that_same_night_is_the_previous_event_day",
    text: ["Militants fired rockets at the garrison on Nov. 3.", "That same night, a drone was shot down over the airport."],
    published: "2023-11-06",
    expect: [{ span: "That same night", date: "2023-11-03" }],
  },
  {
    name: "the_same_day_falls_back_to_a_statement_date",
    text: ["The ministry said on Nov. 9 that it was investigating.", "The same day, rockets landed near the airport."],
    published: "2023-11-12",
    expect: [{ span: "The same day", date: "2023-11-09", anchor: "statement" }],
  },
  {
    name: "counted_days_later_in_the_same_sentence",
    text: "Gunmen attacked the convoy on Oct. 12 and struck again two days later.",
    published: "2023-10-20",
    expect: [{ span: "two days later", date: "2023-10-14", anchor: "event", anchorDate: "2023-10-12" }],
  },
  {
    name: "previous_day_without_story_date_uses_publication",
    text: "The previous day, the embassy had ordered non-essential staff to leave.",
    published: "2023-12-01",
    expect: [{ span: "The previous day", date: "2023-11-30", anchor: "publication" }],
  },
  {
    name: "a_day_later_without_any_date_is_unresolved",
    text: "A day later, the militia claimed the attack on its channel.",
    published: null,
    expect: [{ span: "A day later", date: null, anchor: "none" }],
  },
  {
    name: "the_most_recent_event_wins",
    text: ["Strikes hit two depots on Oct. 26.", "Another raid followed on Nov. 8.", "A day later, militants retaliated against a base."],
    published: "2023-11-20",
    expect: [{ span: "A day later", date: "2023-11-09", anchorDate: "2023-11-08" }],
  },
  {
    name: "event_date_beats_statement_date_as_anchor",
    text: ["Officials said on Nov. 20 that a base was hit on Nov. 17.", "The day before, a patrol was ambushed."],
    published: "2023-11-21",
    expect: [
      { span: "Nov. 20", role: "statement" },
      { span: "Nov. 17", role: "event" },
      { span: "The day before", date: "2023-11-16", anchor: "event" },
    ],
  },
  {
    name: "discourse_anchor_follows_a_resolved_weekday",
    text: ["US aircraft struck a command node on Tuesday.", "The following day, a rocket hit the airport."],
    published: "2023-12-08",
    expect: [{ span: "The following day", date: "2023-12-06", anchorDate: "2023-12-05" }],
  },
];

describe("discourse anchors", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
