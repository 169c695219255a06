/**
 * An event a sentence does not date itself, reported in a dated statement
 * ("…, the Pentagon reported Wednesday"), takes the statement's day — also
 * when the statement's day is written twice ("Wednesday (11/8/23)",
 * "Wednesday, Nov. 8"); two different statement days date nothing.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const PUB = "2023-11-10";

describe("the statement's day dates an undated event", () => {
  it.each<[string, Partial<EventView>]>([
    ["US jets struck a weapons depot in eastern Syria, the Pentagon said Wednesday.", { kind: "strike", date: "2023-11-08" }],
    ["Two US F-15s carried out an airstrike on a storage site in Syria used by the IRGC, the Pentagon reported Wednesday (11/8/23).", { kind: "strike", date: "2023-11-08" }],
    ["American aircraft bombed a training camp near Abu Kamal, officials announced on Wednesday, Nov. 8.", { kind: "strike", date: "2023-11-08", place: "Abu Kamal" }],
    ["Rockets targeted US troops at al-Tanf, a defense official said Thursday (Nov. 9).", { kind: "attack", date: "2023-11-09", place: "al-Tanf" }],
    ["A drone hit a base housing US forces in Syria, CENTCOM confirmed on Tuesday, November 7, 2023.", { kind: "attack", date: "2023-11-07" }],
  ])("%s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it("two different statement days date nothing", () => {
    expectNoEvents("US jets struck a depot in Syria, officials said Monday, and the Pentagon confirmed it on Wednesday.", PUB);
  });
});
