/**
 * Sentences that mention an action without reporting a new one (issue 13,
 * item 7; GUIDELINES §1): telling someone of a strike ("the coalition
 * notified Iraqi forces of the strike") is no strike; the date of an
 * out-of-scope doer's action ("… which began when Hamas attacked Israel on
 * Oct. 7") does not date the US-forces event of the sentence; and a headline
 * in which US ships "targeted at" a sea are the target is no US strike; a
 * dated statement of an earlier action ("officials on Friday said the ship
 * had shot down …", "an update from the figure reported earlier") does not
 * make a second event on the statement's day.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./eventView.js";

describe("notifying someone of a strike is not a strike", () => {
  it.each<string>([
    "The coalition notified Iraqi Security Forces of the strike, CENTCOM said on Monday.",
    "U.S. forces informed the Iraqi government of the strike ahead of time, officials said on Tuesday.",
    "The task force briefed Iraqi commanders on the strike on Wednesday.",
    "American officials alerted Baghdad to the airstrikes on Thursday, a spokesman said.",
    "The Pentagon notified Congress of the strikes in Syria on Friday.",
  ])("%s", (text) => {
    expect(eventsOf(text).filter((e) => e.kind === "strike")).toEqual([]);
  });

  it("a force that strikes is still a striker", () => {
    const strikes = eventsOf("U.S. forces struck Kataib Hezbollah targets in western Iraq on Tuesday, and informed Iraqi officials afterwards.").filter((e) => e.kind === "strike");
    expect(strikes).toHaveLength(1);
  });
});

describe("an out-of-scope doer's date is not the US forces' event's", () => {
  it.each<string>([
    "U.S. troops in the region have faced a wave of attacks tied to the Gaza war, which started when Hamas launched an assault on Israel on Oct. 7.",
    "American forces have come under fire repeatedly since the conflict erupted, after Hamas fighters attacked southern Israel on October 7.",
    "Attacks on U.S. bases rose sharply in a war that began when Hamas carried out a raid into Israel on Oct. 7.",
    "U.S. personnel have been targeted dozens of times amid a conflict set off when Hamas gunmen struck Israeli towns on 7 October.",
    "American troops face a surge of attacks linked to the fighting that followed when Hamas militants launched an incursion into Israel on Oct. 7, 2023.",
  ])("%s", (text) => {
    expect(eventsOf(text, "2023-11-24").filter((e) => e.date === "2023-10-07")).toEqual([]);
  });

  it("a date after a mere mention of an out-of-scope country still dates the event", () => {
    const [e] = eventsOf("U.S. warships shot down missiles launched by the Houthis in the Red Sea, which targeted Israel-linked cargo ships on 3 November.");
    expect(e?.date).toBe("2023-11-03");
  });
});

describe("US ships 'targeted at' a sea are the target, not a striker", () => {
  it.each<string>([
    "US destroyers targeted at Red Sea, Houthis say",
    "Several US warships targeted at Gulf of Aden, rebel spokesman claims",
    "American warships targeted at Bab el-Mandeb, group says",
    "US Navy vessels targeted at Red Sea in new Houthi operation",
    "Two US war destroyers targeted at Gulf of Aden, Houthi military says",
  ])("%s", (text) => {
    expect(eventsOf(text).filter((e) => e.kind === "strike")).toEqual([]);
  });
});

describe("a dated statement of an earlier action does not date it", () => {
  it.each<string>([
    "The USS Carney shot down three drones over the Red Sea on Wednesday. U.S. officials on Friday told reporters the destroyer had shot down five drones, more than first reported.",
    "A U.S. warship intercepted two missiles in the Gulf of Aden on Tuesday. The ship had downed three missiles, an update from the two reported earlier, the Pentagon said on Thursday.",
    "U.S. forces shot down a drone near al-Tanf on Monday. Officials said on Wednesday that two drones had been shot down there.",
    "The destroyer downed four drones in the Red Sea on Sunday. In a revised count, the Navy said on Tuesday that the ship had destroyed six.",
    "U.S. jets intercepted drones over the Red Sea on Saturday. CENTCOM on Monday gave an update from its first statement: the jets had downed nine drones.",
  ])("%s", (text) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks).toHaveLength(1);
  });

  it("a statement of what happened that day still dates it", () => {
    const [e] = eventsOf("The destroyer shot down three drones in the Red Sea, the Pentagon said on Wednesday.");
    expect(e?.date).toBe("2023-11-22");
  });
});

describe("an attack told once by its province and once by its base is one event", () => {
  it.each<[string, string]>([
    ["A drone hit a base housing U.S. troops in Deir ez-Zor province on Sunday. The drone struck the al-Omar oil field on Sunday, killing six fighters.", "al-Omar oil field"],
    ["Rockets targeted U.S. forces in Anbar province on Tuesday. The rockets fell inside Ain al-Asad air base on Tuesday, officials said.", "Ain al-Asad Air Base"],
    ["On Monday a drone attacked U.S. troops in Hasakah province. The drone was shot down over Rumalan on Monday.", "Rumalan"],
    ["U.S. forces in Deir ez-Zor province came under rocket fire on Wednesday. The rockets were aimed at Mission Support Site Conoco on Wednesday.", "Mission Support Site Conoco"],
    ["Two drones targeted U.S. forces in Homs province on Thursday. Both drones were downed near al-Tanf on Thursday.", "al-Tanf"],
  ])("%s", (text, place) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks.map((a) => a.place)).toEqual([place]);
  });
});
