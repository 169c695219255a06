import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

const rows: Row[] = [
  {
    name: "last_night_is_day_before_with_two_day_window",
    text: "A drone attack targeted the airport last night, the ministry said.",
    published: "2023-11-30",
    expect: [{ span: "last night", date: "2023-11-29", range: ["2023-11-29", "2023-11-30"], anchor: "publication" }],
  },
  {
    name: "overnight_is_like_last_night",
    text: "Two rockets landed near the embassy compound overnight.",
    published: "2023-11-30",
    expect: [{ span: "overnight", date: "2023-11-29", range: ["2023-11-29", "2023-11-30"] }],
  },
  {
    name: "yesterday_is_day_before_publication",
    text: "Security forces found the abandoned launcher yesterday.",
    published: "2023-11-30",
    expect: [{ span: "yesterday", date: "2023-11-29", range: null }],
  },
  {
    name: "this_morning_is_publication_day",
    text: "Sirens sounded at the base this morning as a drone approached.",
    published: "2023-11-30",
    expect: [{ span: "this morning", date: "2023-11-30" }],
  },
  {
    name: "earlier_today_after_a_reporting_verb_is_a_statement",
    text: "The coalition confirmed earlier today that nobody was hurt.",
    published: "2023-11-30",
    expect: [{ span: "earlier today", date: "2023-11-30", role: "statement" }],
  },
  {
    name: "today_is_publication_day",
    text: "The destroyer intercepted four drones today in the southern Red Sea.",
    published: "2023-12-16",
    expect: [{ span: "today", date: "2023-12-16" }],
  },
  {
    name: "tomorrow_is_day_after_publication",
    text: "Talks on the coalition's future will resume tomorrow.",
    published: "2023-12-16",
    expect: [{ span: "tomorrow", date: "2023-12-17" }],
  },
  {
    name: "quoted_last_night_counts_from_the_statement_date",
    text: "“Militants last night launched three drones at the air base,” a Pentagon spokesperson announced on December 2.",
    published: "2023-12-05",
    expect: [
      { span: "last night", date: "2023-12-01", range: ["2023-12-01", "2023-12-02"], anchor: "statement", anchorDate: "2023-12-02" },
      { span: "December 2", date: "2023-12-02", role: "statement" },
    ],
  },
  {
    name: "quoted_yesterday_counts_from_the_statement_date",
    text: "\"Three drones were launched at the base yesterday,\" the spokesman said on Nov. 3.",
    published: "2023-11-06",
    expect: [{ span: "yesterday", date: "2023-11-02", anchor: "statement" }],
  },
  {
    name: "quoted_this_morning_counts_from_the_statement_date",
    text: "“We intercepted the drone this morning,” the captain told reporters on Oct. 20.",
    published: "2023-10-23",
    expect: [{ span: "this morning", date: "2023-10-20", anchor: "statement" }],
  },
  {
    name: "unquoted_relative_day_counts_from_publication_even_beside_a_statement",
    text: "The ministry said on Nov. 28 that a second strike hit the depot yesterday.",
    published: "2023-11-30",
    expect: [{ span: "yesterday", date: "2023-11-29", anchor: "publication" }],
  },
  {
    name: "last_night_without_publication_is_unresolved",
    text: "Rockets hit the logistics base last night.",
    published: null,
    expect: [{ span: "last night", date: null, range: null, anchor: "none" }],
  },
  {
    name: "attribution_in_next_sentence_anchors_the_quote",
    text: ["“Two rockets hit the airfield last night.”", "said the colonel in a statement on Nov. 27."],
    published: "2023-11-29",
    expect: [{ span: "last night", date: "2023-11-26", anchor: "statement", anchorDate: "2023-11-27" }],
  },
  {
    name: "days_ago_counts_from_publication",
    text: "The port was shelled three days ago, residents said.",
    published: "2023-12-10",
    expect: [{ span: "three days ago", date: "2023-12-07" }],
  },
];

describe("relative days", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
