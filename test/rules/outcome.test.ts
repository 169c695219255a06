/**
 * outcome: what came of an event, read from the clause that states it —
 * casualties (anyone killed or injured), else intercepted, damage, impact
 * (it hit), or null when the text does not say (or says it fell harmlessly).
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("outcome", () => {
  it.each<[string, EventView["outcome"]]>([
    ["A U.S. destroyer shot down two Houthi drones over the Red Sea on Saturday.", "intercepted"],
    ["Coalition air defenses intercepted a rocket fired at Ain al-Asad on Monday.", "intercepted"],
    ["The USS Carney intercepted three cruise missiles in the northern Red Sea on Thursday.", "intercepted"],
    ["A rocket landed inside the perimeter of the Erbil base on Tuesday.", "impact"],
    ["Rockets hit near U.S. forces at Ain al-Asad on Sunday.", "impact"],
    ["Drones hit the Rumalan base in Syria on Tuesday, causing no injuries or damage.", "impact"],
    ["A drone struck a hangar at al-Tanf on Sunday, causing damage to the facility.", "damage"],
    ["A drone attack on Rumalan on Sunday damaged a U.S. vehicle.", "damage"],
    ["A rocket attack on Ain al-Asad air base in western Iraq on Tuesday caused minor damage, according to U.S. officials.", "damage"],
    ["Early Monday, a one-way attack drone struck a U.S. base in northeastern Syria, wounding four service members.", "casualties"],
    ["Militants fired rockets at U.S. forces at Ain al-Asad on Tuesday, killing a U.S. contractor.", "casualties"],
    ["U.S. forces shot down one drone at al-Tanf on Monday, but a second drone hit the base, wounding two soldiers.", "casualties"],
    ["A drone attack was thwarted by U.S. forces near al-Tanf on Monday.", "intercepted"],
    ["Houthi air defenses downed an American MQ-9 Reaper off Yemen's coast on Wednesday.", "damage"],
    ["An American MQ-9 Reaper was shot down by Houthi missiles off Yemen's coast on Thursday.", "damage"],
    ["Militants targeted U.S. troops at al-Shaddadi with a drone on Monday.", null],
    ["Rockets were fired at the Conoco base on Friday, the Pentagon said.", null],
    ["The Houthis fired an anti-ship missile at a U.S. destroyer in the Red Sea on Tuesday, but it fell harmlessly into the sea.", null],
  ])("outcome_of_an_attack_follows_its_words: %s", (text, outcome) => {
    expectEvents(text, [{ kind: "attack", outcome }]);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. jets struck a depot near Abu Kamal on Monday after militants fired rockets at al-Tanf on Sunday.",
      [
        { kind: "strike", outcome: "impact" },
        { kind: "attack", place: "al-Tanf", outcome: null },
      ],
    ],
    [
      "A drone targeted U.S. troops at al-Tanf on Wednesday. The drone struck a barracks at al-Tanf on Wednesday, injuring three soldiers.",
      [{ kind: "attack", outcome: "casualties", injured: 3 }],
    ],
    ["U.S. aircraft struck a Kataib Hezbollah vehicle in Baghdad on Wednesday, killing eight members of the group.", [{ kind: "strike", outcome: "casualties" }]],
  ])("outcome_belongs_to_each_event_of_a_sentence_and_merges_to_the_gravest: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  // Known weakness: when a clause says both that one drone was shot down and that
  // another hit, the interception is read first; the graver "impact" is missed.
  it.fails.each<[string, EventView["outcome"]]>([["Two drones targeted U.S. troops at al-Tanf on Wednesday; one was shot down and the other hit a barracks.", "impact"]])(
    "outcome_mixed_interception_and_hit_is_impact: %s",
    (text, outcome) => {
      expectEvents(text, [{ kind: "attack", outcome }]);
    },
  );
});
