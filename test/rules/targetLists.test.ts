/**
 * Several targets in one sentence (issue 13, item 2): "struck a dozen
 * targets across Yemen, including near Hodeidah, early on 12 January" — an
 * "including …" phrase that only lists where the same action hit belongs to
 * its clause, so its place and day are the action's. An "including …" phrase
 * that names an event of its own ("including a drone attack on Tuesday")
 * still tells another event. "… at Ain al-Asad and another at a base in
 * northern Iraq": the further one is an event of its own in that country,
 * with no place, even when the first place is in the same country.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

const PUB = "2024-02-06";

describe("an 'including' list of places is the same action", () => {
  it.each<[string, Partial<EventView>]>([
    ["American warplanes struck a dozen Houthi targets across Yemen, including near the port of Hodeidah, early on 12 January.", { kind: "strike", date: "2024-01-12", place: "Hodeidah", country: "Yemen" }],
    ["U.S. bombers hit militia sites in Iraq and Syria, including at al-Qaim on Friday.", { kind: "strike", date: "2024-02-02", place: "Al-Qaim" }],
    ["Coalition jets struck several positions, including two depots near Abu Kamal, in the early hours of Saturday.", { kind: "strike", date: "2024-02-03", place: "Abu Kamal" }],
    ["U.S. forces hit radar installations in Yemen, including near Hodeidah, on Jan. 22.", { kind: "strike", date: "2024-01-22", place: "Hodeidah" }],
    ["U.S. aircraft bombed weapons stores of the militias, including in the Syrian town of Abu Kamal on Sunday night.", { kind: "strike", date: "2024-02-04", place: "Abu Kamal" }],
  ])("the phrase's place and day are the action's: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it.each<[string, Partial<EventView>]>([
    ["U.S. forces have been targeted repeatedly, including a drone attack on al-Tanf on Tuesday.", { kind: "attack", date: "2024-02-06", place: "al-Tanf" }],
    ["Militia fire has grown more frequent, including one attack last Friday when rockets struck the U.S. garrison at al-Shaddadi.", { kind: "attack", date: "2024-02-02", place: "al-Shaddadi" }],
  ])("an 'including' phrase that names an event is that event: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });
});

describe("'and another at a base in …' is a further event", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. and coalition troops engaged two drones at the Ain al-Asad air base in Iraq and another at a base in northern Iraq on Monday.",
      [
        { date: "2024-02-05", place: "Ain al-Asad Air Base", country: "Iraq" },
        { date: "2024-02-05", place: null, country: "Iraq" },
      ],
    ],
    [
      "U.S. troops shot down a drone at the al-Tanf garrison in Syria and another at a base in eastern Syria on Monday.",
      [
        { date: "2024-02-05", place: "al-Tanf", country: "Syria" },
        { date: "2024-02-05", place: null, country: "Syria" },
      ],
    ],
    [
      "Rockets hit Erbil Air Base on Sunday and another landed near a base in western Iraq.",
      [
        { date: "2024-02-04", place: "Erbil Air Base", weapons: ["rocket"] },
        { date: "2024-02-04", place: null, country: "Iraq", weapons: ["rocket"] },
      ],
    ],
    [
      "Air defenses downed one drone near Erbil Air Base on Thursday and another near a coalition outpost in eastern Syria.",
      [
        { date: "2024-02-01", place: "Erbil Air Base" },
        { date: "2024-02-01", place: null, country: "Syria" },
      ],
    ],
    [
      "Militants fired two rockets at Ain al-Asad on Tuesday and one more at a U.S. outpost in Syria.",
      [
        { date: "2024-02-06", place: "Ain al-Asad Air Base" },
        { date: "2024-02-06", place: null, country: "Syria" },
      ],
    ],
  ])("one event per place, the further one placeless: %s", (text, wanted) => {
    expectEvents(text, wanted, PUB);
  });

  it("a second drone downed over a region near the first place is not a further place", () => {
    expectEvents("A drone struck the Rumalan base on Friday and a second one was shot down over eastern Syria.", [{ date: "2024-02-02", place: "Rumalan" }], PUB);
  });
});
