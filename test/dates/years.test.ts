import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

const rows: Row[] = [
  {
    name: "month_day_takes_year_on_or_before_publication",
    text: "The tanker was hit by a missile on Dec. 25.",
    published: "2024-01-05",
    expect: [{ span: "Dec. 25", date: "2023-12-25", anchor: "publication" }],
  },
  {
    name: "month_day_in_publication_year",
    text: "A drone struck the port on Jan. 3.",
    published: "2024-01-05",
    expect: [{ span: "Jan. 3", date: "2024-01-03" }],
  },
  {
    name: "future_month_day_takes_year_on_or_after_publication",
    text: "The joint exercise will begin on Jan. 10.",
    published: "2023-12-20",
    expect: [{ span: "Jan. 10", date: "2024-01-10" }],
  },
  {
    name: "no_publication_nearest_reference_after",
    text: "Rebel forces fired missiles at the frigate on January 14.",
    published: null,
    expect: [{ span: "January 14", date: "2024-01-14", anchor: "reference", anchorDate: "2023-12-15" }],
  },
  {
    name: "no_publication_nearest_reference_before",
    text: "Rockets hit the garrison on October 23.",
    published: null,
    expect: [{ span: "October 23", date: "2023-10-23", anchor: "reference" }],
  },
  {
    name: "no_publication_year_from_nearby_full_date",
    text: ["The ministry issued its report on Dec. 9, 2022.", "Militants had attacked the base on Dec. 4."],
    published: null,
    expect: [
      { span: "Dec. 9, 2022", date: "2022-12-09", anchor: "explicit" },
      { span: "Dec. 4", date: "2022-12-04", anchor: "explicit", anchorDate: "2022-12-09" },
    ],
  },
  {
    name: "weekday_fits_only_some_years",
    text: "The strike on Thursday, November 23 caused no damage.",
    published: null,
    reference: "2023-02-01",
    expect: [{ span: "Thursday, November 23", date: "2023-11-23", anchor: "explicit" }],
  },
  {
    name: "weekday_fit_overrides_a_distant_reference",
    text: "Coalition jets struck the depot on Tuesday, Oct. 17.",
    published: null,
    reference: "2021-06-01",
    expect: [{ span: "Tuesday, Oct. 17", date: "2023-10-17" }],
  },
  {
    name: "day_month_format",
    text: "Two fighters died in a strike near Mosul on 9 December.",
    published: "2023-12-10",
    expect: [{ span: "9 December", date: "2023-12-09" }],
  },
  {
    name: "upper_case_abbreviated_month",
    text: "Shortly before 0530 EDT on 14 NOV, a warship engaged a missile.",
    published: "2023-11-15",
    expect: [{ span: "14 NOV", date: "2023-11-14" }],
  },
  {
    name: "iso_date",
    text: "The attack on 2023-11-24 was claimed within hours.",
    published: null,
    expect: [{ span: "2023-11-24", date: "2023-11-24", anchor: "explicit" }],
  },
  {
    name: "date_used_as_modifier_is_a_date",
    text: "Troop levels were raised after the Oct. 7 Hamas attacks.",
    published: "2023-11-01",
    expect: [{ span: "Oct. 7", date: "2023-10-07" }],
  },
  {
    name: "day_month_modifier_is_a_date",
    text: "The region has been tense since the 7 October attack.",
    published: "2023-11-01",
    expect: [{ span: "7 October", date: "2023-10-07", role: "event" }],
  },
  {
    name: "bare_year_is_year_precision",
    text: "The militants captured the city in 2014.",
    published: "2023-11-24",
    expect: [{ span: "2014", precision: "year", date: null, range: ["2014-01-01", "2014-12-31"] }],
  },
  {
    name: "month_with_written_year",
    text: "The advisory role began in December 2021.",
    published: "2023-10-27",
    expect: [{ span: "December 2021", precision: "month", range: ["2021-12-01", "2021-12-31"], anchor: "explicit" }],
  },
  {
    name: "number_after_month_day_is_not_a_year",
    text: "Strikes resumed on November 3, 12 days after the ceasefire collapsed.",
    published: "2023-11-24",
    expect: [{ span: "November 3", date: "2023-11-03" }],
  },
  {
    name: "christmas_day_is_december_25",
    text: "Three soldiers were wounded in a drone attack on Christmas Day.",
    published: "2023-12-26",
    expect: [{ span: "Christmas Day", date: "2023-12-25" }],
  },
  {
    name: "new_years_day_takes_the_year_before_a_late_publication",
    text: "Militants fired rockets at the airport on New Year's Day.",
    published: "2024-01-03",
    expect: [{ span: "New Year's Day", date: "2024-01-01" }],
  },
  {
    name: "one_day_of_slack_after_publication",
    text: "The drone was intercepted on Nov. 25, local time.",
    published: "2023-11-24",
    expect: [{ span: "Nov. 25", date: "2023-11-25" }],
  },
];

describe("years", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
