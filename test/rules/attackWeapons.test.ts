/**
 * An attack's weapons are the attackers': not the jets that shot them down,
 * not an aircraft they damaged, not the weapons an allied navy met; and
 * "aerial bombing" is a strike by aircraft.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("an attack's weapons are the attackers'", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    // an allied navy beside a US one: what they shot down is the attack's
    ["The U.S. Navy and a warship from the Royal Navy shot down 21 missiles and drones launched by the Houthis on Tuesday.", [{ kind: "attack", weapons: ["drone", "missile"] }]],
    ["A French frigate and the USS Carney intercepted drones and a cruise missile fired by the Houthis on Sunday.", [{ kind: "attack", weapons: ["drone", "missile"] }]],
    // the defenders' jets are no attack weapon
    ["US destroyer and fighter jets fend off Houthi drones and missiles on Tuesday", [{ kind: "attack", weapons: ["drone", "missile"] }]],
    ["F/A-18 jets from the USS Eisenhower shot down 12 drones over the Red Sea on Tuesday.", [{ kind: "attack", weapons: ["drone"] }]],
    // nor what the attack hit
    ["Debris from a drone shot down by U.S. forces at the Rumalan base on Monday destroyed a hangar holding small aircraft.", [{ kind: "attack", weapons: ["drone"] }]],
    ["A rocket attack on Ain al-Asad air base on Friday damaged a parked helicopter.", [{ kind: "attack", weapons: ["rocket"] }]],
  ])("attack_weapons_are_the_attackers: %s", (text, wanted) => {
    expectEvents(text, wanted, "2024-01-10");
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. aerial bombing killed five Kataib Hezbollah members near Jurf al-Sakhar on Tuesday.", [{ kind: "strike", weapons: ["aircraft"] }]],
  ])("strike_aerial_bombing_is_aircraft: %s", (text, wanted) => {
    expectEvents(text, wanted, "2024-01-10");
  });
});
