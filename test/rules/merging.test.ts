/**
 * One event per kind, day and place (GUIDELINES §2): sentences about the
 * same action merge into one event with several evidence sentences; a
 * different place, day or kind keeps events apart.
 */
import { describe, it } from "vitest";
import { expectEvents, type EventView } from "./eventView.js";

describe("merging", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "A rocket attack targeted U.S. forces at Ain al-Asad Air Base on Tuesday. The rockets struck near the runway at Ain al-Asad on Tuesday, causing minor damage.",
      [{ kind: "attack", date: "2023-11-21", place: "Ain al-Asad Air Base", weapons: ["rocket"], outcome: "damage", evidence: 2 }],
    ],
    [
      "U.S. forces in Syria were attacked with a drone on Thursday. The drone hit the Conoco base in eastern Syria on Thursday, a U.S. official said.",
      [{ kind: "attack", date: "2023-11-23", place: "Mission Support Site Conoco", weapons: ["drone"], evidence: 2 }],
    ],
    [
      "U.S. jets struck a Kataib Hezbollah depot in Al-Qaim on Sunday. The U.S. strike on the depot in Al-Qaim on Sunday killed four militants.",
      [{ kind: "strike", date: "2023-11-19", place: "Al-Qaim", killed: 4, evidence: 2 }],
    ],
    [
      "Drones targeted U.S. troops at al-Tanf on Monday. Kataib Hezbollah fighters launched the drones at al-Tanf on Monday from across the border.",
      [{ kind: "attack", place: "al-Tanf", actor: "Kataib Hezbollah", evidence: 2 }],
    ],
    [
      "U.S. warplanes struck two militia depots in eastern Syria on Sunday. The strikes destroyed a weapons store near Abu Kamal.",
      [{ kind: "strike", date: "2023-11-19", place: "Abu Kamal", evidence: 2 }],
    ],
  ])("merging_joins_reports_of_the_same_event: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Drones attacked U.S. troops at Erbil on Monday. Separately, rockets hit the al-Tanf garrison in Syria on Monday.",
      [
        { kind: "attack", place: "Erbil", weapons: ["drone"] },
        { kind: "attack", place: "al-Tanf", weapons: ["rocket"] },
      ],
    ],
    [
      "U.S. forces at al-Tanf were attacked by drones on Monday. U.S. forces at al-Tanf were attacked again on Wednesday.",
      [
        { kind: "attack", date: "2023-11-20", place: "al-Tanf" },
        { kind: "attack", date: "2023-11-22", place: "al-Tanf" },
      ],
    ],
    [
      "Militants fired rockets at U.S. forces at Ain al-Asad on Tuesday. Hours later, U.S. aircraft struck the militants' launch site near Ain al-Asad on Tuesday.",
      [
        { kind: "attack", date: "2023-11-21", place: "Ain al-Asad Air Base", weapons: ["rocket"] },
        { kind: "strike", date: "2023-11-21", weapons: ["aircraft"] },
      ],
    ],
    [
      "Rockets targeted U.S. forces in Iraq on Monday. Drones targeted U.S. forces in Syria on Monday.",
      [
        { kind: "attack", country: "Iraq" },
        { kind: "attack", country: "Syria" },
      ],
    ],
    [
      // weapons are shared only among reports told together, not across countries
      "A drone attack hit U.S. troops at al-Tanf on Monday. Officials described the damage as minor. The Pentagon is reviewing base defences. Congress was briefed on the incident. In Iraq, an attack on Monday targeted the Harir base.",
      [
        { kind: "attack", place: "al-Tanf", weapons: ["drone"] },
        { kind: "attack", place: "Harir Air Base", weapons: [] },
      ],
    ],
  ])("merging_keeps_different_places_days_and_kinds_apart: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "A U.S. Navy destroyer shot down a dozen drones launched by the Houthis. The barrage, fired on Sunday evening, targeted ships in the southern Red Sea.",
      [{ kind: "attack", date: "2023-11-19", actor: "Houthis", outcome: "intercepted" }],
    ],
    [
      "U.S. Conducts Airstrikes in Syria\n\nThe Pentagon announced the action in a statement. The operation took place shortly before dawn on Tuesday.",
      [{ kind: "strike", date: "2023-11-21", country: "Syria" }],
    ],
  ])("merging_a_sentence_soon_after_about_the_barrage_or_operation_dates_it: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });
});
