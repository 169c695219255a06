/**
 * Events named in passing (issue 13, item 3) and headline wording: a dated
 * attack mentioned inside another sentence ("in response to the Jan. 28
 * killing of three US soldiers") is an event; an undated one ("days after a
 * drone attack") is not dated by the sentence's other date. Headlines drop
 * auxiliaries ("US Forces Targeted in Drone Attacks") and are passive, not
 * strikes by the US.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const PUB = "2024-02-06";

describe("events named in passing", () => {
  it.each<[string, Partial<EventView>]>([
    ["The retaliation was ordered in response to the January 28 killing of three American soldiers at an outpost in Jordan.", { kind: "attack", date: "2024-01-28", country: "Jordan" }],
    ["Officials blamed the group for a Jan. 28 drone strike that killed three U.S. service members in Jordan.", { kind: "attack", date: "2024-01-28", killed: 3 }],
    ["Washington promised a response after the Jan. 28 attack on the Tower 22 base in Jordan.", { kind: "attack", date: "2024-01-28", place: "Tower 22" }],
    ["Tensions rose after the February 2 deaths of two U.S. sailors in a drone strike in the Red Sea.", { kind: "attack", date: "2024-02-02" }],
    ["The Pentagon's review followed the Jan. 20 wounding of four U.S. personnel at Ain al-Asad in a missile attack.", { kind: "attack", date: "2024-01-20", place: "Ain al-Asad Air Base" }],
  ])("a dated attack named in passing is an event: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it.each<string>([
    "The group has been blamed for the killing of three U.S. soldiers in Jordan.",
    "Militias are responsible for the deaths of American troops, officials say.",
    "Congress debated a bill on Tuesday about benefits for the families of killed U.S. soldiers.",
  ])("an undated or unrelated mention is not an event: %s", (text) => {
    expectNoEvents(text, PUB);
  });

  it.each<string>([
    "The president ordered the strikes in response to the January 28 killing of three US soldiers in Jordan.",
    "U.S. aircraft carried out retaliatory strikes in retaliation for the Jan. 28 attack on Tower 22.",
    "The Pentagon confirmed new strikes after the Jan. 28 drone attack on American troops in Jordan.",
    "Washington launched strikes following the January 28 attack that killed three American soldiers.",
    "The strikes came in reply to the Jan. 28 drone strike on U.S. troops at a Jordanian outpost.",
  ])("a reply is not dated by the earlier event it names: %s", (text) => {
    for (const e of expectEvents(text, [{ kind: "attack", date: "2024-01-28" }], PUB)) if (e.kind === "strike") expect(e.date).not.toBe("2024-01-28");
  });

  it("an attack 'days after' which the strike came takes a window before the strike's day, not its day", () => {
    expectEvents(
      "U.S. jets struck a depot near Abu Kamal on Sunday, days after a rocket attack that wounded two U.S. soldiers.",
      [
        { kind: "strike", date: "2024-02-04" },
        { kind: "attack", date: null, dateRange: ["2024-01-29", "2024-02-03"] },
      ],
      PUB,
    );
  });
});

describe("headline wording", () => {
  it.each<[string, Partial<EventView>]>([
    ["American Troops in Iraq Targeted in Rocket Attack on Tuesday", { kind: "attack", date: "2024-02-06", weapons: ["rocket"] }],
    ["US Soldier Seriously Wounded in Drone Attack in Syria on Monday", { kind: "attack", date: "2024-02-05", country: "Syria" }],
    ["Militia Leader Killed in U.S. Drone Strike in Baghdad on Sunday", { kind: "strike", date: "2024-02-04", place: "Baghdad" }],
    ["US Sailors Injured by Houthi Missile in Red Sea on Saturday", { kind: "attack", date: "2024-02-03", country: "Red Sea" }],
    ["Two American Servicemembers Hurt in Mortar Attack at Erbil Base on Monday", { kind: "attack", date: "2024-02-05" }],
  ])("a passive headline is an attack on US forces, not a US strike: %s", (text, fields) => {
    const events = expectEvents(text, [fields], PUB);
    expect(events).toHaveLength(1);
  });

  it.each<[string, Partial<EventView>]>([
    ["Drones attack a US military base in eastern Syria on Monday, officials say", { kind: "attack", date: "2024-02-05", country: "Syria" }],
    ["Rockets target the US embassy in Baghdad on Sunday", { kind: "attack", date: "2024-02-04", place: "US Embassy Baghdad" }],
    ["Militants attack an American base in western Iraq on Saturday with drones", { kind: "attack", date: "2024-02-03", country: "Iraq" }],
    ["Houthis target a US destroyer in the Red Sea on Friday, Pentagon says", { kind: "attack", date: "2024-02-02", country: "Red Sea" }],
    ["Iran-backed groups attack the US garrison at al-Tanf on Thursday", { kind: "attack", date: "2024-02-01", place: "al-Tanf" }],
  ])("an active headline in the present tense with a US object is an attack: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });
});

describe("a date that names another event", () => {
  it.each<string>([
    "U.S. and British jets began strikes on Houthi sites in Yemen, the first since the group began attacking ships after Hamas's October 7 assault on Israel.",
    "American forces carried out new strikes in Syria, their first since the Oct. 26 raids.",
    "The Pentagon announced strikes on militia depots in Iraq following the October 17 start of the attacks.",
    "U.S. warplanes struck targets in Syria, weeks after the Oct. 17 rocket fire on al-Tanf began the campaign.",
    "U.S. aircraft hit a drone site in Yemen ahead of the Dec. 19 launch of the maritime task force.",
  ])("the strike does not take it: %s", (text) => {
    // Undated, the strike is left out (optional at best); an attack the date belongs to may stay.
    expect(eventsOf(text, "2024-01-12").filter((e) => e.kind === "strike")).toEqual([]);
  });
});

describe("a distance in time ties two events (a week after X)", () => {
  const PUB_O = "2024-01-20";
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "US jets struck radar sites in Yemen on Thursday, January 18. The strikes came exactly a week after the destroyer Gravely shot down 21 drones in the Red Sea.",
      [{ kind: "strike", date: "2024-01-18" }, { kind: "attack", date: "2024-01-11", country: "Red Sea" }],
    ],
    [
      "On Wednesday, January 17, US forces struck missile launchers in Yemen, two days after militants fired a missile at a US destroyer in the Red Sea.",
      [{ kind: "strike", date: "2024-01-17" }, { kind: "attack", date: "2024-01-15" }],
    ],
    [
      "A week after rockets hit a base housing US troops in Syria on January 10, American bombers struck a depot near Abu Kamal.",
      [{ kind: "attack", date: "2024-01-10" }, { kind: "strike", date: "2024-01-17" }],
    ],
    [
      "US warplanes hit militia sites in Iraq on January 16, just days after a drone attack wounded three US soldiers at Erbil.",
      [{ kind: "strike", date: "2024-01-16" }, { kind: "attack", dateRange: ["2024-01-10", "2024-01-15"], injured: 3 }],
    ],
    [
      "Rockets struck a base hosting US forces in Iraq on January 12, one day before US aircraft bombed a weapons store in Syria.",
      [{ kind: "attack", date: "2024-01-12" }, { kind: "strike", date: "2024-01-13" }],
    ],
  ])("%s", (text, wanted) => {
    expectEvents(text, wanted, PUB_O);
  });

  it("without a dated event to count from, 'come a week after' counts from the day of the news", () => {
    // What "comes" now is the news of the publication day (see also datedIncidents.test.ts).
    expectEvents(
      "The strikes come a week after the destroyer shot down drones in the Red Sea.",
      [
        { kind: "attack", date: "2024-01-13" },
        { kind: "strike", date: "2024-01-20" },
      ],
      PUB_O,
    );
  });

  it("without a dated event or a present 'comes', the named event stays undated", () => {
    expectNoEvents("The strikes followed a week after the destroyer shot down drones in the Red Sea.", PUB_O);
  });
});
