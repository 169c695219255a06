/**
 * Actors across sentences (issue 13, item 6): an attack told without its
 * doer takes the group the article holds responsible for attacks where it
 * happened — a claimant first, else the group named most — among groups that
 * operate there (the Houthis at sea, Iraqi militias in Iraq, Syria and
 * Jordan). Deniers, groups a US strike hit, and claims about another place
 * give nothing.
 */
import { describe, it } from "vitest";
import { expectEvents } from "./eventView.js";

describe("actors across sentences", () => {
  it.each<[string, string]>([
    ["The Houthis have stepped up attacks on shipping. The destroyer USS Carney shot down three drones over the Red Sea on Saturday.", "Houthis"],
    ["A U.S. warship intercepted two anti-ship missiles in the Gulf of Aden on Monday. Yemen's Houthi rebels have vowed to keep up the campaign.", "Houthis"],
    ["Rockets struck a base housing U.S. troops in eastern Syria on Tuesday. The Islamic Resistance in Iraq, an umbrella of militias, has claimed dozens of such attacks.", "Islamic Resistance in Iraq"],
    ["Kataib Hezbollah has been blamed by Washington for most of the recent violence. On Wednesday, two drones targeted U.S. forces at Ain al-Asad air base.", "Kataib Hezbollah"],
    ["Iran-backed militias have repeatedly targeted American positions. A rocket attack on U.S. forces at Rumalan in Syria on Thursday caused no injuries.", "Iran-backed militia"],
  ])("an unattributed attack takes the article's attacker: %s", (text, actor) => {
    expectEvents(text, [{ kind: "attack", actor }]);
  });

  it.each<string>([
    // the only group named operates elsewhere
    "The Houthis fired missiles at ships in the Red Sea last month. Two drones targeted U.S. forces at al-Tanf in Syria on Monday.",
    // the only group named denies it
    "A rocket attack hit the U.S. Embassy in Baghdad on Friday. Kataib Hezbollah denied any role in it.",
    // two groups named equally, neither claiming
    "Kataib Hezbollah and Harakat al-Nujaba both have fighters in the area. Drones targeted U.S. forces at Erbil on Sunday.",
  ])("no single responsible group, no actor: %s", (text) => {
    expectEvents(text, [{ kind: "attack", actor: null }]);
  });

  it("a group a US strike hit is not the doer of the day's other attack", () => {
    expectEvents("Rockets hit Ain al-Asad on Monday, and a U.S. drone strike hit a Kataib Hezbollah vehicle in Baghdad on Tuesday.", [
      { kind: "attack", actor: null },
      { kind: "strike", place: "Baghdad" },
    ]);
  });
});
