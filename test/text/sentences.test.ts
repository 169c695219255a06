import { describe, it, expect } from "vitest";
import { MAX_SENTENCE, splitSentences } from "../../src/text/sentences.js";

function sentences(text: string): string[] {
  const spans = splitSentences(text);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
}

describe("splitSentences_never_splits_after_abbreviations", () => {
  const cases: Array<[string, string]> = [
    ["U.S.", "Drones struck a depot used by U.S. forces near the border."],
    ["U.S.-led", "The U.S.-led coalition said the rockets missed."],
    ["U.K.", "A U.K. frigate escorted the tanker through the strait."],
    ["U.N.", "The U.N. Security Council met late on Friday."],
    ["Dec.", "The depot was shelled on Dec. 4 and again a week later."],
    ["Oct. 17", "Fighting resumed on Oct. 17 after a pause."],
    ["Nov. 8,", "On Nov. 8, two mortars landed in the compound."],
    ["Jan.", "The siege lasted from Jan. 2 until the spring."],
    ["Feb.", "Shelling eased in Feb. 2022 before resuming."],
    ["Mar.", "Talks began on Mar. 9 in the capital."],
    ["Apr.", "A drone was downed on Apr. 30 over the harbour."],
    ["Jun.", "Convoys moved north on Jun. 11 without escort."],
    ["Jul.", "The airfield reopened on Jul. 21 for cargo flights."],
    ["Aug.", "The barracks burned on Aug. 3 after a strike."],
    ["Sep.", "Patrols doubled on Sep. 5 along the river."],
    ["Sept.", "The raid on Sept. 14 killed three guards."],
    ["Mr.", "Mr. Haddad said the road was closed."],
    ["Ms.", "Ms. Okafor counted the craters herself."],
    ["Dr.", "Dr. Lind treated nine wounded soldiers."],
    ["Gen.", "Gen. Moreau ordered the convoy to turn back."],
    ["Lt.", "Lt. Park led the patrol into the valley."],
    ["Col.", "Col. Brandt confirmed the outpost was abandoned."],
    ["Lt. Col.", "Lt. Col. Ines Varga briefed reporters at noon."],
    ["Sgt.", "Sgt. Amari was hurt by shrapnel."],
    ["Maj.", "Maj. Quinn denied the claim."],
    ["Capt.", "Capt. Doyle steered the ship away from the mines."],
    ["Adm.", "Adm. Castillo moved the carrier group west."],
    ["Rep.", "Rep. Nolan asked for a briefing on the strikes."],
    ["Sen.", "Sen. Whitfield called the raid reckless."],
    ["St.", "Sirens sounded in St. Albans overnight."],
    ["No.", "Outpost No. 7 was evacuated before dawn."],
    ["a.m.", "The first rocket landed at 5 a.m. near the gate."],
    ["p.m.", "A second salvo came at 9 p.m. from the east."],
    ["approx.", "The blast left approx. 200 people homeless."],
    ["vs.", "It was a contest of drones vs. air defences."],
    ["e.g.", "Cheap weapons, e.g. mortars, are hard to stop."],
    ["i.e.", "The group, i.e. the militia's northern wing, denied it."],
    ["initial", "John F. Kennedy visited the base decades ago."],
    ["two initials", "The report by A. J. Mensah listed every strike."],
    ["decimal", "The shell carried 1.5 kilograms of explosive."],
    ["decimal at start", "Some 2.5 million people fled the shelling."],
    ["ellipsis before lower case", '"We will answer ... at a time we choose," the commander said.'],
    ["question before lower case", '"Who fired first?" asked the envoy.'],
  ];
  it.each(cases)("%s", (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe("splitSentences_splits_at_sentence_ends", () => {
  const cases: Array<[string, string, string[]]> = [
    ["full stop and capital", "The gate was hit. Two guards died.", ["The gate was hit.", "Two guards died."]],
    ["question and exclamation", "Who ordered it? Nobody knows! The probe goes on.", ["Who ordered it?", "Nobody knows!", "The probe goes on."]],
    ["digit after full stop", "Nine were hurt. 14 others fled.", ["Nine were hurt.", "14 others fled."]],
    ["opening quote after full stop", 'The port closed. "It is over," he said.', ["The port closed.", '"It is over," he said.']],
    ["closing straight quote", 'He said: "We are leaving." The troops left.', ['He said: "We are leaving."', "The troops left."]],
    ["closing curly quote", "She said: \u201CNo comment.\u201D Her aide agreed.", ["She said: \u201CNo comment.\u201D", "Her aide agreed."]],
    ["glued after lower case", "They met a local official.The official refused.", ["They met a local official.", "The official refused."]],
    ["glued after quote", 'It was "a clear threat."The army agreed.', ['It was "a clear threat."', "The army agreed."]],
    ["glued one-letter starter", "It was quiet afterwards.A convoy passed.", ["It was quiet afterwards.", "A convoy passed."]],
    ["glued acronym and which", "He was once a commander of IS.which previously held the town.", ["He was once a commander of IS.", "which previously held the town."]],
    ["glued acronym and that", "The claim came from ISIS.that group later denied it.", ["The claim came from ISIS.", "that group later denied it."]],
    ["after parenthesised acronym", "It was claimed by Islamic State (IS). The group gave no proof.", ["It was claimed by Islamic State (IS).", "The group gave no proof."]],
    ["U.S. then a sentence starter", "The drones were aimed at the U.S. The Pentagon said so.", ["The drones were aimed at the U.S.", "The Pentagon said so."]],
    ["a.m. then a sentence starter", "Sirens began at 3 a.m. The all-clear came later.", ["Sirens began at 3 a.m.", "The all-clear came later."]],
    ["No. before a capital", "The answer was no. Talks collapsed.", ["The answer was no.", "Talks collapsed."]],
    ["initial then a sentence starter", "They called it Plan B. It failed.", ["They called it Plan B.", "It failed."]],
    ["ellipsis then capital", "The lights went out... Then the shelling began.", ["The lights went out...", "Then the shelling began."]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe("splitSentences_does_not_split_inside_tokens", () => {
  const cases: Array<[string, string]> = [
    ["e-mail", "Write to press.Office@example.org for details."],
    ["web address", "The video is on www.Example.com for now."],
    ["title glued to name", "A statement from Mr.Haddad followed."],
  ];
  it.each(cases)("%s", (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe("splitSentences_paragraphs", () => {
  it("splits_at_every_newline_even_without_a_full_stop", () => {
    expect(sentences("Headline without a stop\nThe body starts here.")).toEqual([
      "Headline without a stop",
      "The body starts here.",
    ]);
  });

  it("skips_blank_lines_and_trims_spaces", () => {
    const text = "  First paragraph ends.  \n\n\n   Second one. Third one.\n";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["First paragraph ends.", "Second one.", "Third one."]);
    expect(spans[0]!.start).toBe(2);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("treats_a_list_marker_as_part_of_its_line", () => {
    expect(sentences("1. Attacks on bases\n2. Attacks on ships")).toEqual(["1. Attacks on bases", "2. Attacks on ships"]);
  });

  it("returns_nothing_for_blank_text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});

/** Small seeded PRNG (mulberry32) so failures reproduce. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("splitSentences_property", () => {
  const alphabet = [
    ". ", "U.S.", "\n", '"', "\u201C", "\u201D", "'", "a", "The", "IS", ".", "!", "?", " ", "x", "Mr.",
    "1.5", "...", "(", ")", "\u2026", "e.g.", "which", "\t", "\u00A0", "F.", "official.", "\n\n", "Ω",
  ];
  it("spans_are_ordered_disjoint_inside_and_non_empty_for_200_random_texts", () => {
    const rnd = mulberry32(20231124);
    for (let run = 0; run < 200; run++) {
      const parts: string[] = [];
      const len = Math.floor(rnd() * 60);
      for (let p = 0; p < len; p++) parts.push(alphabet[Math.floor(rnd() * alphabet.length)]!);
      const text = parts.join("");
      let prevEnd = 0;
      for (const s of splitSentences(text)) {
        expect(s.start).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        prevEnd = s.end;
      }
    }
  });
});

describe("splitSentences_runs_in_linear_time", () => {
  it("handles_a_long_single_line_and_a_long_token_quickly", () => {
    const line = "The base was hit by rockets at 4 a.m. local time. U.S. forces returned fire. ".repeat(60_000);
    const token = "a.".repeat(5_000) + "x".repeat(10_000) + ".".repeat(10_000);
    const t0 = Date.now();
    expect(splitSentences(line).length).toBe(120_000);
    // Past MAX_SENTENCE characters a run-on is cut (compromise is super-linear in one sentence's length).
    const pieces = splitSentences(token);
    expect(pieces.length).toBe(Math.ceil(token.length / MAX_SENTENCE));
    expect(pieces.map((p) => p.text).join("")).toBe(token);
    expect(splitSentences("A".repeat(10_000) + ". " + "B".repeat(10_000)).length).toBe(6 + 5);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("a_run_on_line_is_cut_at_a_space_before_the_limit_and_keeps_emoji_whole", () => {
    const words = "rockets hit the base and ".repeat(400).trim(); // 10,000 characters, no full stop
    const spans = splitSentences(words);
    expect(spans.length).toBeGreaterThan(4);
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(words.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toMatch(/^\S.*\S$/);
    }
    const emoji = "a" + "\u{1F680}".repeat(3_000); // 6,001 code units, no space: every cut falls inside a pair
    const cut = splitSentences(emoji);
    for (const s of cut) expect(s.text.codePointAt(s.text.length - 2)).toBe(0x1f680);
    expect(cut.map((s) => s.text).join("")).toBe(emoji);
  });
});
