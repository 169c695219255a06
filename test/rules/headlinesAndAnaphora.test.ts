/**
 * Headlines and anaphoric date sentences (issue 13, item 4). News often
 * tells an action first and its day in the next sentence, whose subject
 * only points back at it ("The incident happened late Tuesday", "It took
 * place on Jan. 3"): that sentence dates the undated events before it,
 * the headline included. Sentences are our own, none from an article.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, expectEvents, expectNoEvents, type EventView } from "./eventView.js";
import { inferPublicationDate } from "../../src/dates/index.js";
import { REFERENCE, article } from "../dates/helpers.js";

const PUB = "2024-01-05"; // a Friday

describe("a sentence that only dates the action told before it", () => {
  it.each<[string, Partial<EventView>]>([
    ["A rocket attack wounded two American soldiers at a base in Syria. The attack occurred on Monday, officials said.", { kind: "attack", date: "2024-01-01", injured: 2, country: "Syria" }],
    ["Two U.S. service members were hurt when drones struck a coalition outpost in Iraq. The incident happened late Tuesday.", { kind: "attack", date: "2024-01-02", injured: 2 }],
    ["Militants fired three rockets at the U.S. embassy in Baghdad. It took place on Jan. 3, according to a security official.", { kind: "attack", date: "2024-01-03", place: "US Embassy Baghdad" }],
    ["A U.S. drone strike killed a militia commander in Iraq. The strike was carried out on Wednesday near Kirkuk.", { kind: "strike", date: "2024-01-03", place: "Kirkuk" }],
    ["An American destroyer shot down four drones launched by the Houthis in the Red Sea. The engagement lasted several hours on Thursday.", { kind: "attack", date: "2024-01-04", country: "Red Sea" }],
    ["U.S. jets bombed a weapons depot used by an Iran-backed militia. The operation took place early on Tuesday near Abu Kamal.", { kind: "strike", date: "2024-01-02", place: "Abu Kamal" }],
  ])("dates the event before it: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it("dates every undated sentence of the report before it, and cites the dating sentence", () => {
    const [e] = expectEvents(
      "American Soldier Wounded in Drone Attack\nAn American soldier was wounded in a drone attack on a base in Iraq. Two more were treated for minor injuries at the scene. The event took place on New Year's Day.",
      [{ kind: "attack", date: "2024-01-01", injured: 1 }],
      PUB,
    );
    expect(e!.evidence).toBeGreaterThanOrEqual(3);
  });

  it.each<string>([
    // Not a pointer back: the subject is another action.
    "A rocket attack wounded two American soldiers at a base in Syria. Talks between the two governments took place on Monday.",
    // No day at all.
    "A rocket attack wounded two American soldiers at a base in Syria. The attack occurred at night, officials said.",
    // Two days: which one is not said.
    "A rocket attack wounded two American soldiers at a base in Syria. The incident happened between Monday and Wednesday, or on Thursday.",
    // A pronoun without a verb of occurrence.
    "A rocket attack wounded two American soldiers at a base in Syria. It said on Monday that more attacks would follow.",
  ])("leaves the event undated (and so out) when the next sentence does not only date it: %s", (text) => {
    expectNoEvents(text, PUB);
  });

  it("stops at a dated event: the anaphor goes on about the nearest one", () => {
    expectEvents(
      "Drones attacked a U.S. base in Syria. Rockets hit the American embassy in Baghdad on Sunday. The attack happened before dawn on Monday.",
      [{ kind: "attack", date: "2023-12-31", place: "US Embassy Baghdad" }],
      PUB,
    );
  });
});

describe("a headline strike without a named striker", () => {
  it.each<[string, Partial<EventView>]>([
    ["Drone strike kills three militia commanders in Kirkuk\nA U.S. drone struck their car, a defence official said.", { kind: "strike", date: "2024-01-05", place: "Kirkuk", killed: 3, actor: "United States" }],
    ["Air strikes pound Houthi missile sites near Hodeidah\nAmerican and British jets carried out the strikes, the Pentagon confirmed.", { kind: "strike", place: "Hodeidah", actor: "United States" }],
    ["Overnight raids destroy militia drone workshops in eastern Syria\nU.S. warplanes bombed the workshops, officials said.", { kind: "strike", country: "Syria", actor: "United States" }],
    ["Airstrike hits Kataib Hezbollah headquarters\nThe group's spokesman blamed the United States for carrying out the strike.", { kind: "strike", date: "2024-01-05", actor: "United States" }],
    ["Four Nujaba fighters killed in Baghdad drone strike\nThe United States carried out the drone strike, a U.S. official said.", { kind: "strike", place: "Baghdad", killed: 4 }],
  ])("is a US strike when the body says the US struck: %s", (text, fields) => {
    expectEvents(text, [fields], PUB);
  });

  it.each<string>([
    "Airstrikes hit militia depots near Abu Kamal\nThe Israeli military said its jets carried out the raid.",
    "Drone strike kills two militants in Syria\nThe identity of the attacker was not known, monitors said.",
    "Turkish drone strike kills PKK fighters in northern Iraq\nU.S. jets have struck militias in Iraq before.",
    "Airstrike kills Hezbollah commander in Lebanon\nThe United States has struck militia targets in Iraq in the past.",
    "Drone strike hits Tower 22 base in Jordan\nThe United States has struck back at militias in Iraq in the past.",
  ])("is no US strike when the body does not say the US struck there: %s", (text) => {
    for (const e of eventsOf(text, PUB)) expect(e.kind).not.toBe("strike");
  });
});

describe("a headline takes the one place the body names", () => {
  it.each<[string, Partial<EventView>]>([
    ["Drones target a US base in eastern Syria\nThe Conoco mission support site was attacked by two drones, officials said.", { kind: "attack", place: "Mission Support Site Conoco" }],
    ["Rockets fired at American troops in western Iraq\nTwo rockets were fired at Ain al-Asad air base, a coalition official said.", { kind: "attack", place: "Ain al-Asad Air Base" }],
    ["US forces attacked in northeastern Syria\nA drone attacked U.S. troops at the Rumalan base, officials said.", { kind: "attack", place: "Rumalan" }],
    ["American troops in Iraq come under rocket fire\nSeveral rockets were launched at U.S. forces at Erbil Air Base, officials said.", { kind: "attack", place: "Erbil Air Base" }],
    ["Militants attack a US base in southern Syria with drones\nThe al-Tanf garrison was attacked by two drones, officials said.", { kind: "attack", place: "al-Tanf" }],
  ])("%s", (text, fields) => {
    const events = eventsOf(text, PUB);
    expect(events.map((e) => e.place)).toContain(fields.place);
    expect(events.filter((e) => e.kind === "attack" && e.place === null)).toEqual([]);
  });

  it("keeps the headline general when the body names several places", () => {
    const events = eventsOf("Drones attack a US base in Syria\nDrones attacked U.S. forces at al-Tanf and at the Rumalan base on Thursday, officials said.", PUB);
    expect(events.map((e) => e.place)).toEqual(expect.arrayContaining(["Rumalan", "al-Tanf"]));
    expect(events.filter((e) => e.place === "al-Tanf")).toHaveLength(1);
    expect(events.filter((e) => e.place === "Rumalan")).toHaveLength(1);
  });
});

describe("headline wording without auxiliaries, under a date stamp", () => {
  it.each<[string, Partial<EventView>]>([
    ["US Troops Attacked in Eastern Syria", { kind: "attack", country: "Syria" }],
    ["American Base Targeted Near Erbil", { kind: "attack", place: "Erbil" }],
    ["U.S. Forces Attacked Again in Western Iraq", { kind: "attack", country: "Iraq" }],
    ["Coalition Forces Targeted at Ain al-Asad Air Base", { kind: "attack", place: "Ain al-Asad Air Base" }],
    ["US Soldiers Attacked Inside Syria, Officials Say", { kind: "attack", country: "Syria" }],
  ])("a passive headline with its place and no auxiliary is an attack on US forces, dated by publication: %s", (text, fields) => {
    expectEvents(text, [{ ...fields, date: PUB }], PUB);
  });

  it("an active body sentence with the same words is still a US strike", () => {
    expectEvents("U.S. forces attacked militia positions in eastern Syria on Wednesday.", [{ kind: "strike", date: "2024-01-03" }], PUB);
  });

  it.each<[string, Partial<EventView>]>([
    ["Friday 5 January 2024 - 10:42\nHouthis Target Cargo Ship, Down US Spy Plane Off Yemen", { kind: "attack" }],
    ["05/01/2024 08:15 GMT\nDrones Attack US Base in Syria, Minor Injuries Reported", { kind: "attack", country: "Syria" }],
    ["January 5, 2024\nRocket Attack Targets US Embassy in Baghdad", { kind: "attack", place: "US Embassy Baghdad" }],
    ["Jan. 5, 2024 | 9:30 AM\nMilitants Attack American Troops at Tower 22", { kind: "attack", place: "Tower 22" }],
    ["2024-01-05\nHouthi Missiles Target US Destroyer in Red Sea", { kind: "attack", country: "Red Sea" }],
  ])("the first line under a date-only stamp is the headline, dated by publication: %s", (text, fields) => {
    expectEvents(text, [{ ...fields, date: PUB }], PUB);
  });
});

describe("a headline is not dated by the day a story counts from", () => {
  // "today" in an article with no dateline dates it by its latest event, never by the start
  // of a campaign it names ("since … after the October 7 attack"): the headline would take that day.
  it.each<string>([
    "Houthis vow revenge after US, UK strikes\nThe two allies struck targets in Yemen for the first time since the group began attacking ships after Hamas's October 7 assault. Earlier today a Houthi leader spoke.",
    "Jets pound militia sites in Iraq\nAttacks on US forces have risen since the October 17 hospital blast. Officials said today the jets returned safely.",
    "US sailors on alert in the Red Sea\nThe Navy has kept two carriers nearby following the October 7 attack on Israel. Today the ships remained on station.",
    "Rockets hit near US embassy\nThe embassy has been targeted repeatedly since October 17, a spokesman said. The sirens sounded again today.",
    "Coalition jets strike Houthi radar\nThe strikes follow weeks of attacks on shipping after the October 19 launch of missiles toward Israel. Today officials gave no details.",
  ])("%s", (text) => {
    const { text: t, sentences } = article(text.split("\n"));
    expect(inferPublicationDate(t, sentences, REFERENCE).date).toBeNull();
  });
});

describe("a headline's sea names the waters of the body's engagement", () => {
  it.each<[string, string]>([
    ["US Navy destroyer downs Houthi missiles in Red Sea\nA U.S. destroyer shot down two missiles fired by the Houthis toward the Gulf of Aden on Friday, officials said.", "Gulf of Aden"],
    ["Warship shoots down drones in the Red Sea\nThe USS Carney downed four drones over the Bab el-Mandeb on Thursday, the Pentagon said.", "Red Sea"],
    ["US fighter jets down Houthi drones over Gulf of Aden\nU.S. jets shot down three drones launched at ships in the Red Sea on Wednesday.", "Red Sea"],
    ["American destroyer intercepts missile in Red Sea\nThe USS Gravely intercepted an anti-ship missile in the Gulf of Aden on Tuesday, CENTCOM said.", "Gulf of Aden"],
    ["US warship fends off Houthi attack in Red Sea\nA U.S. destroyer shot down a drone launched by the Houthis over the Gulf of Aden on Monday.", "Gulf of Aden"],
  ])("one attack at sea: %s", (text, country) => {
    const attacks = eventsOf(text, PUB).filter((e) => e.kind === "attack");
    expect(attacks.map((e) => e.country)).toEqual([country]);
  });
});


describe("a headline's town holds the body's base", () => {
  it.each<[string, string]>([
    ["Armed drone hits U.S. base near Erbil\nAn armed drone targeted al-Harir airbase hosting U.S. forces near Erbil on Thursday.", "Harir Air Base"],
    ["Rockets target US troops in Anbar\nRockets were fired at Ain al-Asad air base on Thursday, officials said.", "Ain al-Asad Air Base"],
    ["Drone attack on American forces in Erbil\nA drone struck Erbil air base on Thursday, the coalition said.", "Erbil Air Base"],
  ])("one event at the base: %s", (text, place) => {
    const attacks = eventsOf(text, PUB).filter((e) => e.kind === "attack");
    expect(attacks.map((e) => e.place)).toEqual([place]);
  });
});
