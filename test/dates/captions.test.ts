/**
 * Photo captions (issue 13 item 4): their dates describe a picture, often
 * an old file photo, so they get the `caption` role — no event date, no
 * publication date, no year hint for the sentences around them.
 */
import { describe, expect, it } from "vitest";
import { isCaptionLine } from "../../src/text/captions.js";
import { resolveArticleDates } from "../../src/dates/index.js";
import { splitSentences } from "../../src/text/sentences.js";
import { REFERENCE, mention } from "./helpers.js";

/** Resolves a text split into sentences the way ingest splits it (every line ends a sentence). */
function resolveLines(lines: string[]) {
  const text = lines.join("\n");
  return resolveArticleDates({ text, sentences: splitSentences(text), published: null, referenceDate: REFERENCE });
}

const CAPTIONS = [
  "A spokesman speaks at a briefing, Thursday, June 2, 2022, in Washington. (AP Photo/Sam Doe)",
  "Soldiers patrol a road near the border on July 9, 2020. (Photo by J. Smith/AFP via Getty Images)",
  "FILE - A destroyer sails through the strait on April 1, 2019.",
  "File photo: a drone on display at an arms fair, 2021.",
  "A cargo ship is seen in this handout picture released on May 3, 2023.",
  "Marines board a helicopter, Monday, Aug. 14, 2023, off the coast.",
  "The frigate in port. (Photo courtesy of the navy)",
  "Caption: smoke rises over the harbour after a strike.",
  "Satellite image of the base. (Example Labs/Handout via WIRE)",
];

const NOT_CAPTIONS = [
  "Rockets hit the base on Friday, Dec. 8, 2023, officials said.",
  "WASHINGTON, Dec 4 (Reuters) - The Pentagon said two drones were shot down.",
  "The strikes, which began on Friday, March 3, 2023, continued for a week.",
  "A photo of the wreckage was posted online by the group on Monday.",
  "The ship reported an explosion nearby (no injuries) on Nov. 3.",
];

describe("isCaptionLine", () => {
  for (const line of CAPTIONS) it(`caption: ${line.slice(0, 60)}`, () => expect(isCaptionLine(line)).toBe(true));
  for (const line of NOT_CAPTIONS) it(`not a caption: ${line.slice(0, 60)}`, () => expect(isCaptionLine(line)).toBe(false));
});

describe("caption dates date neither an event nor the text around them", () => {
  const cases: Array<{ caption: string; span: string }> = [
    { caption: "A spokesman speaks at a briefing, Friday, March 3, 2021, in Washington. (AP Photo/Sam Doe)", span: "Friday, March 3, 2021" },
    { caption: "FILE - Militia fighters parade in the capital on Sept. 12, 2019.", span: "Sept. 12, 2019" },
    { caption: "A patrol boat near the harbour on 5 May 2020. (Photo: Navy)", span: "5 May 2020" },
    { caption: "An aircraft takes off in this file photo from October 2, 2018.", span: "October 2, 2018" },
    { caption: "Sailors stand watch, Sunday, Jan. 7, 2018, in the gulf.", span: "Jan. 7, 2018" },
  ];
  for (const c of cases) {
    it(c.caption.slice(0, 60), () => {
      // One line per paragraph, like a stored article: the caption line sits between two report lines.
      const mentions = resolveLines(["Militants fired rockets at the base.", c.caption, "A drone was shot down on Dec. 3."]);
      const m = mention(mentions, mentions.find((x) => c.span.includes(x.span.text) || x.span.text.includes(c.span))!.span.text);
      expect(m.role).toBe("caption");
      // The year written in the caption does not lend itself to "Dec. 3": that follows the reference date.
      expect(mention(mentions, "Dec. 3").date).toBe("2023-12-03");
      expect(mention(mentions, "Dec. 3").role).toBe("event");
    });
  }
});
