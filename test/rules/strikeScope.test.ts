/**
 * Strike verbs that strike nothing ("struck a deal", "hit back at critics",
 * "hit a three-month high"), and US strikes on targets outside these
 * campaigns (the Islamic State: GUIDELINES §1), are no events. A strike on
 * weapons ready to launch is not in the sea they would have been fired at.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, expectNoEvents, type EventView } from "./eventView.js";

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

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. forces struck missile launchers on Thursday as Houthi fighters prepared to launch them against ships in the Red Sea.", [{ kind: "strike", country: null }]],
    ["The U.S. hit two anti-ship missiles that were ready to launch toward the Gulf of Aden on Friday, CENTCOM said.", [{ kind: "strike", country: null }]],
    ["American jets destroyed Houthi drones on the ground near Hodeidah on Monday before they could be launched into the Red Sea.", [{ kind: "strike", country: "Yemen" }]],
    // a strike at sea stays there
    ["U.S. helicopters sank three Houthi boats in the Red Sea on Sunday.", [{ kind: "strike", country: "Red Sea" }]],
  ])("strike_not_where_its_targets_would_have_gone: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});


describe("the striking side", () => {
  it.each<[string, string]>([
    ["US and British forces struck Houthi radar sites near Hodeidah on Friday.", "United States; United Kingdom"],
    ["The British-based Syrian Observatory for Human Rights said U.S. jets struck militia sites near Mayadin on Monday.", "United States"],
    ["U.S. jets struck militia sites near Mayadin on Monday, the Kurdish-led SDF said.", "United States"],
    ["U.S. aircraft hit a militia depot near Abu Kamal on Sunday, a week after the SDF and the coalition repelled a drone attack.", "United States"],
    ["With British support, U.S. warplanes bombed Houthi missile launchers in Yemen on Tuesday.", "United States; United Kingdom"],
  ])("strike_actor_is_the_striking_side: %s", (text, actor) => {
    const strikes = eventsOf(text, "2024-01-20").filter((e) => e.kind === "strike");
    expect(strikes.map((e) => e.actor)).toEqual([actor]);
  });
});

describe("a coalition the US leads is the US side", () => {
  it.each<[string, string]>([
    ["U.S. and coalition troops in Iraq killed five militia fighters in a drone strike near Kirkuk on Sunday.", "United States"],
    ["U.S. and coalition aircraft struck militia depots near Al-Qaim on Friday.", "United States"],
    ["US and British jets, with coalition support, bombed Houthi radar sites near Hodeidah on Monday.", "United States; United Kingdom"],
  ])("strike_actor_not_the_coalition: %s", (text, actor) => {
    const strikes = eventsOf(text, "2024-01-20").filter((e) => e.kind === "strike");
    expect(strikes.map((e) => e.actor)).toEqual([actor]);
  });
});
