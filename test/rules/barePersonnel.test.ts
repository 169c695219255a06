/**
 * Bare personnel nouns ("two soldiers", "three service members", "four
 * personnel") in a story about US forces are US forces; qualified by another
 * nationality or force ("Iraqi soldiers", "SDF fighters") they are not, and
 * in a story that never names US forces they are no one's in particular.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const PUB = "2024-02-03";
const US_STORY = "US forces in the region have faced repeated attacks. ";

describe("bare personnel in a story about US forces", () => {
  it.each<[string, Partial<EventView>]>([
    ["Two soldiers were wounded on Monday when a drone hit their base in Syria, the Pentagon said.", { kind: "attack", date: "2024-01-29", country: "Syria", injured: 2 }],
    ["Officials recalled the Jan. 28 strike that led to the deaths of three service members in Jordan.", { kind: "attack", date: "2024-01-28", killed: 3 }],
    ["Central Command said four personnel suffered minor injuries when rockets struck the base on Tuesday.", { kind: "attack", date: "2024-01-30", injured: 4 }],
    ["On Wednesday, a one-way drone slammed into the barracks, injuring five troops, officials said.", { kind: "attack", date: "2024-01-31", injured: 5 }],
    ["Three sailors were hurt on Thursday when a missile struck near their ship in the Red Sea.", { kind: "attack", date: "2024-02-01", injured: 3 }],
  ])("%s", (text, fields) => {
    expectEvents(US_STORY + text, [fields], PUB);
  });

  it.each<string>([
    "Two Iraqi soldiers were wounded on Monday when a drone hit their checkpoint near Kirkuk.",
    "Rockets struck a base on Tuesday, wounding three Kurdish fighters and two SDF troops.",
    "An Israeli strike on Monday killed four soldiers of the Syrian army near Damascus.",
  ])("another force's personnel are not US forces: %s", (text) => {
    expectNoEvents(US_STORY + text, PUB);
  });

  it("in a story that never names US forces, bare soldiers are no one's", () => {
    expectNoEvents("Two soldiers were wounded on Monday when a drone hit their base, the ministry said.", PUB);
  });
});
