/**
 * Timelines and chronologies: entries that open with their date ("NOV. 9 –",
 * "Oct. 21:") and tell the event in the present tense ("are attacked",
 * "wounds two", "target a base housing US forces"), with counts ("three
 * separate rocket attacks") and casualties in the same words.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

const PUB = "2024-01-25";

describe("timeline entries", () => {
  it.each<[string, Partial<EventView>]>([
    ["NOV. 9 – American troops in Syria are attacked with rockets at a base near the Iraqi border.", { date: "2023-11-09", country: "Syria", weapons: ["rocket"] }],
    ["DEC. 3 – A drone attack in Syria wounds two U.S. service members who later return to duty.", { date: "2023-12-03", country: "Syria", injured: 2 }],
    ["JAN. 4 – U.S. forces in Iraq are targeted in three separate rocket attacks, causing no injuries.", { date: "2024-01-04", country: "Iraq", count: 3, injured: 0 }],
    ["Oct. 21: Militants launch drones at U.S. troops in eastern Syria; both are shot down.", { date: "2023-10-21", country: "Syria", weapons: ["drone"] }],
    ["Nov 30 — Rockets target a base housing American forces in Iraq but fail to cause damage.", { date: "2023-11-30", country: "Iraq", weapons: ["rocket"] }],
    ["Jan. 12 - A one-way drone strikes a U.S. outpost in northeastern Syria and injures one service member.", { date: "2024-01-12", country: "Syria", injured: 1 }],
  ])("a dated entry in the present tense is an attack: %s", (text, fields) => {
    expectEvents(text, [{ kind: "attack", ...fields }], PUB);
  });
});
