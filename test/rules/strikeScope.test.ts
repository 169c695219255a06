/**
 * Strike verbs that strike nothing ("struck a deal", "hit back at critics",
 * "hit a three-month high"), and US strikes on targets outside these
 * campaigns (the Islamic State: GUIDELINES §1), are no events.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("strike verbs that strike nothing, and targets out of scope", () => {
  it.each([
    ["The U.S. struck a deal with Iraq on Tuesday over the future of the coalition."],
    ["The Pentagon hit back at critics on Wednesday, saying its strikes in Iraq had been lawful."],
    ["U.S. officials struck a conciliatory tone with Baghdad on Thursday."],
    ["American negotiators struck an agreement with Iraqi leaders in Baghdad on Monday."],
    ["U.S. forces killed an Islamic State leader in a raid in northern Syria on Monday."],
    ["U.S. aircraft struck ISIS hideouts in the Syrian desert on Friday, the coalition said."],
  ])("strike_figurative_or_out_of_scope: %s", (text) => {
    expectNoEvents(text);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. jets hit a Kataib Hezbollah depot near Al-Qaim on Tuesday, an area once held by the Islamic State.", [{ kind: "strike", place: "Al-Qaim" }]],
    ["U.S. forces, in Iraq to fight the Islamic State, struck Iran-backed militia sites near Jurf al-Sakhar on Wednesday.", [{ kind: "strike", place: "Jurf al-Sakhar" }]],
    ["U.S. warplanes struck a Houthi radar site near Hodeidah on Friday.", [{ kind: "strike", place: "Hodeidah" }]],
  ])("strike_in_scope: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
