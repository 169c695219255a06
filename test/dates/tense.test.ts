import { describe, expect, it } from "vitest";
import { detectTense } from "../../src/dates/index.js";

/** Each row: a sentence, the date phrase in it, and the tense of its clause. */
const rows: { sentence: string; phrase: string; tense: "past" | "future" }[] = [
  { sentence: "Ministers will meet on Thursday in Brussels.", phrase: "Thursday", tense: "future" },
  { sentence: "A vote is expected Monday.", phrase: "Monday", tense: "future" },
  { sentence: "The envoy plans to travel to Erbil on Sunday.", phrase: "Sunday", tense: "future" },
  { sentence: "Talks are scheduled for Friday.", phrase: "Friday", tense: "future" },
  { sentence: "They'll resume patrols on Tuesday.", phrase: "Tuesday", tense: "future" },
  { sentence: "The Pentagon said it would respond on Friday.", phrase: "Friday", tense: "future" },
  { sentence: "Inspectors arrive next Thursday.", phrase: "Thursday", tense: "future" },
  { sentence: "Rockets hit the base on Thursday.", phrase: "Thursday", tense: "past" },
  { sentence: "The next attack came on Monday.", phrase: "Monday", tense: "past" },
  { sentence: "“We will respond,” the command's Monday statement said.", phrase: "Monday", tense: "past" },
  { sentence: "The strike on Sunday, which officials will review, killed two.", phrase: "Sunday", tense: "past" },
];

describe("tense", () => {
  for (const row of rows) {
    it(`${row.tense}: ${row.sentence}`, () => {
      const start = row.sentence.indexOf(row.phrase);
      expect(detectTense(row.sentence, start, start + row.phrase.length)).toBe(row.tense);
    });
  }
});
