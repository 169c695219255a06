/**
 * Which named place an event takes: its own clause's, else one a clause
 * telling the same action names ("… injured on Monday when militants attacked
 * Erbil Air Base"), never one of a clause about another event; and a place
 * "near" another only locates it.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("the place of an event's clause", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    ["Three U.S. service members were injured in Iraq on Monday when militants attacked Erbil Air Base.", [{ kind: "attack", place: "Erbil Air Base", injured: 3 }]],
    ["Two American soldiers were wounded in Syria on Tuesday as rockets slammed into al-Tanf.", [{ kind: "attack", place: "al-Tanf", injured: 2 }]],
    ["U.S. forces were attacked in Iraq on Wednesday when a drone struck Ain al-Asad.", [{ kind: "attack", place: "Ain al-Asad Air Base" }]],
    ["U.S. jets struck militia sites in Iraq on Monday, days after rockets hit al-Tanf.", [{ kind: "strike", place: null, country: "Iraq" }, { kind: "attack", place: "al-Tanf" }]],
    ["American troops in Syria came under fire on Tuesday; on Wednesday, drones hit Erbil Air Base.", [{ kind: "attack", place: null, country: "Syria" }, { kind: "attack", place: "Erbil Air Base" }]],
  ])("%s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, string]>([
    ["A drone hit the Harir base belonging to the US military near Erbil on Monday, officials said.", "Harir Air Base"],
    ["Rockets struck the al-Asad airbase used by American troops west of Baghdad on Tuesday.", "Ain al-Asad Air Base"],
  ])("a place near another only locates it: %s", (text, place) => {
    expectEvents(text, [{ kind: "attack", place }]);
  });
});
