import { describe, expect, it } from "vitest";
import { checkRow, resolve, type Row } from "./helpers.js";

const rows: Row[] = [
  {
    name: "month_repeated_in_each_item",
    text: "US jets struck weapons depots on Oct. 29, Nov. 9, and Nov. 21.",
    published: "2023-12-04",
    expect: [
      { span: "Oct. 29", date: "2023-10-29" },
      { span: "Nov. 9", date: "2023-11-09" },
      { span: "Nov. 21", date: "2023-11-21" },
    ],
  },
  {
    name: "shared_month_two_days",
    text: "Drones targeted the airbase on Nov. 6 and 15.",
    published: "2023-11-20",
    expect: [
      { span: "Nov. 6", date: "2023-11-06" },
      { span: "15", date: "2023-11-15", role: "event" },
    ],
  },
  {
    name: "shared_month_day_first",
    text: "Rocket attacks were recorded on 27 and 28 October in Deir Ezzor.",
    published: "2023-11-01",
    expect: [
      { span: "27", date: "2023-10-27" },
      { span: "28 October", date: "2023-10-28" },
    ],
  },
  {
    name: "shared_month_three_days",
    text: "Supply convoys were hit on Oct. 3, 5 and 9, the ministry said.",
    published: "2023-10-20",
    expect: [
      { span: "Oct. 3", date: "2023-10-03" },
      { span: "5", date: "2023-10-05" },
      { span: "9", date: "2023-10-09" },
    ],
  },
  {
    name: "two_full_dates_joined_by_and",
    text: "Separate strikes on Dec. 2 and Dec. 4 destroyed two depots.",
    published: "2023-12-06",
    expect: [
      { span: "Dec. 2", date: "2023-12-02" },
      { span: "Dec. 4", date: "2023-12-04" },
    ],
  },
];

describe("date lists", () => {
  for (const row of rows) it(row.name, () => checkRow(row));

  it("a_count_after_a_date_is_not_a_list_item", () => {
    const mentions = resolve("On Nov. 8, 12 rockets were fired at the base.", "2023-11-20");
    expect(mentions.map((m) => m.span.text)).toEqual(["Nov. 8"]);
  });

  it("a_number_of_people_after_and_is_not_a_list_item", () => {
    const mentions = resolve("Attacks on Nov. 8 and 12 soldiers were wounded in them.", "2023-11-20");
    expect(mentions.map((m) => m.span.text)).toEqual(["Nov. 8"]);
  });
});
