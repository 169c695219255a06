/**
 * Denials: a denial that the event happened removes it; a denial of
 * involvement ("Iran denied involvement") does not — the attack still
 * happened, only who did it changes, so the denier is never its actor.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("denial", () => {
  it.each([
    ["The Pentagon denied reports that U.S. troops at al-Tanf had come under fire on Monday."],
    ["CENTCOM denied Houthi claims that they had struck a U.S. warship in the Red Sea on Sunday."],
    ["A U.S. defense official denied that American forces at Erbil were attacked on Tuesday."],
  ])("denial_of_the_event_drops_it: %s", (text) => {
    expectNoEvents(text);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["Iran denied involvement in the drone attack on U.S. troops at Tower 22 in Jordan on Sunday.", [{ kind: "attack", place: "Tower 22", actor: null }]],
    [
      "Kataib Hezbollah denied responsibility for the rocket attack on the U.S. Embassy in Baghdad on Friday.",
      [{ kind: "attack", place: "US Embassy Baghdad", actor: null, assertedBy: "report" }],
    ],
    ["Tehran rejected claims that it was behind Sunday's drone strike on U.S. troops in Jordan.", [{ kind: "attack", date: "2023-11-19", country: "Jordan" }]],
    [
      "Iraqi officials denied that the drones that hit U.S. forces at Erbil on Tuesday were launched from Iraqi territory.",
      [{ kind: "attack", date: "2023-11-21", place: "Erbil" }],
    ],
    ["Rockets struck the U.S. garrison at al-Shaddadi on Monday. Iran's foreign ministry denied any involvement.", [{ kind: "attack", place: "al-Shaddadi", actor: null }]],
    [
      "Drones targeted U.S. forces at Rumalan on Thursday, and the Islamic Resistance in Iraq claimed the attack, though Iran denied any role.",
      [{ kind: "attack", place: "Rumalan", actor: "Islamic Resistance in Iraq" }],
    ],
  ])("denial_of_involvement_keeps_the_event_without_the_denier_as_actor: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
