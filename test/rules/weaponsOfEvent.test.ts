/**
 * An event's weapons are what the doer used (GUIDELINES §3, weapons): not
 * a US aircraft the attackers shot down ("shot down a U.S. drone"), not the
 * capabilities a strike hit ("storage sites for rockets and drones"); what a
 * warship shoots down is the attackers' even when a partner navy is named
 * first; and a US strike told without its means is an air strike when the
 * article's US strikes there are air strikes and nothing else.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./eventView.js";

const only = (text: string, kind: "attack" | "strike") => eventsOf(text).filter((e) => e.kind === kind);

describe("a US aircraft the attackers downed is what was attacked, not a weapon", () => {
  it.each<string>([
    "Houthi rebels shot down a U.S. drone off the coast of Yemen on Wednesday.",
    "Yemen's Houthis downed an American MQ-9 Reaper unmanned aircraft over the Red Sea on Tuesday.",
    "Militants in Iraq shot down a US Reaper drone near Kirkuk on Monday.",
    "Houthi fighters shot down a U.S. military drone over Marib on Thursday.",
    "Houthi Rebels Shoot Down US Drone Over Red Sea",
  ])("%s", (text) => {
    const attacks = only(text, "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.weapons).toEqual([]);
  });
});

describe("what a ship shoots down is the attackers', whoever is named first", () => {
  it.each<[string, string[]]>([
    ["On Tuesday U.S. fighter jets and a destroyer from the Royal Navy shot down 18 drones and three missiles over the Red Sea.", ["drone", "missile"]],
    ["A U.S. cruiser and a destroyer from the Royal Navy intercepted two anti-ship missiles in the Gulf of Aden on Sunday.", ["missile"]],
    ["U.S. warships and jets from the Royal Air Force downed 12 drones and two cruise missiles fired from Yemen on Friday.", ["drone", "missile"]],
    ["The USS Mason and a warship from the French Navy shot down drones and a ballistic missile over the Red Sea on Monday.", ["drone", "missile"]],
    ["On Saturday, the USS Carney and a warship from the Royal Navy shot down four drones launched from Yemen.", ["drone"]],
  ])("%s", (text, weapons) => {
    const attacks = only(text, "attack");
    expect(attacks.length).toBeGreaterThan(0);
    expect(attacks[0]!.weapons).toEqual(weapons);
  });
});

describe("the capabilities a strike hit are not its weapons", () => {
  it.each<string>([
    "U.S. jets struck militia sites in western Iraq on Tuesday. The strikes targeted storage sites for rockets, missiles and one-way attack drones.",
    "U.S. warplanes hit two sites in eastern Syria on Sunday. The strikes destroyed drone workshops and a rocket depot.",
    "American aircraft bombed militia facilities in Iraq on Monday. The airstrikes hit missile launchers near Al-Qaim.",
    "U.S. fighter jets struck Houthi targets in Yemen on Friday. The strikes targeted radar sites and drone storage near Hodeidah.",
    "U.S. F-16s struck a compound in Syria on Thursday. The strikes hit a building used to store drones near Mayadin.",
  ])("%s", (text) => {
    const strikes = only(text, "strike");
    expect(strikes.length).toBeGreaterThan(0);
    for (const s of strikes) expect(s.weapons).toEqual(["aircraft"]);
  });
});

describe("a strike told without its means takes the article's air strikes", () => {
  it.each<string>([
    "U.S. forces have carried out several air strikes on militia facilities in eastern Syria. On Sunday, U.S. strikes hit a training site near Abu Kamal.",
    "At least two fighters were killed in the US airstrikes, a militia statement said. The U.S. struck a weapons depot near Al-Qaim in Iraq on Tuesday.",
    "American warplanes have repeatedly bombed targets in Syria. The U.S. military struck a safe house near Mayadin on Wednesday.",
    "The U.S. has used F-15E jets in its raids on Syria. On Monday the United States struck an IRGC facility near Deir ez-Zor.",
    "U.S. aircraft conducted air strikes in Iraq this month. The U.S. military struck a militia headquarters near Jurf al-Sakhar on Thursday.",
  ])("%s", (text) => {
    const strikes = only(text, "strike");
    expect(strikes.length).toBeGreaterThan(0);
    for (const s of strikes) expect(s.weapons).toEqual(["aircraft"]);
  });

  it.each<string>([
    // the article's strikes are also drone strikes: which means is in doubt
    "A U.S. drone strike killed a commander in Baghdad on Thursday. U.S. aircraft also carried out air strikes in Iraq. The U.S. struck a depot near Al-Qaim on Friday.",
    // the jets are a partner's
    "British Typhoon jets took off from Cyprus. The U.S. struck a radar site near Hodeidah in Yemen on Friday.",
  ])("not when another means or only a partner's jets are named: %s", (text) => {
    const unarmed = only(text, "strike").filter((s) => s.date === "2023-11-24");
    expect(unarmed.length).toBeGreaterThan(0);
    for (const s of unarmed) expect(s.weapons).not.toEqual(["aircraft"]);
  });
});

describe("a boat the attackers launched is met at sea, whoever engaged it", () => {
  it.each<string>([
    "On Monday a coalition aircraft destroyed an unmanned surface vessel launched by the Houthis from Yemen.",
    "U.S. jets shot down a drone and engaged two drone boats launched from Houthi-held areas of Yemen on Tuesday.",
    "A U.S. helicopter destroyed an explosive-laden boat sent from Yemen toward shipping lanes on Wednesday.",
    "On Thursday coalition forces shot down a drone and destroyed a USV launched from rebel-held Yemen.",
    "U.S. fighter aircraft intercepted three sea drones fired from Yemen on Friday.",
  ])("%s", (text) => {
    const attacks = eventsOf(`The Houthis have attacked ships in the Red Sea for months. ${text}`).filter((e) => e.kind === "attack");
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.country).toBe("Red Sea");
  });
});
