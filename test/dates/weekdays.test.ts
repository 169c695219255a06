import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

// 2023-11-24 is a Friday; 2023-12-06 a Wednesday; 2023-12-08 a Friday.
const rows: Row[] = [
  {
    name: "past_tense_weekday_is_latest_on_or_before_publication",
    text: "Militants fired two rockets at the garrison on Thursday, officials said.",
    published: "2023-11-24",
    expect: [{ span: "Thursday", date: "2023-11-23", role: "event", anchor: "publication", precision: "day" }],
  },
  {
    name: "same_weekday_as_publication_is_that_day",
    text: "A drone struck the airfield on Friday, causing no injuries.",
    published: "2023-11-24",
    expect: [{ span: "Friday", date: "2023-11-24" }],
  },
  {
    name: "early_hours_of_weekday",
    text: "The convoy came under fire in the early hours of Monday near the border crossing.",
    published: "2023-11-24",
    expect: [{ span: "Monday", date: "2023-11-20" }],
  },
  {
    name: "late_weekday",
    text: "Gunmen attacked the checkpoint late Monday, according to local police.",
    published: "2023-12-06",
    expect: [{ span: "Monday", date: "2023-12-04" }],
  },
  {
    name: "weekday_with_part_of_day",
    text: "Rocket fire hit the compound Wednesday night and damaged two vehicles.",
    published: "2023-12-08",
    expect: [{ span: "Wednesday night", date: "2023-12-06" }],
  },
  {
    name: "future_will_takes_next_weekday",
    text: "Defense ministers will meet on Thursday to discuss the raids.",
    published: "2023-11-24",
    expect: [{ span: "Thursday", date: "2023-11-30", role: "event" }],
  },
  {
    name: "future_is_expected_takes_next_weekday",
    text: "A vote on the war powers resolution is expected Monday.",
    published: "2023-11-24",
    expect: [{ span: "Monday", date: "2023-11-27" }],
  },
  {
    name: "future_same_weekday_is_that_day",
    text: "The envoy is scheduled to arrive in Baghdad on Friday.",
    published: "2023-11-24",
    expect: [{ span: "Friday", date: "2023-11-24" }],
  },
  {
    name: "next_weekday_is_strictly_after",
    text: "Officials plan to visit the wounded troops next Friday.",
    published: "2023-12-06",
    expect: [{ span: "next Friday", date: "2023-12-08" }],
  },
  {
    name: "last_weekday_is_strictly_before",
    text: "The base was targeted again last Wednesday, the spokesman added.",
    published: "2023-12-06",
    expect: [{ span: "last Wednesday", date: "2023-11-29" }],
  },
  {
    name: "weekday_without_publication_is_unresolved",
    text: "Navy crews shot down a cruise missile on Saturday.",
    published: null,
    expect: [{ span: "Saturday", date: null, anchor: "none", precision: "day" }],
  },
  {
    name: "weekday_counts_back_from_the_reporting_statement",
    text: "A commander said Tuesday that the outpost had been shelled on Sunday.",
    published: "2023-12-08",
    expect: [
      { span: "Tuesday", date: "2023-12-05", role: "statement", anchor: "publication" },
      { span: "Sunday", date: "2023-12-03", role: "event", anchor: "statement", anchorDate: "2023-12-05" },
    ],
  },
  {
    name: "weekday_with_month_day_needs_no_anchor",
    text: "Coalition aircraft bombed a depot on Saturday, Dec. 9, near the river.",
    published: null,
    expect: [{ span: "Saturday, Dec. 9", date: "2023-12-09", anchor: "explicit" }],
  },
];

describe("bare weekdays", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
