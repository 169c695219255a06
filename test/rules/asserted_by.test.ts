/**
 * assertedBy: who vouches for an event — the group claiming it (claim), US
 * officials (official), a war monitor (monitor), local Iraqi or Kurdish
 * sources (local), or no one named (report).
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("assertedBy", () => {
  it.each<[string, EventView["assertedBy"]]>([
    ["The Islamic Resistance in Iraq said it attacked U.S. forces at Harir base with drones on Monday.", "claim"],
    ["Kataib Sayyid al-Shuhada took responsibility for a rocket attack on Victory Base near Baghdad airport on Wednesday.", "claim"],
    ["Ansar Allah said its naval forces fired an anti-ship missile at the USS Mason in the Gulf of Aden on Sunday.", "claim"],
    ["Rockets were fired at the Conoco base on Friday, the Pentagon said.", "official"],
    ["U.S. forces in Syria were attacked three times on Monday, officials said.", "official"],
    ["A defense official said militants fired two rockets at al-Tanf on Tuesday.", "official"],
    ["Drones targeted U.S. forces at al-Tanf on Friday, the Syrian Observatory for Human Rights said.", "monitor"],
    ["A rocket hit near the U.S. Embassy in Baghdad on Sunday, Iraqi security sources said.", "local"],
    ["A drone attacked U.S. forces at Erbil on Sunday, according to a Kurdish counter-terrorism statement.", "local"],
    ["Three rockets struck the Harir base on Saturday, the provincial governor said.", "local"],
    ["Rockets were fired at U.S. troops at Ain al-Asad on Sunday.", "report"],
    ["Drones targeted U.S. forces near Erbil on Tuesday, Reuters reported.", "report"],
    ["Kataib Hezbollah denied responsibility for the rocket attack on the U.S. Embassy in Baghdad on Friday.", "report"],
  ])("asserted_by_names_who_vouches_for_an_attack: %s", (text, assertedBy) => {
    expectEvents(text, [{ kind: "attack", assertedBy }]);
  });

  it.each<[string, EventView["assertedBy"]]>([
    ["U.S. Central Command said its forces struck a Houthi radar site in Yemen on Thursday.", "official"],
    ["U.S. strikes on militia sites near Al-Qaim on Friday killed at least 18 fighters, a war monitor said.", "monitor"],
    ["U.S. jets struck a Kataib Hezbollah compound in Jurf al-Sakhar on Tuesday, Iraqi security officials said.", "local"],
    ["U.S. jets struck a weapons depot near Abu Kamal on Thursday.", "report"],
  ])("asserted_by_names_who_vouches_for_a_strike: %s", (text, assertedBy) => {
    expectEvents(text, [{ kind: "strike", assertedBy }]);
  });
});
