/**
 * Events named in passing inside another statement (issue 13, item 3):
 * "…, including an incident on Saturday when a destroyer shot down drones" —
 * the when-clause tells what happened on the day just named; "CENTCOM said
 * it carried out strikes …" — the speaker's own forces struck, dated by the
 * sentence or by a distance in time ("a week after CENTCOM said it …"); a
 * window ("over the past few days") and a day of the same action at one
 * place give the day; "there were more attacks on US forces on Monday" is
 * an event of that day, while "more than 60 attacks since Oct. 17" stays a
 * running total.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const PUB = "2024-02-06";

describe("an incident on a day, told in a when-clause", () => {
  it.each<[string, Partial<EventView>]>([
    ["U.S. ships have faced a rising number of Houthi missiles, including an episode on Sunday when a U.S. destroyer downed three drones over the Red Sea.", { kind: "attack", date: "2024-02-04", country: "Red Sea", weapons: ["drone"] }],
    ["The Navy has been in several engagements this month, including a clash on Feb. 1 when a U.S. warship intercepted two ballistic missiles in the Gulf of Aden.", { kind: "attack", date: "2024-02-01", country: "Gulf of Aden" }],
    ["Militia fire has grown more frequent, including one attack last Friday when rockets struck the U.S. garrison at al-Shaddadi.", { kind: "attack", date: "2024-02-02", place: "al-Shaddadi", weapons: ["rocket"] }],
    ["Houthi launches have not stopped, including an incident on Jan. 30 when the USS Gravely shot down a cruise missile in the Red Sea.", { kind: "attack", date: "2024-01-30", weapons: ["missile"] }],
    ["American warships keep meeting Houthi fire, with one engagement on Saturday night when a U.S. cruiser intercepted four drones over the Gulf of Aden.", { kind: "attack", date: "2024-02-03", country: "Gulf of Aden" }],
  ])("the when-clause keeps the day before it: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });
});

describe("a US speaker's own strike: 'said it carried out strikes'", () => {
  it.each<[string, Partial<EventView>]>([
    ["CENTCOM said it carried out strikes on two Houthi missile launchers in Yemen on Monday.", { kind: "strike", date: "2024-02-05", country: "Yemen", actor: "United States" }],
    ["The Pentagon said it had struck a weapons depot used by Kataib Hezbollah near al-Qaim on Friday.", { kind: "strike", date: "2024-02-02", place: "Al-Qaim" }],
    ["U.S. Central Command said Saturday that it conducted a strike against a Houthi radar site near Hodeidah.", { kind: "strike", date: "2024-02-03", place: "Hodeidah" }],
    ["The U.S. military said on Wednesday it had launched airstrikes on three militia facilities in Syria.", { kind: "strike", date: "2024-01-31", country: "Syria" }],
    ["American officials said they bombed a command post of the Nujaba group in Baghdad on Thursday.", { kind: "strike", date: "2024-02-01", place: "Baghdad" }],
  ])("the speaker is the striker: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    [
      "Houthi drones targeted the USS Carney in the Red Sea on Monday, CENTCOM said. The attack comes a week after CENTCOM said it had carried out strikes on Houthi weapons depots in Yemen.",
      [
        { kind: "attack", date: "2024-02-05", country: "Red Sea" },
        { kind: "strike", date: "2024-01-29", country: "Yemen" },
      ],
    ],
    [
      "Drones targeted U.S. troops at al-Tanf on Tuesday. The latest attack came two days after the Pentagon said it struck a militia headquarters near Abu Kamal.",
      [
        { kind: "attack", date: "2024-02-06", place: "al-Tanf" },
        { kind: "strike", date: "2024-02-04", place: "Abu Kamal" },
      ],
    ],
  ])("a distance in time from the speaker's strike dates it: %s", (text, wanted) => {
    expectEvents(text, wanted, PUB);
  });
});

describe("a window and a day of one action at one place", () => {
  it.each<[string, Partial<EventView>]>([
    ["Drones have targeted U.S. troops at Ain al-Asad over the past few days. U.S. forces shot down two drones at Ain al-Asad on Saturday.", { kind: "attack", date: "2024-02-03", place: "Ain al-Asad Air Base" }],
    ["Rockets have hit the U.S. base at al-Tanf over the past few days. A rocket struck the al-Tanf garrison on Saturday, officials said.", { kind: "attack", date: "2024-02-03", place: "al-Tanf" }],
  ])("the merged event takes the day: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });
});

describe("further attacks on a named day", () => {
  it.each<[string, Partial<EventView>]>([
    ["Iraqi media reported that there were more attacks on U.S. forces in Syria on Monday.", { kind: "attack", date: "2024-02-05", country: "Syria" }],
    ["Several attacks on U.S. bases in Syria on Tuesday caused no injuries.", { kind: "attack", date: "2024-02-06", country: "Syria", injured: 0 }],
    ["Officials said there had been other attacks on American troops in Iraq on Sunday.", { kind: "attack", date: "2024-02-04", country: "Iraq" }],
    ["Militants launched further attacks against U.S. troops in eastern Syria on Saturday, a monitor said.", { kind: "attack", date: "2024-02-03", country: "Syria" }],
    ["A pro-Iran channel said numerous attacks on US forces in Iraq on Thursday had been launched from Anbar.", { kind: "attack", date: "2024-02-01", country: "Iraq" }],
  ])("the attacks are events of that day: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it.each<string>([
    "There have been more than 60 attacks on U.S. forces since Oct. 17.",
    "Militias have promised more attacks on US forces in the coming days.",
    "The group has carried out more attacks on US forces since the war began on Oct. 7.",
  ])("a running total or a threat is not: %s", (text) => {
    expectNoEvents(text, PUB);
  });
});

describe("US forces named with others ('American and other forces')", () => {
  it.each<[string, Partial<EventView>]>([
    ["Drones were launched at American and other forces in eastern Syria on Friday.", { kind: "attack", date: "2024-02-02", country: "Syria", weapons: ["drone"] }],
    ["Officials said there was a rocket attack in Syria on Thursday against American and other forces of the coalition.", { kind: "attack", date: "2024-02-01", country: "Syria", weapons: ["rocket"] }],
    ["A mortar round landed near U.S. and other forces at a base in Iraq on Sunday.", { kind: "attack", date: "2024-02-04", country: "Iraq" }],
    ["Militants targeted US and other forces in northeastern Syria with a drone on Monday.", { kind: "attack", date: "2024-02-05", country: "Syria" }],
    ["Rockets were fired at American and other forces stationed in Iraq on Saturday.", { kind: "attack", date: "2024-02-03", country: "Iraq", weapons: ["rocket"] }],
  ])("they are the target: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });
});

describe("an event named in passing with its day, then told ('two attacks today … The attacks hit …')", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    [
      "The raid comes after two attacks on Tuesday, both claimed by the Islamic Resistance in Iraq. The attacks hit two bases housing US forces, one at Green Village in Syria and the other near Erbil Airport.",
      [
        { kind: "attack", date: "2024-02-06", place: "Mission Support Site Green Village" },
        { kind: "attack", date: "2024-02-06", place: "Erbil Air Base" },
      ],
    ],
    [
      "Officials confirmed three drone attacks on Sunday. The attacks targeted U.S. troops at al-Tanf and at the Rumalan base.",
      [
        { kind: "attack", date: "2024-02-04", place: "al-Tanf" },
        { kind: "attack", date: "2024-02-04", place: "Rumalan" },
      ],
    ],
    ["The militia said it carried out two attacks today. Both attacks targeted American forces at Ain al-Asad.", [{ kind: "attack", date: "2024-02-06", place: "Ain al-Asad Air Base" }]],
    ["Washington blamed the group for a rocket attack on Monday. The attack struck the U.S. garrison at al-Shaddadi, wounding one soldier.", [{ kind: "attack", date: "2024-02-05", place: "al-Shaddadi", injured: 1 }]],
    ["A pro-Iran channel described several strikes on Friday night. The strikes, carried out by U.S. jets, hit militia depots near Abu Kamal.", [{ kind: "strike", date: "2024-02-02", place: "Abu Kamal" }]],
  ])("the told event takes the day it was named with: %s", (text, wanted) => {
    expectEvents(text, wanted, PUB);
  });

  it("a sentence before that names no such event lends no day", () => {
    expectNoEvents("Officials met in Baghdad on Monday. The attacks targeted U.S. troops at al-Tanf.", PUB);
  });
});

describe("'the operation comes a week after X' with no dated event near: counted from the day of the news", () => {
  it.each<[string, Partial<EventView>]>([
    ["The operation comes a week after Iran-backed militias struck the Tower 22 base in Jordan.", { kind: "attack", date: "2024-01-30", place: "Tower 22" }],
    ["The new wave of strikes comes exactly two days after a drone attack on U.S. troops at al-Tanf.", { kind: "attack", date: "2024-02-04", place: "al-Tanf" }],
    ["The escalation comes just a week after rockets hit Ain al-Asad Air Base.", { kind: "attack", date: "2024-01-30", place: "Ain al-Asad Air Base" }],
    ["The retaliation comes three days after militants attacked American forces at Erbil with drones.", { kind: "attack", date: "2024-02-03", place: "Erbil" }],
    ["The latest move comes about a week after Houthi missiles targeted a U.S. destroyer in the Red Sea.", { kind: "attack", date: "2024-01-30", country: "Red Sea" }],
  ])("the named event is dated back from the publication day: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it("a past-tense distance without a dated event dates nothing", () => {
    expectNoEvents("Rockets hit Ain al-Asad a week after the strike.", PUB);
  });
});
