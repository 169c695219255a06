/**
 * Lists (GUIDELINES §2): one event per listed date and per listed place;
 * places paired with their own dates give one event per pair; a window
 * ("between Monday and Wednesday") or a frame ("this week") is one date.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, type EventView } from "./eventView.js";

describe("lists", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "American jets hit IRGC-linked depots in eastern Syria on Oct. 29, Nov. 9 and Nov. 16.",
      [
        { kind: "strike", date: "2023-10-29", country: "Syria", weapons: ["aircraft"] },
        { kind: "strike", date: "2023-11-09", country: "Syria", weapons: ["aircraft"] },
        { kind: "strike", date: "2023-11-16", country: "Syria", weapons: ["aircraft"] },
      ],
    ],
    [
      "U.S. troops at al-Tanf came under drone attack on Monday and Tuesday.",
      [
        { date: "2023-11-20", place: "al-Tanf" },
        { date: "2023-11-21", place: "al-Tanf" },
      ],
    ],
    [
      "American troops were attacked on Nov. 2 and Nov. 5 at Erbil Air Base.",
      [
        { date: "2023-11-02", place: "Erbil Air Base" },
        { date: "2023-11-05", place: "Erbil Air Base" },
      ],
    ],
    [
      "Iranian-backed militants attacked U.S. forces at the Rumalan landing zone with rockets on Monday and again on Wednesday.",
      [
        { date: "2023-11-20", place: "Rumalan", weapons: ["rocket"] },
        { date: "2023-11-22", place: "Rumalan", weapons: ["rocket"] },
      ],
    ],
  ])("lists_of_dates_give_one_event_per_date: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Rockets struck U.S. positions at Harir and at Erbil on Wednesday.",
      [
        { date: "2023-11-22", place: "Harir Air Base", weapons: ["rocket"] },
        { date: "2023-11-22", place: "Erbil", weapons: ["rocket"] },
      ],
    ],
    [
      "Rockets were fired at U.S. bases in Rumalan and al-Shaddadi in Syria on Monday.",
      [
        { place: "Rumalan", country: "Syria" },
        { place: "al-Shaddadi", country: "Syria" },
      ],
    ],
    [
      "U.S. jets struck Houthi targets near Sanaa and Hodeidah on Thursday.",
      [
        { kind: "strike", place: "Sanaa" },
        { kind: "strike", place: "Hodeidah" },
      ],
    ],
    [
      "American aircraft bombed militia sites in western Iraq and eastern Syria on Friday.",
      [
        { kind: "strike", country: "Syria", place: null },
        { kind: "strike", country: "Iraq", place: null },
      ],
    ],
    [
      "U.S. warships shot down Houthi drones in the Red Sea and the Gulf of Aden on Saturday.",
      [
        { kind: "attack", country: "Red Sea" },
        { kind: "attack", country: "Gulf of Aden" },
      ],
    ],
  ])("lists_of_places_give_one_event_per_place: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. forces were attacked at Ain al-Asad on Monday and at al-Tanf on Tuesday.",
      [
        { date: "2023-11-20", place: "Ain al-Asad Air Base" },
        { date: "2023-11-21", place: "al-Tanf" },
      ],
    ],
    [
      "On Sunday at Erbil and on Wednesday at Harir, drones targeted U.S. forces.",
      [
        { date: "2023-11-19", place: "Erbil" },
        { date: "2023-11-22", place: "Harir Air Base" },
      ],
    ],
    [
      "Rockets hit Ain al-Asad on Monday, and drones struck al-Tanf on Tuesday.",
      [
        { date: "2023-11-20", place: "Ain al-Asad Air Base", weapons: ["rocket"] },
        { date: "2023-11-21", place: "al-Tanf", weapons: ["drone"] },
      ],
    ],
    [
      "Rockets hit Ain al-Asad on Monday, and a U.S. drone strike hit a Kataib Hezbollah vehicle in Baghdad on Tuesday, killing two.",
      [
        { kind: "attack", date: "2023-11-20", place: "Ain al-Asad Air Base", actor: null, killed: null },
        { kind: "strike", date: "2023-11-21", place: "Baghdad", killed: 2 },
      ],
    ],
    [
      "US jets bombed a depot near Abu Kamal on November 12, and on November 20, rockets struck a base housing US troops at al-Shaddadi.",
      [
        { kind: "strike", date: "2023-11-12", place: "Abu Kamal" },
        { kind: "attack", date: "2023-11-20", place: "al-Shaddadi", weapons: ["rocket"] },
      ],
    ],
    [
      "The USS Carney shot down a drone in the Red Sea on November 6, and on November 10, a British frigate intercepted two more drones.",
      [{ kind: "attack", date: "2023-11-06", country: "Red Sea" }],
    ],
  ])("lists_pair_each_place_with_its_own_date: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. forces struck militia targets in Iraq between Monday and Wednesday.", [{ kind: "strike", date: null, dateRange: ["2023-11-20", "2023-11-22"] }]],
    ["Militants targeted American forces in Syria with rockets and drones on Wednesday, the third such attack this week.", [{ kind: "attack", date: "2023-11-22" }]],
    ["U.S. forces in Iraq and Syria were attacked on Monday, a spokesman said.", [{ kind: "attack", date: "2023-11-20", country: ["Iraq", "Syria"] }]],
    ["Rockets hit U.S. forces at the Ain al-Asad airbase at al-Baghdadi on Monday.", [{ kind: "attack", place: "Ain al-Asad Air Base" }]],
    ["Drones targeted U.S. forces at Ain al-Asad, and rockets hit the base on Monday.", [{ kind: "attack", date: "2023-11-20", weapons: ["drone", "rocket"] }]],
  ])("lists_a_window_or_frame_or_country_pair_stays_one_event: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  // Known weakness: when one clause lists places with a weapon each but no comma or
  // date between them, every place gets every weapon of the clause.
  it.fails.each<[string, Array<Partial<EventView>>]>([
    [
      "Two drones were launched at al-Tanf and a rocket hit the Rumalan base on Thursday.",
      [
        { place: "al-Tanf", weapons: ["drone"] },
        { place: "Rumalan", weapons: ["rocket"] },
      ],
    ],
  ])("lists_each_place_keeps_its_own_weapon: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  // "a day after X": X is dated by counting back from the event it is said of (date-by-offset).
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "American troops at Ain al-Asad came under attack on Thursday, a day after a U.S. strike in Baghdad killed a militia commander.",
      [
        { kind: "attack", date: "2023-11-23", place: "Ain al-Asad Air Base" },
        { kind: "strike", date: "2023-11-22", place: "Baghdad" },
      ],
    ],
  ])("lists_an_event_dated_a_day_before_another_gets_that_day: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "American troops at Ain al-Asad came under attack on Thursday, a day after a U.S. strike in Baghdad killed a militia commander.",
      [{ kind: "attack", date: "2023-11-23", place: "Ain al-Asad Air Base" }],
    ],
  ])("lists_an_event_a_day_apart_never_borrows_the_other_day: %s", (text, wanted) => {
    const got = eventsOf(text);
    expect(got.filter((e) => e.kind === "strike").map((e) => e.date)).not.toContain("2023-11-23");
    expectEvents(text, [...wanted, { kind: "strike", date: "2023-11-22" }]);
  });

  // Issue 13 item 2: several named places in one sentence, one event each (GUIDELINES §2).
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. and British jets carried out strikes on Thursday on the capital, Sanaa, Hajjah governorate, Ibb and Dhamar.",
      [
        { kind: "strike", date: "2023-11-23", place: "Sanaa", country: "Yemen" },
        { kind: "strike", date: "2023-11-23", place: "Hajjah", country: "Yemen" },
        { kind: "strike", date: "2023-11-23", place: "Ibb", country: "Yemen" },
        { kind: "strike", date: "2023-11-23", place: "Dhamar", country: "Yemen" },
      ],
    ],
    [
      "American aircraft struck two sites on Tuesday, Albukamal near the Iraqi border and the town of Mayadin.",
      [
        { kind: "strike", date: "2023-11-21", place: "Abu Kamal" },
        { kind: "strike", date: "2023-11-21", place: "Mayadin" },
      ],
    ],
    [
      "U.S. jets struck the Zalfan military base in Saada province and the Al-Qurain airbase near Hodeidah on Wednesday.",
      [
        { kind: "strike", date: "2023-11-22", place: "Zalfan military base", country: "Yemen" },
        { kind: "strike", date: "2023-11-22", place: "Al-Qurain airbase", country: "Yemen" },
      ],
    ],
    [
      "U.S. warplanes on Monday bombed militia depots in the Bani Zaydan and Jabal Hufash districts of Hajjah.",
      [
        { kind: "strike", date: "2023-11-20", place: "Bani Zaydan", country: "Yemen" },
        { kind: "strike", date: "2023-11-20", place: "Jabal Hufash", country: "Yemen" },
      ],
    ],
    [
      "U.S. forces on Sunday struck a weapons store near the village of Umm Jalal in western Iraq.",
      [{ kind: "strike", date: "2023-11-19", place: "Umm Jalal", country: "Iraq" }],
    ],
    [
      "U.S. jets struck militia sites in western Iraq on Tuesday. A defense official told reporters that the strikes hit two sites, near the town of Rawa and at Kubaisa.",
      [
        { kind: "strike", date: "2023-11-21", place: "Rawa" },
        { kind: "strike", date: "2023-11-21", place: "Kubaisa" },
      ],
    ],
    [
      "American aircraft bombed two depots on Wednesday. An official said that the strikes were carried out at Musayyib and at Iskandariya, south of the capital, Baghdad.",
      [
        { kind: "strike", date: "2023-11-22", place: "Musayyib" },
        { kind: "strike", date: "2023-11-22", place: "Iskandariya" },
      ],
    ],
  ])("lists_named_places_known_or_not_give_one_event_each: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  // Countries with numbers: one event per country with its count; the total, when given, an umbrella.
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "U.S. forces struck two facilities in Iraq and one in Syria on Tuesday.",
      [
        { kind: "strike", country: "Iraq", count: 2, umbrella: false },
        { kind: "strike", country: "Syria", count: null, umbrella: false },
      ],
    ],
    [
      "U.S. aircraft hit five sites on Wednesday, three in Syria and two in Iraq.",
      [
        { kind: "strike", country: ["Iraq", "Syria"], count: 5, umbrella: true },
        { kind: "strike", country: "Syria", count: 3, umbrella: false },
        { kind: "strike", country: "Iraq", count: 2, umbrella: false },
      ],
    ],
    [
      "Militants attacked U.S. troops three times in Iraq and twice in Syria on Monday.",
      [
        { kind: "attack", country: "Iraq", count: 3 },
        { kind: "attack", country: "Syria", count: 2 },
      ],
    ],
    [
      "American bombers struck more than 80 targets in Iraq and Syria on Friday.",
      [
        { kind: "strike", country: "Iraq", count: null },
        { kind: "strike", country: "Syria", count: null },
      ],
    ],
    [
      "U.S. jets on Thursday struck targets linked to the Revolutionary Guards in Syria and Iraq.",
      [
        { kind: "strike", country: "Syria" },
        { kind: "strike", country: "Iraq" },
      ],
    ],
  ])("lists_countries_with_numbers_give_one_event_per_country: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  // …but countries that only say where the forces are, or whom the targets belong to, stay one event.
  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. troops were attacked four times in Iraq and Syria on Thursday.", [{ kind: "attack", country: ["Iraq", "Syria"], count: 4 }]],
    ["The U.S. struck facilities on Friday used by militias that operate in Iraq and Syria.", [{ kind: "strike", country: ["Iraq", "Syria"] }]],
    ["Militants fired rockets at U.S. bases in Iraq and Syria on Sunday.", [{ kind: "attack", country: ["Iraq", "Syria"] }]],
    ["U.S. jets struck a depot in Syria on Monday, two days after a drone attack in Iraq.", [{ kind: "strike", country: "Syria" }]],
    ["U.S. forces struck one target in Iraq on Saturday.", [{ kind: "strike", country: "Iraq", count: null }]],
  ])("lists_countries_without_a_breakdown_stay_one_event: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
