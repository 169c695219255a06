/**
 * Hypotheticals, threats and plans (GUIDELINES §1) are not events — with a
 * date in between ("vowed on Tuesday to …") too. A threat in an aside that
 * closes before the event ("…, which had threatened to escalate, fired …")
 * or a real attack told after a threat ("…, after it fired drones …") stays.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("hypothetical", () => {
  it.each([
    ["If any drone ever kills U.S. soldiers, Washington will retaliate, the senator said on Monday."],
    ["Kataib Hezbollah threatened on Monday to attack U.S. bases in Iraq."],
    ["The Houthis threatened to strike U.S. warships in the Red Sea on Saturday."],
    ["The Houthis vowed on Tuesday to keep targeting U.S. warships in the Red Sea."],
    ["Harakat al-Nujaba vowed to continue attacks on American forces until U.S. troops leave Iraq, its leader said on Sunday."],
    ["The Islamic Resistance in Iraq warned on Wednesday that it would attack U.S. forces in Syria."],
    ["Militias could target American bases in eastern Syria in the coming days, a defense official warned Monday."],
    ["Any attack on U.S. personnel at Ain al-Asad would draw a swift response, the Pentagon warned on Tuesday."],
    ["The U.S. will strike Houthi targets in Yemen if attacks on shipping continue, officials said Tuesday."],
    ["Officials are considering strikes on militia facilities in Iraq, a U.S. official said on Friday."],
    ["The Pentagon said on Thursday it was prepared to strike Iranian-backed groups in Iraq and Syria."],
    ["Washington is weighing retaliatory strikes against Kataib Hezbollah, officials said on Monday."],
    ["The U.S. plans to strike more Houthi targets in Yemen in the coming days, an official said Wednesday."],
  ])("hypothetical_threats_plans_and_conditions_are_not_events: %s", (text) => {
    expectNoEvents(text);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Kataib Hezbollah, which had long threatened to escalate, fired two rockets at U.S. troops at Ain al-Asad on Monday.",
      [{ kind: "attack", date: "2023-11-20", place: "Ain al-Asad Air Base", actor: "Kataib Hezbollah" }],
    ],
    [
      "The militia said it will continue targeting U.S. bases until the war in Gaza ends, after it fired drones at al-Tanf on Tuesday.",
      [{ kind: "attack", date: "2023-11-21", place: "al-Tanf", weapons: ["drone"] }],
    ],
    [
      "Days after vowing revenge, Iran-backed militants fired rockets at U.S. forces at al-Shaddadi on Thursday.",
      [{ kind: "attack", date: "2023-11-23", place: "al-Shaddadi", actor: "Iran-backed militia" }],
    ],
    [
      "Despite warnings of further escalation, drones targeted U.S. forces at Rumalan on Wednesday.",
      [{ kind: "attack", date: "2023-11-22", place: "Rumalan" }],
    ],
    [
      "US forces on Tuesday destroyed two anti-ship missiles prepared to launch from rebel-held Yemen.",
      [{ kind: "strike", date: "2023-11-21", country: "Yemen" }],
    ],
    [
      "American jets on Wednesday knocked out three mobile launchers that were ready to launch toward the Red Sea.",
      [{ kind: "strike", date: "2023-11-22" }],
    ],
  ])("hypothetical_cue_outside_the_event_clause_keeps_it: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
