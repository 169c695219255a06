/**
 * Ways news names US forces as the target without "attack on US forces":
 * a base "used by" or "housing" them, rounds landing "inside" a base, an
 * assault "which wounded four American sailors"; and US helicopters that
 * "opened fire" or "returned fire" strike.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("the target named by what hosts US forces", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    ["Two rockets landed inside the perimeter of a base used by U.S. troops in Erbil on Monday, causing no casualties.", [{ kind: "attack", killed: 0, injured: 0 }]],
    ["A drone crashed into a facility housing American personnel near Hasakah on Tuesday.", [{ kind: "attack", weapons: ["drone"] }]],
    ["Mortar rounds fell within an outpost housing U.S. soldiers in northeastern Syria early Wednesday.", [{ kind: "attack", weapons: ["mortar"] }]],
    ["Militants fired rockets at a base that houses U.S. forces in western Iraq on Thursday.", [{ kind: "attack", country: "Iraq" }]],
    ["A drone struck a compound housing coalition troops in Erbil on Friday, officials said.", [{ kind: "attack", place: "Erbil" }]],
  ])("target_base_hosting_us_forces: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["Washington blamed the Iran-backed group for the assault, which wounded four American sailors on Tuesday.", [{ kind: "attack", injured: 4 }]],
    ["The ambush on Sunday killed two U.S. soldiers in Syria, the Army said.", [{ kind: "attack", killed: 2 }]],
    ["A rocket salvo on Monday wounded three U.S. service members at al-Asad.", [{ kind: "attack", injured: 3 }]],
  ])("target_casualties_of_an_assault: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. Navy helicopters opened fire on Sunday, sinking three Houthi boats in the Red Sea.", [{ kind: "strike" }]],
    ["U.S. helicopters returned fire on Sunday and sank three of the Houthi skiffs near the ship.", [{ kind: "strike" }]],
  ])("strike_opened_or_returned_fire: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each([
    // no attack, only where troops are
    ["The base used by U.S. troops in Erbil was expanded last year."],
    ["A facility housing American personnel near Hasakah held an open day on Tuesday."],
  ])("target_base_hosting_us_forces_not: %s", (text) => {
    expectNoEvents(text);
  });
});
