import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

// 2023-10-27 is a Friday; 2023-12-04 a Monday; 2023-12-07 a Thursday.
const rows: Row[] = [
  {
    name: "last_week_is_previous_monday_to_sunday",
    text: "The command reported last week that a patrol was ambushed near the border.",
    published: "2023-10-27",
    expect: [{ span: "last week", precision: "range", date: null, range: ["2023-10-16", "2023-10-22"] }],
  },
  {
    name: "between_month_day_and_day",
    text: "Officials counted 13 attacks between November 2 and 9.",
    published: "2023-11-12",
    expect: [{ span: "November 2 and 9", precision: "range", range: ["2023-11-02", "2023-11-09"] }],
  },
  {
    name: "between_two_months",
    text: "Houthi forces launched a dozen attacks between Nov. 28 and Dec. 3.",
    published: "2023-12-05",
    expect: [{ span: "Nov. 28 and Dec. 3", range: ["2023-11-28", "2023-12-03"] }],
  },
  {
    name: "from_to_range",
    text: "Militants fired on the base repeatedly from November 4 to 19.",
    published: "2023-11-22",
    expect: [{ span: "November 4 to 19", precision: "range", range: ["2023-11-04", "2023-11-19"] }],
  },
  {
    name: "earlier_this_week_is_monday_to_publication",
    text: "Several rocket attacks were reported earlier this week.",
    published: "2023-12-07",
    expect: [{ span: "earlier this week", range: ["2023-12-04", "2023-12-07"] }],
  },
  {
    name: "in_month_is_month_precision",
    text: "More than 20 attacks took place in October.",
    published: "2023-11-10",
    expect: [{ span: "October", precision: "month", date: null, range: ["2023-10-01", "2023-10-31"] }],
  },
  {
    name: "this_month_is_the_publication_month",
    text: "Attacks on shipping have doubled this month.",
    published: "2023-11-10",
    expect: [{ span: "this month", precision: "month", range: ["2023-11-01", "2023-11-30"] }],
  },
  {
    name: "over_the_past_three_days",
    text: "Over the past three days, patrols reported four drone sightings.",
    published: "2023-10-19",
    expect: [{ span: "the past three days", precision: "range", range: ["2023-10-16", "2023-10-19"] }],
  },
  {
    name: "over_the_weekend_is_latest_saturday_sunday",
    text: "A tanker was struck by a drone over the weekend.",
    published: "2023-12-04",
    expect: [{ span: "the weekend", range: ["2023-12-02", "2023-12-03"] }],
  },
  {
    name: "late_month_is_last_third",
    text: "The raids intensified in late November.",
    published: "2023-12-10",
    expect: [{ span: "late November", precision: "range", range: ["2023-11-21", "2023-11-30"] }],
  },
  {
    name: "last_month_across_a_year_boundary",
    text: "The group claimed 30 attacks last month.",
    published: "2024-01-10",
    expect: [{ span: "last month", precision: "month", range: ["2023-12-01", "2023-12-31"] }],
  },
  {
    name: "past_24_hours",
    text: "Four drones were shot down in the past 24 hours.",
    published: "2023-12-04",
    expect: [{ span: "the past 24 hours", range: ["2023-12-03", "2023-12-04"] }],
  },
  {
    name: "window_without_publication_is_unresolved",
    text: "Last week, militants attacked a coalition base twice.",
    published: null,
    expect: [{ span: "Last week", range: null, anchor: "none" }],
  },
];

describe("windows", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
