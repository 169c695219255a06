/**
 * Back-links: every source of every event is a span of the article text
 * (text.slice(start, end) === source.text, in UTF-16 code units), evidence
 * sources are whole sentences, and each field's span holds the words that
 * gave the field — also when they come from another sentence (a later
 * claim, an inherited date, a casualty note).
 */
import { describe, expect, it } from "vitest";
import type { EventOut, SourceOut } from "../../src/model/extraction.js";
import { splitSentences } from "../../src/text/sentences.js";
import { extract } from "./eventView.js";

type Field = SourceOut["field"];

interface Want {
  /** Picks the event: the fields given must match. */
  select: Partial<Pick<EventOut, "kind" | "place" | "date">>;
  /** Words each field's source must contain. */
  contains: Partial<Record<Field, string>>;
}

function check(text: string, wants: Want[]): void {
  const { events } = extract(text);
  expect(events.length).toBeGreaterThan(0);
  const sentences = splitSentences(text);
  for (const e of events)
    for (const s of e.sources) {
      expect(text.slice(s.start, s.end), `${s.field} source`).toBe(s.text);
      if (s.field === "evidence") expect(sentences.some((x) => x.start === s.start && x.end === s.end), "evidence is a whole sentence").toBe(true);
      else expect(sentences.some((x) => x.start <= s.start && s.end <= x.end && sentences.indexOf(x) === s.sentenceIdx), `${s.field} lies in its sentence`).toBe(true);
    }
  for (const w of wants) {
    const e = events.find((x) => Object.entries(w.select).every(([k, v]) => x[k as keyof EventOut] === v));
    expect(e, `an event with ${JSON.stringify(w.select)}`).toBeDefined();
    for (const [field, words] of Object.entries(w.contains)) {
      const spans = e!.sources.filter((s) => s.field === field).map((s) => s.text);
      expect(spans.some((t) => t.includes(words)), `${field} source holds "${words}" (got ${JSON.stringify(spans)})`).toBe(true);
    }
  }
}

describe("backlinks", () => {
  it.each<[string, Want[]]>([
    [
      "Kataib Hezbollah fired three rockets at U.S. forces near Erbil on Tuesday, injuring two service members.",
      [{ select: { kind: "attack" }, contains: { place: "Erbil", actor: "Kataib Hezbollah", date: "Tuesday", weapons: "rockets", injured: "two", target: "U.S. forces" } }],
    ],
    [
      "U.S. F-16s struck two IRGC facilities near Abu Kamal on Thursday, killing nine militants, the Pentagon said.",
      [{ select: { kind: "strike" }, contains: { place: "Abu Kamal", actor: "U.S.", killed: "nine", weapons: "F-16", date: "Thursday" } }],
    ],
    [
      "Rockets struck U.S. positions at Harir and at Erbil on Wednesday.",
      [
        { select: { place: "Harir Air Base" }, contains: { place: "Harir", weapons: "Rockets" } },
        { select: { place: "Erbil" }, contains: { place: "Erbil" } },
      ],
    ],
    [
      "American jets hit IRGC-linked depots in eastern Syria on Oct. 29, Nov. 9 and Nov. 16.",
      [
        { select: { date: "2023-10-29" }, contains: { date: "Oct. 29", country: "Syria", weapons: "jets" } },
        { select: { date: "2023-11-16" }, contains: { date: "Nov. 16" } },
      ],
    ],
    [
      "U.S. forces struck militia targets in Iraq between Monday and Wednesday.",
      [{ select: { kind: "strike" }, contains: { date: "Monday and Wednesday", country: "Iraq" } }],
    ],
  ])("backlinks_field_spans_hold_their_words_in_one_sentence: %s", (text, wants) => {
    check(text, wants);
  });

  it.each<[string, Want[]]>([
    [
      "A drone targeted U.S. troops at al-Tanf in southern Syria on Wednesday. The Islamic Resistance in Iraq claimed responsibility for the attack.",
      [{ select: { place: "al-Tanf" }, contains: { actor: "Islamic Resistance in Iraq", evidence: "claimed responsibility", place: "al-Tanf" } }],
    ],
    [
      "U.S. forces shot down two drones near al-Tanf on Friday. The Pentagon said there were no casualties.",
      [{ select: { place: "al-Tanf" }, contains: { killed: "no casualties", injured: "no casualties", evidence: "The Pentagon said" } }],
    ],
    [
      "U.S. warplanes struck two militia depots in eastern Syria on Sunday. The strikes hit a weapons store near Abu Kamal and a safe house in Mayadin.",
      [
        { select: { place: "Abu Kamal" }, contains: { place: "Abu Kamal", date: "Sunday", weapons: "warplanes" } },
        { select: { place: "Mayadin" }, contains: { place: "Mayadin", date: "Sunday" } },
      ],
    ],
    [
      "American troops were targeted four times across Iraq and Syria on Thursday. Drones targeted Ain al-Asad Air Base in western Iraq on Thursday. Rockets struck Erbil Air Base on Thursday.",
      [
        { select: { place: "Ain al-Asad Air Base" }, contains: { place: "Ain al-Asad Air Base", weapons: "Drones" } },
        { select: { place: "Erbil Air Base" }, contains: { place: "Erbil Air Base", weapons: "Rockets" } },
        { select: { place: null }, contains: { count: "four", country: "Syria" } },
      ],
    ],
  ])("backlinks_field_spans_point_into_the_sentence_that_gave_them: %s", (text, wants) => {
    check(text, wants);
  });

  it.each<[string, Want[]]>([
    [
      "\n\nBAGHDAD — “Rockets struck Victory Base on Friday,” an Iraqi security official said.\n\nNo one was hurt, the official added.",
      [{ select: { place: "Victory Base" }, contains: { place: "Victory Base", date: "Friday", weapons: "Rockets" } }],
    ],
    [
      "🚀 Update: Rockets hit Ain al-Asad on Monday.\n\n🛰️ A U.S. drone strike hit a Kataib Hezbollah vehicle in Baghdad on Tuesday, killing two.",
      [
        { select: { kind: "attack" }, contains: { place: "Ain al-Asad", date: "Monday" } },
        { select: { kind: "strike" }, contains: { place: "Baghdad", killed: "two", date: "Tuesday" } },
      ],
    ],
    [
      "Rockets hit Ain al-Asad 🚀 on Monday, and a U.S. drone strike hit a Kataib Hezbollah vehicle in Baghdad 🛰️ on Tuesday, killing two.",
      [
        { select: { kind: "attack" }, contains: { place: "Ain al-Asad", date: "Monday", weapons: "Rockets" } },
        { select: { kind: "strike" }, contains: { place: "Baghdad", killed: "two", date: "Tuesday", actor: "U.S." } },
      ],
    ],
  ])("backlinks_offsets_survive_whitespace_quotes_and_astral_characters: %s", (text, wants) => {
    check(text, wants);
  });
});
