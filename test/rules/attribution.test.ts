/**
 * Attribution: the actor of an attack is the group named as doer or
 * claimant (GUIDELINES §3), also when the claim comes in a later sentence;
 * generic descriptions become "Iran-backed militia"; a strike's actor is
 * the United States (and its partners).
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("attribution", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    ["Harakat al-Nujaba fighters fired mortars at the U.S. garrison at al-Tanf on Monday.", [{ kind: "attack", actor: "Harakat al-Nujaba" }]],
    ["An Iran-backed militia fired rockets at the U.S. base in Rumalan on Monday.", [{ kind: "attack", actor: "Iran-backed militia" }]],
    ["Pro-Iranian militias launched two drones at U.S. forces at al-Shaddadi on Thursday.", [{ kind: "attack", actor: "Iran-backed militia" }]],
    ["Rockets were fired at U.S. troops at Ain al-Asad on Sunday.", [{ kind: "attack", actor: null }]],
    ["U.S. forces struck a Kataib Hezbollah headquarters in Jurf al-Sakhar on Tuesday.", [{ kind: "strike", actor: "United States", place: "Jurf al-Sakhar" }]],
    ["British and American warplanes bombed Houthi missile launchers near Hodeidah on Thursday.", [{ kind: "strike", actor: "United States; United Kingdom" }]],
  ])("attribution_names_the_doer: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["The Islamic Resistance in Iraq claimed a drone attack on U.S. forces at Erbil Air Base on Tuesday.", [{ actor: "Islamic Resistance in Iraq", assertedBy: "claim" }]],
    ["The Houthis said they fired drones at a U.S. destroyer in the Red Sea on Saturday.", [{ actor: "Houthis", assertedBy: "claim" }]],
    ["Ansar Allah said its naval forces fired an anti-ship missile at the USS Mason in the Gulf of Aden on Sunday.", [{ actor: "Houthis", assertedBy: "claim" }]],
    [
      "Kataib Sayyid al-Shuhada took responsibility for a rocket attack on Victory Base near Baghdad airport on Wednesday.",
      [{ actor: "Kataib Sayyid al-Shuhada", assertedBy: "claim", place: "Victory Base" }],
    ],
    [
      "The Islamic Resistance in Iraq said in a statement that it had targeted the U.S. occupation base at Harir with a drone on Sunday.",
      [{ actor: "Islamic Resistance in Iraq", assertedBy: "claim", place: "Harir Air Base" }],
    ],
    [
      "The Houthis claimed responsibility for a missile attack on the USS Gravely in the Red Sea on Tuesday, but the Pentagon said the missile fell harmlessly into the sea.",
      [{ actor: "Houthis", assertedBy: "claim", country: "Red Sea" }],
    ],
  ])("attribution_claim_in_the_sentence_gives_the_actor: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "A drone targeted U.S. troops at al-Tanf in southern Syria on Wednesday. The Islamic Resistance in Iraq claimed responsibility for the attack.",
      [{ place: "al-Tanf", actor: "Islamic Resistance in Iraq", assertedBy: "claim", evidence: 2 }],
    ],
    [
      "Rockets hit near U.S. forces at Ain al-Asad on Sunday. Kataib Hezbollah later claimed the attack in a Telegram statement.",
      [{ place: "Ain al-Asad Air Base", actor: "Kataib Hezbollah", evidence: 2 }],
    ],
    [
      "U.S. troops at Mission Support Site Conoco were targeted by a drone on Monday. Iraqi Hezbollah claimed the strike hours later.",
      [{ place: "Mission Support Site Conoco", actor: "Kataib Hezbollah" }],
    ],
    [
      "A drone attacked U.S. forces at al-Tanf on Monday. A faction styling itself the Islamic Resistance in Iraq later took responsibility.",
      [{ place: "al-Tanf", actor: "Islamic Resistance in Iraq" }],
    ],
    [
      "U.S. forces were attacked at Ain al-Asad on Monday and at al-Tanf on Tuesday. The Islamic Resistance in Iraq claimed both attacks.",
      [
        { date: "2023-11-20", place: "Ain al-Asad Air Base", actor: "Islamic Resistance in Iraq" },
        { date: "2023-11-21", place: "al-Tanf", actor: "Islamic Resistance in Iraq" },
      ],
    ],
  ])("attribution_claim_in_a_later_sentence_attaches_to_its_events: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. forces were attacked at Ain al-Asad on Monday and at al-Tanf on Tuesday. The Islamic Resistance in Iraq claimed the attack on al-Tanf.",
      [
        { place: "Ain al-Asad Air Base", actor: null },
        { place: "al-Tanf", actor: "Islamic Resistance in Iraq", assertedBy: "claim" },
      ],
    ],
    [
      "U.S. forces were attacked at Ain al-Asad on Monday and at al-Tanf on Tuesday. The Islamic Resistance in Iraq claimed Tuesday's attack.",
      [
        { date: "2023-11-20", actor: null },
        { date: "2023-11-21", actor: "Islamic Resistance in Iraq" },
      ],
    ],
    [
      "Rockets hit Erbil Air Base on Monday. Drones hit al-Tanf on Monday. Kataib Hezbollah claimed the drone attack on al-Tanf.",
      [
        { place: "Erbil Air Base", actor: null },
        { place: "al-Tanf", actor: "Kataib Hezbollah" },
      ],
    ],
  ])("attribution_claim_naming_a_place_or_day_attaches_only_to_that_event: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["A drone struck near U.S. forces at Erbil on Monday. The U.S. blamed Kataib Hezbollah for the attack.", [{ place: "Erbil", actor: "Kataib Hezbollah", assertedBy: "report" }]],
    ["Officials accused Kataib Hezbollah of firing the rockets that hit Ain al-Asad on Monday.", [{ place: "Ain al-Asad Air Base", actor: "Kataib Hezbollah" }]],
    ["Rockets hit al-Tanf on Monday. Washington holds Iran responsible for the attacks.", [{ place: "al-Tanf", actor: null }]],
  ])("attribution_a_group_blamed_as_the_doer_is_the_actor: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Three rockets struck the Harir base in Erbil province on Saturday, a Kurdish security official said. No group immediately claimed the attack.",
      [{ place: "Harir Air Base", actor: null }],
    ],
    [
      "Kataib Hezbollah fired rockets at U.S. forces at Ain al-Asad on Monday. On Tuesday, drones hit the al-Tanf garrison, and the Islamic Resistance in Iraq claimed that attack.",
      [
        { place: "Ain al-Asad Air Base", actor: "Kataib Hezbollah" },
        { place: "al-Tanf", actor: "Islamic Resistance in Iraq" },
      ],
    ],
  ])("attribution_no_claim_or_another_claim_leaves_the_actor: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
