/**
 * The place of a dateline says where a story was filed, not where anything
 * happened: "BAGHDAD (AP) —", "WASHINGTON, Jan 9 (Reuters) -", "Erbil, 14
 * January 2024:" give the event no place, and a dateline's date dates the
 * report, not the event.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("a dateline's place is no event place", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    ["BAGHDAD (AP) — U.S. jets struck Kataib Hezbollah sites in Babil province on Wednesday.", [{ kind: "strike", place: "Babil" }]],
    ["WASHINGTON, Jan 9 (Reuters) - U.S. forces shot down drones fired at the Red Sea on Tuesday.", [{ kind: "attack", place: null }]],
    ["Erbil, 14 January 2024: U.S. aircraft hit militia positions in Syria on Saturday.", [{ kind: "strike", place: null, country: "Syria" }]],
    ["SANAA, Yemen, Jan. 9 (UPI) -- U.S. warplanes bombed Houthi radar sites on Monday.", [{ kind: "strike", place: null }]],
    ["Damascus (AFP) - U.S. strikes hit two weapons depots near Abu Kamal on Friday.", [{ kind: "strike", place: "Abu Kamal" }]],
    // the dateline's date dates the report, not the event
    ["AMMAN, Jan. 13, 2024 (AP) — Drones targeted U.S. troops at Tower 22 on Thursday.", [{ kind: "attack", date: "2024-01-11", place: "Tower 22" }]],
  ])("dateline_place_not_event_place: %s", (text, wanted) => {
    expectEvents(text, wanted, "2024-01-14");
  });

  it.each<[string, Array<Partial<EventView>>]>([
    // a place opening a sentence that is no dateline is the event's
    ["Erbil air base came under drone attack on Tuesday, officials said.", [{ kind: "attack", place: "Erbil Air Base" }]],
    ["Baghdad's Green Zone was hit by rockets on Friday, targeting the U.S. Embassy.", [{ kind: "attack" }]],
  ])("dateline_place_not_a_dateline: %s", (text, wanted) => {
    expectEvents(text, wanted, "2024-01-14");
  });
});
