/**
 * Summaries (GUIDELINES §2): a summary whose parts the article lists one by
 * one is an umbrella event beside them; a summary whose parts are not
 * listed is an ordinary event with `count` set from "four times", "twice",
 * "three airstrikes", "at 16 locations".
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("umbrella", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "American troops were targeted four times across Iraq and Syria on Thursday. Drones targeted Ain al-Asad Air Base in western Iraq on Thursday. Rockets struck Erbil Air Base on Thursday. Two drones were launched at al-Tanf in Syria on Thursday. A rocket hit the Rumalan base in Syria on Thursday.",
      [
        { umbrella: true, count: 4, place: null, country: ["Iraq", "Syria"] },
        { umbrella: false, place: "Ain al-Asad Air Base", weapons: ["drone"] },
        { umbrella: false, place: "Erbil Air Base", weapons: ["rocket"] },
        { umbrella: false, place: "al-Tanf", weapons: ["drone"] },
        { umbrella: false, place: "Rumalan", weapons: ["rocket"] },
      ],
    ],
    [
      "U.S. forces were attacked two times in Iraq on Friday. One drone targeted Ain al-Asad on Friday and another targeted Erbil on Friday.",
      [
        { umbrella: true, count: 2, place: null },
        { umbrella: false, place: "Ain al-Asad Air Base" },
        { umbrella: false, place: "Erbil" },
      ],
    ],
  ])("umbrella_marks_a_summary_whose_parts_are_listed: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. forces in Syria were attacked three times on Monday, the Pentagon said.", [{ kind: "attack", count: 3, umbrella: false, country: "Syria" }]],
    ["American troops in Iraq came under attack twice on Wednesday, a U.S. official said.", [{ kind: "attack", count: 2, umbrella: false, country: "Iraq" }]],
    ["U.S. and British warplanes struck more than 60 targets at 16 locations across Yemen on Friday.", [{ kind: "strike", count: 16, umbrella: false }]],
    ["U.S. forces carried out three airstrikes in eastern Syria on Sunday.", [{ kind: "strike", count: 3, umbrella: false }]],
    [
      "U.S. forces were attacked twice on Monday. One rocket attack targeted Ain al-Asad on Monday.",
      [
        { count: 2, umbrella: false, place: null },
        { count: null, place: "Ain al-Asad Air Base" },
      ],
    ],
  ])("umbrella_not_for_a_summary_without_listed_parts_which_gets_a_count: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["A drone attacked U.S. forces at al-Tanf on Monday.", [{ count: null, umbrella: false }]],
    ["U.S. jets struck a weapons depot near Abu Kamal on Thursday.", [{ count: null, umbrella: false }]],
  ])("umbrella_single_events_have_no_count: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
