import { describe, expect, it } from "vitest";
import { inferPublicationDate } from "../../src/dates/index.js";
import { REFERENCE, article } from "./helpers.js";

interface InferenceRow {
  name: string;
  text: string | string[];
  reference?: string;
  date: string | null;
  /** The span text that dated it, when it did. */
  span?: string;
}

const rows: InferenceRow[] = [
  {
    name: "statement_date_with_year_from_reference",
    text: ["Militias have attacked US troops dozens of times.", "A Pentagon spokeswoman said on 6 December that 61 troops were hurt."],
    date: "2023-12-06",
    span: "6 December",
  },
  {
    name: "weekday_statement_after_weekday_dated_event",
    text: ["A US drone strike on Saturday, Dec. 9, killed two militants.", "“We will defend our forces,” the command's Sunday press statement said."],
    date: "2023-12-10",
    span: "Sunday",
  },
  {
    name: "bare_weekday_statement_alone_dates_nothing",
    text: "The ministry said on Friday that a drone had been downed near the border.",
    date: null,
  },
  {
    name: "dateline_full_date",
    text: ["WASHINGTON, Dec. 9, 2023 — Rockets were fired at the embassy compound.", "Nobody was hurt, officials said."],
    date: "2023-12-09",
    span: "Dec. 9, 2023",
  },
  {
    name: "dateline_without_year_takes_reference_year",
    text: "BAGHDAD, Jan 27 (Agency) Talks on the future of the coalition began in the capital.",
    date: "2024-01-27",
    span: "Jan 27",
  },
  {
    name: "date_on_its_own_line",
    text: "Drone maker expands plant\nMarch 2, 2023\nThe company said it would hire 200 workers.",
    date: "2023-03-02",
    span: "March 2, 2023",
  },
  {
    name: "event_dates_are_not_publication_dates",
    text: "Militants attacked the base on Nov. 30 with three rockets.",
    date: null,
  },
  {
    name: "latest_statement_wins",
    text: [
      "Officials announced on Nov. 12 that strikes hit two sites in Syria.",
      "The spokeswoman told reporters on Nov. 14 that 55 attacks had occurred.",
    ],
    date: "2023-11-14",
    span: "Nov. 14",
  },
  {
    name: "caption_date_is_not_a_dateline",
    text: "A patrol near the base is seen on Dec. 15, 2018. Coalition troops remain in the area.",
    date: null,
  },
  {
    name: "text_without_dates",
    text: "Coalition forces remain on alert across the region.",
    date: null,
  },
  {
    name: "claim_opening_a_sentence_does_not_date_the_article",
    text: ["Militants fired rockets at a base on Nov. 23.", "On Monday, a group calling itself the resistance claimed the attack."],
    date: null,
  },
  {
    name: "press_conference_date",
    text: "The figures were given at a Nov. 21 press conference at the Pentagon.",
    date: "2023-11-21",
    span: "Nov. 21",
  },
  {
    name: "timeline_entry_at_the_top_is_not_a_dateline",
    text: "Oct. 17 – drone attack on al-Tanf garrison\nOct. 18 – rockets fired at Ain al-Asad",
    date: null,
  },
  {
    name: "byline_date",
    text: "Navy downs drones over the Red Sea\nBy Jane Roe, Example News | 31 December 2023\nWarships shot down four drones.",
    date: "2023-12-31",
    span: "31 December 2023",
  },
  {
    name: "statement_year_follows_reference_date",
    text: "The command announced on January 12 that it had struck radar sites.",
    reference: "2023-12-15",
    date: "2024-01-12",
  },
];

describe("publication date inference", () => {
  for (const row of rows) {
    it(row.name, () => {
      const { text, sentences } = article(row.text);
      const result = inferPublicationDate(text, sentences, row.reference ?? REFERENCE);
      expect(result.date).toBe(row.date);
      expect(result.method).toBe(row.date ? "inferred" : "unknown");
      if (row.span !== undefined) {
        expect(result.span?.text).toBe(row.span);
        expect(text.slice(result.span!.start, result.span!.end)).toBe(row.span);
      }
    });
  }
});
