/**
 * Several targets in one sentence (issue 13, item 2): "struck a dozen
 * targets across Yemen, including near Hodeidah, early on 12 January" — an
 * "including …" phrase that only lists where the same action hit belongs to
 * its clause, so its place and day are the action's. An "including …" phrase
 * that names an event of its own ("including a drone attack on Tuesday")
 * still tells another event.
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
