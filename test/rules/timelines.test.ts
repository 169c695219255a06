/**
 * Timelines and chronologies: entries that open with their date ("NOV. 9 –",
 * "Oct. 21:") and tell the event in the present tense ("are attacked",
 * "wounds two", "target a base housing US forces"), with counts ("three
 * separate rocket attacks") and casualties in the same words.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, type EventView } from "./eventView.js";

const PUB = "2024-01-25";

describe("timeline entries", () => {
  it.each<[string, Partial<EventView>]>([
    ["NOV. 9 – American troops in Syria are attacked with rockets at a base near the Iraqi border.", { date: "2023-11-09", country: "Syria", weapons: ["rocket"] }],
    ["DEC. 3 – A drone attack in Syria wounds two U.S. service members who later return to duty.", { date: "2023-12-03", country: "Syria", injured: 2 }],
    ["JAN. 4 – U.S. forces in Iraq are targeted in three separate rocket attacks, causing no injuries.", { date: "2024-01-04", country: "Iraq", count: 3, injured: 0 }],
    ["Oct. 21: Militants launch drones at U.S. troops in eastern Syria; both are shot down.", { date: "2023-10-21", country: "Syria", weapons: ["drone"] }],
    ["Nov 30 — Rockets target a base housing American forces in Iraq but fail to cause damage.", { date: "2023-11-30", country: "Iraq", weapons: ["rocket"] }],
    ["Jan. 12 - A one-way drone strikes a U.S. outpost in northeastern Syria and injures one service member.", { date: "2024-01-12", country: "Syria", injured: 1 }],
    ["DEC. 14 – A rocket barrage on a base in western Iraq by Iran-aligned militants leaves a contractor in hospital and wounds two U.S. troops.", { date: "2023-12-14", country: "Iraq", injured: 2 }],
    ["Nov. 2: A drone launched by a militia slips past air defenses and crashes into the barracks housing American soldiers at a base in Syria.", { date: "2023-11-02", country: "Syria", weapons: ["drone"] }],
    ["Jan. 6 – Rockets slam into a compound housing U.S. service members in Baghdad, causing no injuries.", { date: "2024-01-06", injured: 0 }],
  ])("a dated entry in the present tense is an attack: %s", (text, fields) => {
    expectEvents(text, [{ kind: "attack", ...fields }], PUB);
  });
});

describe("timelines with a date heading on its own line", () => {
  const PUB_T = "2024-02-20";
  it.each<[string, string, Array<Partial<EventView>>]>([
    [
      "month-day headings",
      "A look back at the month.\n\nFebruary 3\nAmerican jets strike 30 militia targets across Iraq and Syria.\n\nFebruary 5\nA drone hits a base housing US troops in eastern Syria, killing six allied fighters.",
      [{ kind: "strike", date: "2024-02-03" }, { kind: "attack", date: "2024-02-05", country: "Syria" }],
    ],
    [
      "weekday and colon",
      "Here are the key dates:\n\nSaturday, Feb. 10:\nUS forces shoot down two drones over the Gulf of Aden.\n\nMonday, Feb. 12:\nThe US military destroys three anti-ship missiles prepared to launch from Yemen.",
      [{ kind: "attack", date: "2024-02-10" }, { kind: "strike", date: "2024-02-12" }],
    ],
    [
      "day-month headings with a year",
      "Here is what happened when.\n\n7 February 2024\nUS Navy warships intercept four missiles fired toward a destroyer in the Red Sea.\n\n9 February 2024\nRockets target a base hosting American forces in western Iraq.",
      [{ kind: "attack", date: "2024-02-07" }, { kind: "attack", date: "2024-02-09", country: "Iraq" }],
    ],
    [
      "an entry of several paragraphs keeps its heading's day",
      "Here is a timeline of the week.\n\nFeb. 1\nThe Pentagon says nothing new.\n\nFeb. 2\nThe militia warns of more attacks.\n\nUS bombers strike 85 targets in Iraq and Syria.",
      [{ kind: "strike", date: "2024-02-02", country: "Iraq" }, { kind: "strike", date: "2024-02-02", country: "Syria" }],
    ],
  ])("%s", (_name, text, wanted) => {
    expectEvents(text, wanted, PUB_T);
  });

  it("a single date line (a byline) does not date undated events", () => {
    expectEvents("February 14, 2024\n\nUS forces shoot down two drones over the Red Sea, officials say.", [], "2024-02-15");
  });

  it("date lines of a byline above the body are not sections", () => {
    const got = eventsOf(
      "Navy shoots down drones\n\nBy A. Writer\n10/20/2023\nUpdated:\n10/21/2023\n\nA US destroyer shot down three drones over the Red Sea, the Pentagon said. The Navy said more drones were shot down.",
      "2023-10-23",
    );
    expect(got.map((e) => e.date)).not.toContain("2023-10-21");
    expect(got.map((e) => e.date)).not.toContain("2023-10-20");
  });

  it("an entry's own date beats its heading's", () => {
    expectEvents(
      "Here is a timeline of the week.\n\nFebruary 3\nOfficials recall that on January 28 a drone attack killed three US soldiers in Jordan.\n\nFebruary 4\nNothing was reported.",
      [{ kind: "attack", date: "2024-01-28", killed: 3 }],
      "2024-02-20",
    );
  });
});

describe("a timeline entry telling several actions after a semicolon", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "DEC. 4 – U.S. forces in Iraq and Syria are attacked twice; a rocket attack in Syria wounds two U.S. soldiers.",
      [{ country: ["Iraq", "Syria"] }, { country: "Syria", injured: 2 }],
    ],
    [
      "Jan. 8: American troops in Iraq come under fire twice; a drone attack at al-Tanf in Syria injures one U.S. service member.",
      [{ country: "Iraq" }, { place: "al-Tanf", injured: 1 }],
    ],
  ])("%s", (text, wanted) => {
    expectEvents(text, wanted.map((w) => ({ kind: "attack" as const, ...w })), "2024-01-25");
  });
});
