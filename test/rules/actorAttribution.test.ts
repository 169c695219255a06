/**
 * Whom the article names is not always who did it (GUIDELINES §3, actor):
 * an epithet before a named group ("the Iran-backed Houthis") is that
 * group's, not a second, generic actor; a group named as the backer of the
 * doers ("militants backed by Iran's Revolutionary Guard") stands for the
 * generic description; a group a strike hit or killed, or a description in
 * a forecast, does not become the doer of the article's other attacks; and
 * an article that says nobody is known to have done it gives its attacks
 * no actor from elsewhere; "the group" claiming or doing it is the armed
 * group named last before.
 */
import { describe, expect, it } from "vitest";
import { findActors, loadLexicons } from "../../src/lexicon/index.js";
import { eventsOf, expectEvents } from "./eventView.js";

const lex = loadLexicons();
const names = (text: string) => findActors(text, lex).map((a) => a.name);

describe("an epithet before a named group is the group's", () => {
  it.each<[string, string]>([
    ["The Iran-backed Houthis fired two missiles at a tanker.", "Houthis"],
    ["Iranian-backed Houthi rebels have kept up their campaign.", "Houthis"],
    ["The Iran-aligned militia Kataib Hezbollah denied any role.", "Kataib Hezbollah"],
    ["Tehran-backed Harakat al-Nujaba said it would respond.", "Harakat al-Nujaba"],
    ["The pro-Iranian Kataib Sayyid al-Shuhada named a new commander.", "Kataib Sayyid al-Shuhada"],
  ])("%s", (text, group) => {
    expect(names(text)).toEqual([group]);
  });

  it.each<string>([
    "Iran-backed Houthi rebels have threatened shipping for weeks. Two drones targeted U.S. forces at al-Tanf in Syria on Monday.",
    "The Iranian-backed Houthis say they act for Gaza. On Tuesday a rocket attack hit a base housing U.S. troops in eastern Syria.",
    "Analysts say the Iran-aligned Houthis are well armed. Rockets were fired at U.S. forces at Rumalan, Syria, on Wednesday.",
    "The Tehran-backed Houthis fired at a tanker last month. A drone attacked U.S. troops at Ain al-Asad in Iraq on Thursday.",
    "Pro-Iranian Houthi fighters paraded in Sanaa. U.S. forces in Iraq shot down a drone near Erbil on Sunday.",
  ])("the epithet of a group that operates elsewhere gives a land attack no generic actor: %s", (text) => {
    expectEvents(text, [{ kind: "attack", actor: null }]);
  });
});

describe("a backer named for the doers stands for the generic description", () => {
  it.each<string>([
    "On Sunday, a drone fired by militant groups backed by Iran's Islamic Revolutionary Guard Corps hit a U.S. outpost in Jordan.",
    "Rockets launched by fighters loyal to Tehran struck Ain al-Asad air base on Tuesday.",
    "On Monday, militias funded by Iran fired a drone at U.S. forces at Erbil air base.",
    "Two drones sent by armed groups supported by the IRGC targeted U.S. troops at al-Tanf on Wednesday.",
    "U.S. forces at Rumalan came under rocket fire on Thursday from factions sponsored by Iran.",
  ])("%s", (text) => {
    const [event] = eventsOf(text);
    expect(event?.kind).toBe("attack");
    expect(event?.actor).toBe("Iran-backed militia");
  });

  it("an abbreviation of the backer in brackets is the same backer", () => {
    expect(names("militants backed by the Islamic Revolutionary Guard Corps (IRGC) fired on the base")).toEqual(["Iran-backed militia", "Iran-backed militia"]);
  });
});

describe("a group a strike hit or killed is not the doer of the article's attacks", () => {
  it.each<string>([
    "A drone attacked U.S. forces at Erbil air base on Monday. The U.S. replied with airstrikes that killed several Kataib Hezbollah fighters.",
    "Rockets struck Ain al-Asad air base on Tuesday, injuring two U.S. troops. The strikes were aimed at Kataib Hezbollah's command posts, officials said.",
    "A drone hit a U.S. base in northeast Syria on Sunday. Washington answered with strikes on Harakat al-Nujaba weapons depots.",
    "U.S. troops at al-Tanf were targeted by drones on Wednesday. Later raids on Kataib Hezbollah positions destroyed two warehouses.",
    "Rockets were fired at U.S. forces at Rumalan on Thursday. A U.S. strike overnight, killing a Kataib Sayyid al-Shuhada commander, followed.",
  ])("%s", (text) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBeNull();
  });

  it("a group named as the strike's doer ('a drone strike by') still is the doer", () => {
    expectEvents("A drone strike by Kataib Hezbollah killed three U.S. soldiers at Tower 22 in Jordan on Sunday.", [{ kind: "attack", actor: "Kataib Hezbollah" }]);
  });
});

describe("an article saying the doer is unknown gives its attacks no actor from elsewhere", () => {
  it.each<string>([
    "Drones targeted U.S. forces at al-Tanf in Syria on Monday. Officials did not say who was responsible, though Iran-backed militias have hit the base before.",
    "Rockets struck near U.S. troops at Ain al-Asad in Iraq on Tuesday. No group has claimed the attack; Kataib Hezbollah has threatened such strikes.",
    "A drone was shot down near U.S. forces at Erbil air base on Wednesday. It was not immediately clear who launched it. Iraqi militias have attacked Erbil many times.",
    "U.S. forces in Syria came under rocket fire at Rumalan on Thursday. The Pentagon declined to attribute the attack to any group. Iran-aligned groups operate nearby.",
    "A drone attacked U.S. troops at Mission Support Site Conoco on Friday. Pro-Iranian factions are active in the area, but the attack went unclaimed.",
    // a country named as a backer is no location of the statement
    "Although the strikes have not been claimed by any faction with ties to Iran, officials blame Tehran. Iraqi militias have often attacked Erbil. A drone hit U.S. forces at Erbil air base on Monday.",
  ])("%s", (text) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBeNull();
  });
});

describe("a description in a forecast is not the doer", () => {
  it.each<string>([
    "Drones targeted U.S. forces at al-Tanf on Monday. Officials warned of the prospect of more attacks from Iranian proxy forces.",
    "A rocket attack hit Ain al-Asad air base on Tuesday. Iran-backed militias could target U.S. troops again, officials said.",
    "U.S. forces shot down a drone near Erbil air base on Wednesday. Analysts said pro-Iranian groups may attack other bases.",
    "Rockets were fired at U.S. troops at Rumalan on Thursday. Officials fear Iraqi militias will continue attacking.",
    "A drone hit a U.S. base in Syria on Friday. Iran's proxies threatened to widen the campaign.",
  ])("%s", (text) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBeNull();
  });
});

describe("'the group' is the armed group named last before it", () => {
  // Another group is named more often in each text: only the anaphor points at the right one.
  it.each<[string, string]>([
    ["Harakat al-Nujaba has threatened more attacks, and Harakat al-Nujaba fighters fired rockets in Syria last year. The Islamic Resistance in Iraq has stepped up its campaign. On Tuesday the group took responsibility for a rocket salvo at the al-Shaddadi base.", "Islamic Resistance in Iraq"],
    ["Harakat al-Nujaba praised past attacks, and Harakat al-Nujaba leaders fired rockets at Israel in the spring. Kataib Hezbollah issued a statement on Monday. The militia said it launched a drone at U.S. forces at Erbil air base on Sunday.", "Kataib Hezbollah"],
    ["Kataib Hezbollah paused its attacks in January, and Kataib Hezbollah commanders kept their rockets hidden. Harakat al-Nujaba warned Washington last week. The faction claimed a rocket attack on U.S. troops at Ain al-Asad on Wednesday.", "Harakat al-Nujaba"],
    ["Kataib Hezbollah carried out most earlier attacks, and Kataib Hezbollah drones are the most numerous. Kataib Sayyid al-Shuhada is one of the smaller factions. The group claimed responsibility for drones fired at U.S. forces at al-Tanf on Friday.", "Kataib Sayyid al-Shuhada"],
    ["The Islamic Resistance in Iraq posts videos of attacks, and the Islamic Resistance in Iraq fires rockets often. Kataib Hezbollah spoke separately. The militants shot down a U.S. drone over Iraq on Thursday, launching a missile at it near Baghdad.", "Kataib Hezbollah"],
  ])("%s", (text, actor) => {
    const attacks = eventsOf(text).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBe(actor);
  });

  it("no armed group named before: no actor", () => {
    const attacks = eventsOf("Officials met in Baghdad on Monday. The group claimed a drone attack on U.S. forces at Erbil air base on Sunday.").filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBeNull();
  });
});

describe("a claimant described by an appositive is the named group", () => {
  // Another group is named more often in each text: only the claim points at the right one.
  const before = "Harakat al-Nujaba has fired rockets before, and Harakat al-Nujaba drones were seen last year. ";
  it.each<[string, string]>([
    ["A drone struck U.S. forces at al-Tanf on Sunday. The Islamic Resistance in Iraq, an umbrella of Iran-backed armed groups, claimed responsibility for the attack.", "Islamic Resistance in Iraq"],
    ["Rockets hit Ain al-Asad air base on Monday. Kataib Hezbollah and allied factions, part of a network of Iranian-backed militias, claimed the attack.", "Kataib Hezbollah"],
    ["A drone targeted U.S. troops at Erbil air base on Tuesday. Kataib Hezbollah, one of several Iran-aligned groups, said it carried out the strike.", "Kataib Hezbollah"],
    ["U.S. forces at Rumalan came under rocket fire on Wednesday. The Islamic Resistance in Iraq, a coalition of pro-Iranian factions, took responsibility.", "Islamic Resistance in Iraq"],
    ["Drones attacked U.S. forces at Mission Support Site Conoco on Thursday. Kataib Sayyid al-Shuhada, among the Iraqi militias backed by Tehran, claimed responsibility for the attack.", "Kataib Sayyid al-Shuhada"],
  ])("%s", (text, actor) => {
    const attacks = eventsOf(before + text).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.actor).toBe(actor);
  });
});

describe("a passive agent names who did the attack", () => {
  it.each<[string, string]>([
    ["A drone attack wounded two U.S. soldiers at the Rumalan base on Monday. The attack was allegedly carried out by Kataib Hezbollah.", "Kataib Hezbollah"],
    ["Rockets hit Ain al-Asad air base on Tuesday, injuring a contractor. U.S. officials said the strike was conducted by Kataib Hezbollah.", "Kataib Hezbollah"],
    ["Militants fired drones at U.S. forces at al-Tanf on Friday. Officials believe the attack was orchestrated by Harakat al-Nujaba.", "Harakat al-Nujaba"],
    ["A one-way drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers. Washington says it was carried out by the Islamic Resistance in Iraq.", "Islamic Resistance in Iraq"],
    ["Iran-backed militants attacked U.S. troops at the Conoco base on Wednesday. The attacks were staged by Kataib Hezbollah, the Pentagon said.", "Kataib Hezbollah"],
  ])("actor_by_passive_agent: %s", (text, actor) => {
    const attacks = eventsOf(text, "2024-01-30").filter((e) => e.kind === "attack");
    expect(attacks.map((e) => e.actor)).toEqual([actor]);
  });
});
