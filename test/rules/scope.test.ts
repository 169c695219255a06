/**
 * Scope (GUIDELINES §1): an event needs US or coalition forces as target,
 * striker or interceptor. Other wars in the same region give nothing, and
 * a US official who only speaks about an attack does not make it a strike.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("scope", () => {
  it.each([
    ["Israeli warplanes struck Hamas positions in northern Gaza on Wednesday, killing 12 people."],
    ["Hamas fired a barrage of rockets toward Ashkelon on Thursday."],
    ["Hezbollah launched anti-tank missiles at an Israeli border post on Monday, the Israeli military said."],
    ["Israeli jets hit Hezbollah targets in southern Lebanon on Tuesday."],
    ["An Israeli drone strike killed a Hamas official in Beirut on Tuesday."],
    ["Israel struck targets near Damascus international airport on Tuesday."],
    ["Turkish drones struck suspected PKK hideouts near Sinjar on Wednesday."],
    ["Turkey's air force bombed Kurdish militant positions in northern Iraq on Sunday, the defense ministry in Ankara said."],
    ["Islamic State militants ambushed an Iraqi army patrol near Kirkuk on Tuesday, killing four soldiers."],
    ["ISIS fighters attacked a checkpoint of the Iraqi federal police in Diyala on Monday."],
    ["The Houthis launched a ballistic missile at Eilat on Tuesday, the Israeli army said."],
    ["Houthi rebels fired drones toward southern Israel on Wednesday, and Israeli air defenses intercepted them."],
    ["Saudi air defenses intercepted a Houthi drone over Jizan on Sunday."],
    ["Russian missiles hit an energy facility in Kharkiv on Thursday."],
    ["Ukraine said it shot down 20 Russian drones overnight on Tuesday."],
    ["Syrian government forces shelled rebel-held villages in Idlib on Monday."],
    ["Iraqi security forces arrested three suspects in Baghdad on Wednesday."],
    ["The United States deployed two aircraft carriers to the eastern Mediterranean on Sunday."],
    ["The Pentagon sent 900 more troops to the Middle East on Tuesday to protect U.S. forces."],
    ["The U.S. condemned the rocket attack on Israel on Monday."],
  ])("scope_ignores_wars_without_us_forces: %s", (text) => {
    expectNoEvents(text);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["Rockets targeted U.S. forces at Erbil Air Base on Tuesday, officials said.", [{ kind: "attack", date: "2023-11-21", place: "Erbil Air Base" }]],
    ["Coalition troops at the Green Village base came under rocket fire on Monday.", [{ kind: "attack", date: "2023-11-20", place: "Mission Support Site Green Village" }]],
    ["A drone attacked the U.S. garrison at Rumalan in northeastern Syria on Sunday.", [{ kind: "attack", date: "2023-11-19", place: "Rumalan", country: "Syria" }]],
    ["Two rockets landed near the U.S. Embassy in Baghdad on Friday.", [{ kind: "attack", date: "2023-11-24", place: "US Embassy Baghdad" }]],
    ["While Israel pounded Gaza, militants fired rockets at U.S. forces at al-Tanf on Wednesday.", [{ kind: "attack", date: "2023-11-22", place: "al-Tanf" }]],
  ])("scope_keeps_attacks_on_us_forces: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["The U.S. military struck Kataib Hezbollah facilities in western Iraq on Tuesday.", [{ kind: "strike", actor: "United States", country: "Iraq" }]],
    ["American and British jets struck Houthi radar sites near Hodeidah on Monday.", [{ kind: "strike", actor: "United States; United Kingdom", place: "Hodeidah" }]],
    ["Four Iraqi civilians were killed when a U.S. drone struck a car in Baghdad on Thursday.", [{ kind: "strike", place: "Baghdad", weapons: ["drone"] }]],
  ])("scope_keeps_us_strikes: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["The USS Carney shot down three drones over the Red Sea on Sunday.", [{ kind: "attack", country: "Red Sea", outcome: "intercepted" }]],
    ["A U.S. warship intercepted a Houthi cruise missile fired toward Israel on Thursday.", [{ kind: "attack", actor: "Houthis", outcome: "intercepted" }]],
    ["U.S. forces shot down an attack drone approaching the al-Tanf base on Saturday.", [{ kind: "attack", date: "2023-11-18", place: "al-Tanf" }]],
    ["A drone was shot down in northeastern Syria on Monday as it approached U.S. forces.", [{ kind: "attack", date: "2023-11-20", country: "Syria" }]],
    [
      "U.S. F/A-18 jets shot down 12 drones, three anti-ship missiles and two land-attack cruise missiles over the Red Sea on Tuesday.",
      [{ kind: "attack", country: "Red Sea", weapons: ["drone", "missile"], outcome: "intercepted" }],
    ],
  ])("scope_keeps_attacks_us_forces_intercepted: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. officials said rockets struck near U.S. forces at Erbil on Monday.", [{ kind: "attack", place: "Erbil" }]],
    ["A U.S. official said a drone hit the al-Tanf garrison on Monday.", [{ kind: "attack", place: "al-Tanf" }]],
    ["The U.S. military said two rockets struck Ain al-Asad on Monday.", [{ kind: "attack", place: "Ain al-Asad Air Base" }]],
    ["U.S. Central Command said its forces struck a Houthi radar site in Yemen on Thursday.", [{ kind: "strike", country: "Yemen" }]],
    ["All three U.S. soldiers killed in the drone attack on Tower 22 on Jan. 28 were Army reservists.", [{ kind: "attack", place: "Tower 22", killed: 3 }]],
  ])("scope_us_speaker_or_victim_is_not_a_striker: %s", (text, wanted) => {
    expectEvents(text, wanted, "2024-02-01");
  });
});
