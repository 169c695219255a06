/**
 * Events named in passing with a distance of less than a day (issue 13,
 * item 3): "came hours after a U.S. drone strike killed …", "strikes after
 * a drone attack earlier in the day", "Later that day, jets bombed …". The
 * two events share a day: the undated one takes the dated one's, from its
 * own sentence, else from the story just told, else from the one told next.
 * A distance from a statement ("hours after the Pentagon said …") dates
 * nothing: a statement's day is not the action's.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, type EventView } from "./eventView.js";

const PUB = "2024-02-06";

describe("a distance of hours ties two events to one day", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Rockets hit the U.S. base at al-Tanf on Monday. The rocket fire came only hours after a U.S. drone strike killed a militia commander in Baghdad.",
      [
        { kind: "attack", date: "2024-02-05", place: "al-Tanf" },
        { kind: "strike", date: "2024-02-05", place: "Baghdad" },
      ],
    ],
    [
      "U.S. aircraft struck militia sites in Iraq after a one-way drone attack on American troops at Erbil earlier in the day. The drone attack on Erbil happened on Monday, officials said.",
      [
        { kind: "attack", date: "2024-02-05", place: "Erbil" },
        { kind: "strike", date: "2024-02-05", country: "Iraq" },
      ],
    ],
    [
      "A drone hit the Rumalan base on Thursday, wounding two U.S. soldiers. Later that day, U.S. jets bombed a weapons depot near Abu Kamal.",
      [
        { kind: "attack", date: "2024-02-01", place: "Rumalan", injured: 2 },
        { kind: "strike", date: "2024-02-01", place: "Abu Kamal" },
      ],
    ],
    [
      "The Houthis fired two anti-ship missiles at the USS Mason in the Gulf of Aden on Saturday. The attack came hours after U.S. and British warplanes struck radar sites near Hodeidah.",
      [
        { kind: "attack", date: "2024-02-03", country: "Gulf of Aden" },
        { kind: "strike", date: "2024-02-03", place: "Hodeidah" },
      ],
    ],
    [
      "Militants launched a drone at U.S. forces at Mission Support Site Conoco on Sunday. Shortly before, American jets had struck a militia convoy near al-Qaim.",
      [
        { kind: "attack", date: "2024-02-04", place: "Mission Support Site Conoco" },
        { kind: "strike", date: "2024-02-04", place: "Al-Qaim" },
      ],
    ],
  ])("an undated event hours from a dated one is on its day: %s", (text, wanted) => {
    expectEvents(text, wanted, PUB);
  });

  it("the casualties of the event named after 'after' stay with it, not with the reply", () => {
    const [strike] = eventsOf(
      "U.S. jets struck militia depots in Iraq after a drone attack earlier in the day that wounded three American soldiers. The drone hit U.S. troops at Erbil on Monday.",
      PUB,
    ).filter((e) => e.kind === "strike");
    expect(strike?.date).toBe("2024-02-05");
    expect(strike?.injured).toBeNull();
  });

  it.each<string>([
    "Rockets hit the U.S. base at al-Tanf on Monday. U.S. jets struck a depot in Syria hours after the Pentagon confirmed that the base had been hit.",
    "A rocket hit the U.S. garrison at al-Shaddadi on Monday. American aircraft bombed a militia site in Iraq hours after officials announced that the rocket had come from there.",
  ])("hours after a statement: the statement's neighbour lends no day: %s", (text) => {
    expect(eventsOf(text, PUB).filter((e) => e.kind === "strike" && e.date === "2024-02-05")).toEqual([]);
  });
});
