/**
 * Negation (GUIDELINES §1): what the text says did not happen is not an
 * event — but only the clause that says so is negated: "no attacks have
 * been reported since" or "no one was hurt" leave the event beside them.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("negation", () => {
  it.each([
    ["No new attacks on U.S. forces were launched on Thursday, the Pentagon said."],
    ["There were no attacks on American troops in Iraq or Syria on Tuesday."],
    ["U.S. forces in Syria were not attacked on Wednesday, a defense official said."],
    ["A drone attack planned against the Ain al-Asad base on Monday ultimately did not occur."],
    ["The U.S. military did not strike any targets in Yemen on Sunday, a spokesman said."],
    ["Militias have not fired on U.S. bases since the truce took effect on Friday."],
    ["No U.S. strikes were carried out in Syria on Monday, a Pentagon spokesman said."],
    ["The rocket attack on the U.S. Embassy in Baghdad that militants planned for Thursday never took place."],
    ["No rockets were fired at U.S. forces at Erbil on Monday, contrary to earlier reports."],
  ])("negation_drops_events_the_clause_says_did_not_happen: %s", (text) => {
    expectNoEvents(text);
  });

  it.each([
    ["Sirens sounded at Erbil Air Base on Tuesday as a drone approached U.S. forces. In the end, the attack did not occur."],
    ["Militants prepared to fire rockets at U.S. troops at al-Tanf on Monday. The attack ultimately never happened."],
  ])("negation_of_the_attack_in_the_next_sentence_drops_it: %s", (text) => {
    expectNoEvents(text);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["Militants fired rockets at U.S. forces at al-Tanf on Monday; no attacks have been reported since.", [{ kind: "attack", place: "al-Tanf" }]],
    ["U.S. troops at Ain al-Asad came under drone attack on Tuesday, though no U.S. personnel were injured.", [{ kind: "attack", place: "Ain al-Asad Air Base", injured: 0 }]],
    ["Rockets hit Victory Base on Friday, causing no casualties.", [{ kind: "attack", place: "Victory Base", killed: 0, injured: 0 }]],
    ["A drone struck the al-Shaddadi base on Sunday, and no damage was reported.", [{ kind: "attack", place: "al-Shaddadi" }]],
    ["Militants fired two rockets at al-Tanf on Monday, but U.S. forces did not fire back.", [{ kind: "attack", place: "al-Tanf" }]],
    ["Two rockets were fired at Ain al-Asad on Monday but did not hit the base.", [{ kind: "attack", place: "Ain al-Asad Air Base", outcome: null }]],
  ])("negation_of_casualties_of_a_hit_or_of_another_actor_keeps_the_event: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
