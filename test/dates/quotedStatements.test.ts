import { describe, it } from "vitest";
import { checkRow, type Row } from "./helpers.js";

// Roles: statement dates, tally starts (since) and stamps (as_of), window ends (until).
const rows: Row[] = [
  {
    name: "said_on_day_month_is_a_statement",
    text: "The spokesman said on 5 December that the attacks had stopped.",
    published: "2023-12-06",
    expect: [{ span: "5 December", date: "2023-12-05", role: "statement" }],
  },
  {
    name: "announced_without_on_is_a_statement",
    text: "The Pentagon announced Nov. 6 that a cruiser intercepted two drones.",
    published: "2023-11-07",
    expect: [{ span: "Nov. 6", date: "2023-11-06", role: "statement" }],
  },
  {
    name: "statement_on_weekday",
    text: "In a statement on Monday, the group vowed more attacks on foreign forces.",
    published: "2023-12-06",
    expect: [{ span: "Monday", date: "2023-12-04", role: "statement" }],
  },
  {
    name: "weekday_statement_noun",
    text: "A Wednesday statement by the command gave no casualty figures.",
    published: "2023-12-08",
    expect: [{ span: "Wednesday", date: "2023-12-06", role: "statement" }],
  },
  {
    name: "press_briefing_date",
    text: "She confirmed the figure at a Nov. 16 press briefing in Washington.",
    published: "2023-11-17",
    expect: [{ span: "Nov. 16", date: "2023-11-16", role: "statement" }],
  },
  {
    name: "speakers_on_weekday_then_said",
    text: "Officials on Tuesday said the strike killed two fighters.",
    published: "2023-12-08",
    expect: [{ span: "Tuesday", date: "2023-12-05", role: "statement" }],
  },
  {
    name: "event_weekday_before_attribution_stays_an_event",
    text: "A drone attack on Tuesday wounded three soldiers, officials said.",
    published: "2023-12-08",
    expect: [{ span: "Tuesday", date: "2023-12-05", role: "event" }],
  },
  {
    name: "said_then_event_clause_keeps_event_role",
    text: "Officials said the attack on Tuesday wounded three soldiers.",
    published: "2023-12-08",
    expect: [{ span: "Tuesday", role: "event" }],
  },
  {
    name: "told_reporters_on_date",
    text: "A defense official told reporters on Nov. 2 that the drone was intercepted.",
    published: "2023-11-03",
    expect: [{ span: "Nov. 2", role: "statement" }],
  },
  {
    name: "as_of_weekday_stamps_a_tally",
    text: "As of Thursday, 61 troops had been treated for minor injuries.",
    published: "2023-11-24",
    expect: [{ span: "Thursday", date: "2023-11-23", role: "as_of" }],
  },
  {
    name: "since_month_day_starts_a_tally",
    text: "Militias have attacked US bases 74 times since Oct. 17.",
    published: "2023-11-30",
    expect: [{ span: "Oct. 17", date: "2023-10-17", role: "since" }],
  },
  {
    name: "since_full_month_name",
    text: "Since October 18, the group has claimed more than 40 attacks.",
    published: "2023-11-30",
    expect: [{ span: "October 18", date: "2023-10-18", role: "since" }],
  },
  {
    name: "since_mid_month_is_a_range",
    text: "Attacks on coalition sites have continued since mid-October.",
    published: "2023-11-30",
    expect: [{ span: "mid-October", role: "since", precision: "range", date: null, range: ["2023-10-11", "2023-10-20"] }],
  },
  {
    name: "until_date_in_future_clause",
    text: "The naval mission will continue until Jan. 31.",
    published: "2023-12-20",
    expect: [{ span: "Jan. 31", role: "until", date: "2024-01-31" }],
  },
  {
    name: "header_date_line_is_a_statement",
    text: " date 2023-11-24 Rockets hit a base in eastern Syria.",
    published: "2023-11-24",
    expect: [{ span: "2023-11-24", role: "statement", date: "2023-11-24" }],
  },
];

describe("statements and tally roles", () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
