/**
 * Headlines and anaphoric date sentences (issue 13, item 4). News often
 * tells an action first and its day in the next sentence, whose subject
 * only points back at it ("The incident happened late Tuesday", "It took
 * place on Jan. 3"): that sentence dates the undated events before it,
 * the headline included. Sentences are our own, none from an article.
 */
import { describe, expect, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const PUB = "2024-01-05"; // a Friday

describe("a sentence that only dates the action told before it", () => {
  it.each<[string, Partial<EventView>]>([
    ["A rocket attack wounded two American soldiers at a base in Syria. The attack occurred on Monday, officials said.", { kind: "attack", date: "2024-01-01", injured: 2, country: "Syria" }],
    ["Two U.S. service members were hurt when drones struck a coalition outpost in Iraq. The incident happened late Tuesday.", { kind: "attack", date: "2024-01-02", injured: 2 }],
    ["Militants fired three rockets at the U.S. embassy in Baghdad. It took place on Jan. 3, according to a security official.", { kind: "attack", date: "2024-01-03", place: "US Embassy Baghdad" }],
    ["A U.S. drone strike killed a militia commander in Iraq. The strike was carried out on Wednesday near Kirkuk.", { kind: "strike", date: "2024-01-03", place: "Kirkuk" }],
    ["An American destroyer shot down four drones launched by the Houthis in the Red Sea. The engagement lasted several hours on Thursday.", { kind: "attack", date: "2024-01-04", country: "Red Sea" }],
    ["U.S. jets bombed a weapons depot used by an Iran-backed militia. The operation took place early on Tuesday near Abu Kamal.", { kind: "strike", date: "2024-01-02", place: "Abu Kamal" }],
  ])("dates the event before it: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it("dates every undated sentence of the report before it, and cites the dating sentence", () => {
    const [e] = expectEvents(
      "American Soldier Wounded in Drone Attack\nAn American soldier was wounded in a drone attack on a base in Iraq. Two more were treated for minor injuries at the scene. The event took place on New Year's Day.",
      [{ kind: "attack", date: "2024-01-01", injured: 1 }],
      PUB,
    );
    expect(e!.evidence).toBeGreaterThanOrEqual(3);
  });

  it.each<string>([
    // Not a pointer back: the subject is another action.
    "A rocket attack wounded two American soldiers at a base in Syria. Talks between the two governments took place on Monday.",
    // No day at all.
    "A rocket attack wounded two American soldiers at a base in Syria. The attack occurred at night, officials said.",
    // Two days: which one is not said.
    "A rocket attack wounded two American soldiers at a base in Syria. The incident happened between Monday and Wednesday, or on Thursday.",
    // A pronoun without a verb of occurrence.
    "A rocket attack wounded two American soldiers at a base in Syria. It said on Monday that more attacks would follow.",
  ])("leaves the event undated (and so out) when the next sentence does not only date it: %s", (text) => {
    expectNoEvents(text, PUB);
  });

  it("stops at a dated event: the anaphor goes on about the nearest one", () => {
    expectEvents(
      "Drones attacked a U.S. base in Syria. Rockets hit the American embassy in Baghdad on Sunday. The attack happened before dawn on Monday.",
      [{ kind: "attack", date: "2023-12-31", place: "US Embassy Baghdad" }],
      PUB,
    );
  });
});
