/**
 * How news states running totals (GUIDELINES §4), one block per phenomenon,
 * each in several phrasings of our own; then what is not a tally: one
 * event's toll or count, weapons, troop numbers, other wars, page furniture.
 * Every row is checked as the full list of tallies the sentence gives.
 *
 * phenomenon                                   → rule (src/rules/cumulativeTally.ts)
 * per-region list "N separate times in X and M …" → the continuation pattern (modifiers from cues.json)
 * "attacked six more times, three in Iraq …"   → modifiers ("more", "additional") before the noun
 * "the number of attacks has risen to 66"      → the rise pattern (tallyCues.riseVerbs)
 * "attacked U.S. troops … over 150 times"      → an attack verb (tallyCues.attackVerbs) up to 14 words back
 * "29 of the attacks were in Iraq"             → the partitive pattern: a breakdown with its region
 * "the 14th and 15th attacks … since"          → the ordinal pattern, the last ordinal is the value
 * "has attacked 48 ships"                      → tallyCues.attackedObjects; shipping → the Red Sea
 * "more than a dozen", "two dozen"             → numbers.json scales; a bounded count of attacks is a total
 * casualty totals, any side of the conflict    → tallyNouns.injured/killed, tallyCues.usPeople/otherPeople
 * "brings to 58 the number of …", "raised the tally of attacks to 143" → the bring patterns (tallyCues.bringVerbs, totalNouns)
 * "killed and dozens wounded", "wounded and three killed" → the nearer casualty word; the ellipsis row
 * "the US has struck … eight times"            → strikes when the US is the subject of an active perfect
 */
import { describe, expect, it } from "vitest";
import type { TallyOut } from "../../src/model/extraction.js";
import { extract } from "./eventView.js";

type Want = Partial<Pick<TallyOut, "metric" | "value" | "qualifier" | "region" | "since">>;

function tallies(text: string): Want[] {
  return extract(text).tallies.map(({ metric, value, qualifier, region, since }) => ({ metric, value, qualifier, region, since }));
}

function check(text: string, want: Want[]): void {
  const got = tallies(text);
  expect(got, text).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i], text).toMatchObject(w));
}

const A = "attacks" as const;

describe("tallies: per-region lists", () => {
  it.each<[string, Want[]]>([
    ["Since Oct. 17, American troops have been attacked at least 20 separate times in Iraq and 11 separate times in Syria.", [{ metric: A, value: 20, region: "Iraq" }, { metric: A, value: 11, region: "Syria" }]],
    ["Coalition bases have come under fire 15 times in Syria and eight times in Iraq since mid-October.", [{ metric: A, value: 15, region: "Syria" }, { metric: A, value: 8, region: "Iraq" }]],
    ["Over the past two weeks, U.S. forces were attacked at least nine separate times in Iraq and five separate times in Syria, a Pentagon spokesman said.", [{ metric: A, value: 9, region: "Iraq" }, { metric: A, value: 5, region: "Syria" }]],
    ["U.S. personnel have been targeted 18 different times in Iraq (and) seven different times in Syria since the war began.", [{ metric: A, value: 18, region: "Iraq" }, { metric: A, value: 7, region: "Syria" }]],
    ["Militias have struck American positions 30 times in Syria and 12 more in Iraq since October.", [{ metric: A, value: 30, region: "Syria" }, { metric: A, value: 12, region: "Iraq" }]],
  ])("tallies_per_region_list: %s", check);
});

describe("tallies: increments with their breakdown", () => {
  it.each<[string, Want[]]>([
    ["Since Monday, U.S. bases have been attacked five more times, two times in Iraq and three in Syria.", [{ value: 5, region: null }, { value: 2, region: "Iraq" }, { value: 3, region: "Syria" }]],
    ["American troops have been targeted four additional times since Nov. 2, two in Iraq and two in Syria.", [{ value: 4, region: null }, { value: 2, region: "Iraq" }, { value: 2, region: "Syria" }]],
    ["Since the Oct. 26 strikes, coalition forces have come under attack seven more times: four in Syria and three in Iraq.", [{ value: 7, region: null }, { value: 4, region: "Syria" }, { value: 3, region: "Iraq" }]],
    ["Since Nov. 10, militants have attacked U.S. positions eight more times, including five times in Iraq and three in Syria.", [{ value: 8, region: null }, { value: 5, region: "Iraq" }, { value: 3, region: "Syria" }]],
    ["Since the weekend, U.S. forces have faced six further attacks, three in Iraq and three in Syria.", [{ value: 6, region: null }, { value: 3, region: "Iraq" }, { value: 3, region: "Syria" }]],
  ])("tallies_increment_with_breakdown: %s", check);
});

describe("tallies: the number of X has risen to N", () => {
  it.each<[string, Want[]]>([
    ["The number of attacks on U.S. troops in Iraq and Syria has risen to 74 since Oct. 17, with 35 in Iraq and 39 in Syria.", [{ metric: A, value: 74, region: null, since: "2023-10-17" }, { value: 35, region: "Iraq" }, { value: 39, region: "Syria" }]],
    ["The number of rocket and drone attacks on American bases climbed to 90 since mid-October, officials said.", [{ metric: A, value: 90 }]],
    ["According to the Pentagon, the number of injured American personnel now stands at 66.", [{ metric: "injured", value: 66 }]],
    ["The total number of attacks against coalition forces has reached 105 since Oct. 17.", [{ metric: A, value: 105 }]],
    ["The number of strikes the US has conducted in Yemen since January rose to 40.", [{ metric: "strikes", value: 40, region: "Yemen" }]],
  ])("tallies_number_of_has_risen_to: %s", check);
});

describe("tallies: an attack verb, words, then the count", () => {
  it.each<[string, Want[]]>([
    ["They have attacked American soldiers across the region over 120 times since the war began.", [{ metric: A, value: 120, qualifier: "more than" }]],
    ["Iran-backed groups have targeted U.S. and allied forces roughly 95 times since Oct. 17.", [{ metric: A, value: 95, qualifier: "about", since: "2023-10-17" }]],
    ["U.S. forces have been attacked “at least 55 times” between Oct. 17 and Monday, the spokeswoman said.", [{ metric: A, value: 55, qualifier: "at least" }]],
    ["American personnel have come under attack more than 80 times since the fighting in Gaza started on Oct. 7.", [{ metric: A, value: 80, qualifier: "more than", since: "2023-10-07" }]],
    ["American forces in the Middle East have been subjected to about 130 attacks since last October 17.", [{ metric: A, value: 130, qualifier: "about", since: "2023-10-17" }]],
    ["Militias have hit bases of the coalition in Iraq and Syria with rockets and drones more than 110 times since mid-October.", [{ metric: A, value: 110, region: null }]],
  ])("tallies_attack_verb_then_count: %s", check);
});

describe("tallies: a breakdown said as part of the attacks", () => {
  it.each<[string, Want[]]>([
    ["Of those, 40 of the attacks were in Syria and 31 were in Iraq.", [{ metric: A, value: 40, region: "Syria" }, { metric: A, value: 31, region: "Iraq" }]],
    ["Twenty-two of the attacks took place in Iraq and 19 in Syria.", [{ value: 22, region: "Iraq" }, { value: 19, region: "Syria" }]],
    ["Seventeen of these attacks targeted bases in Syria, and 12 were in Iraq.", [{ value: 17, region: "Syria" }, { value: 12, region: "Iraq" }]],
    ["Nineteen of the strikes were carried out in Syria and 14 in Iraq.", [{ metric: "strikes", value: 19, region: "Syria" }, { metric: "strikes", value: 14, region: "Iraq" }]],
    ["About 25 of the attacks were in Iraq, and about 30 were in Syria.", [{ value: 25, qualifier: "about", region: "Iraq" }, { value: 30, region: "Syria" }]],
  ])("tallies_partitive_breakdown: %s", check);
});

describe("tallies: ordinals counted since a date", () => {
  it.each<[string, Want[]]>([
    ["The assault was the 31st and 32nd attacks on merchant shipping by the Houthis since Nov. 19.", [{ metric: A, value: 32, region: "Red Sea", since: "2023-11-19" }]],
    ["It marked the 40th Houthi attack on commercial vessels since mid-November, CENTCOM said.", [{ metric: A, value: 40, region: "Red Sea" }]],
    ["That was the 18th attack by the group since Nov. 1.", [{ metric: A, value: 18, region: null }]],
    ["Officials called it the 9th and 10th attacks on American troops since Oct. 17.", [{ metric: A, value: 10, region: null }]],
    ["This was the 5th U.S. strike on Houthi targets since Nov. 11.", [{ metric: "strikes", value: 5 }]],
  ])("tallies_ordinal_since: %s", check);
});

describe("tallies: ships attacked", () => {
  it.each<[string, Want[]]>([
    ["The rebels have attacked 35 vessels in the Red Sea since November.", [{ metric: A, value: 35, region: "Red Sea" }]],
    ["Houthi forces have targeted more than 60 merchant ships since the war began.", [{ metric: A, value: 60, qualifier: "more than", region: "Red Sea" }]],
    ["The group says it has hit 50 ships since October.", [{ metric: A, value: 50, region: "Red Sea" }]],
    ["So far, the Houthis have attacked 27 ships.", [{ metric: A, value: 27, region: "Red Sea" }]],
    ["Militants have attacked 12 bases housing U.S. troops since Oct. 17.", [{ metric: A, value: 12, region: null }]],
  ])("tallies_ships_attacked: %s", check);
});

describe("tallies: dozens", () => {
  it.each<[string, Want[]]>([
    ["Militias have claimed more than a dozen attacks on American bases in Iraq and neighboring Syria since mid-October.", [{ metric: A, value: 12, qualifier: "more than", region: null }]],
    ["The group has carried out two dozen attacks on shipping since November.", [{ metric: A, value: 24, region: "Red Sea" }]],
    ["U.S. troops have been attacked at least a dozen times since Oct. 17.", [{ metric: A, value: 12, qualifier: "at least" }]],
    ["Iran-backed groups have launched nearly three dozen attacks on coalition forces in Syria since October.", [{ metric: A, value: 36, qualifier: "about", region: "Syria" }]],
    ["The resolution condemns the more than two dozen Houthi attacks on vessels in the Red Sea.", [{ metric: A, value: 24, qualifier: "more than", region: "Red Sea" }]],
  ])("tallies_dozens: %s", check);
});

describe("tallies: casualty totals", () => {
  it.each<[string, Want[]]>([
    ["So far, 45 injuries have been reported among U.S. troops in the attacks.", [{ metric: "injured", value: 45 }]],
    ["The group has said at least 30 of its fighters have been killed in the American and British strikes.", [{ metric: "killed", value: 30, qualifier: "at least" }]],
    ["Houthi attacks have killed four seafarers since November.", [{ metric: "killed", value: 4 }]],
    ["A total of 23 Houthi fighters have died in U.S. strikes since January, the group said.", [{ metric: "killed", value: 23 }]],
    [
      "Militias have claimed more than 60 attacks on U.S. bases since October, wounding 70 service members and killing a civilian contractor.",
      [{ metric: A, value: 60 }, { metric: "injured", value: 70 }, { metric: "killed", value: 1 }],
    ],
    ["The attacks have caused 34 traumatic brain injuries among American personnel since Oct. 17.", [{ metric: "injured", value: 34 }]],
    ["The attacks have resulted in 59 injuries, including at least 25 U.S. personnel who suffered brain injuries.", [{ metric: "injured", value: 59 }]],
  ])("tallies_casualty_totals: %s", check);
});

describe("tallies: a total named by its noun (brings to, raised the tally, stands at)", () => {
  it.each<[string, Want[]]>([
    ["Tuesday's drone strike brings to 58 the number of American troops injured in such attacks since Oct. 17.", [{ metric: "injured", value: 58, since: "2023-10-17" }]],
    ["Monday's barrage raised the tally of attacks on American bases to 143.", [{ metric: A, value: 143 }]],
    ["The attack brings the number of times US forces have been targeted since October 17 to at least 61.", [{ metric: A, value: 61, qualifier: "at least", since: "2023-10-17" }]],
    ["The tally of assaults on coalition bases stands at 105, officials said on Monday.", [{ metric: A, value: 105 }]],
    ["Wednesday's rocket fire pushed the total number of attacks on U.S. personnel in Syria to 77.", [{ metric: A, value: 77 }]],
    ["With the latest incident, the count of attacks against coalition forces has climbed to 121.", [{ metric: A, value: 121 }]],
  ])("tallies_total_named_by_its_noun: %s", (text, want) => check(text, want));

  it.each([
    // one event's toll, told on its day, is no running total
    ["The strike on Friday brought the number of militants killed to 12, a monitor said."],
    // a total of something else
    ["The deployment brings to 2,500 the number of troops stationed in Iraq."],
  ])("tallies_total_named_by_its_noun_not: %s", (text) => expect(tallies(text)).toEqual([]));
});

describe("tallies: the nearer casualty word is the metric", () => {
  it.each<[string, Want[]]>([
    ["Three US soldiers have been killed and dozens wounded in the attacks since October.", [{ metric: "killed", value: 3 }]],
    ["Since mid-October, 70 U.S. service members have been wounded and three killed in the attacks.", [{ metric: "injured", value: 70 }, { metric: "killed", value: 3 }]],
    ["So far two American contractors have died and scores were hurt in the attacks since Oct. 17.", [{ metric: "killed", value: 2 }]],
  ])("tallies_nearer_casualty_word: %s", (text, want) => check(text, want));
});

describe("tallies: US strikes counted in times", () => {
  it.each<[string, Want[]]>([
    ["The United States has now struck Houthi targets in Yemen at least eight times.", [{ metric: "strikes", value: 8 }]],
    ["U.S. forces have hit militia sites in Iraq and Syria 11 times since the attacks began.", [{ metric: "strikes", value: 11 }]],
    // the headline's passive is an attack count
    ["Pentagon Says US Troops Attacked 55 Times in Iraq, Syria Since Oct. 17", [{ metric: A, value: 55 }]],
    ["Militants have fired at U.S. bases more than 30 times since October.", [{ metric: A, value: 30, qualifier: "more than" }]],
  ])("tallies_us_strikes_in_times: %s", (text, want) => check(text, want));
});

describe("not tallies", () => {
  it.each([
    ["Last week, two U.S. soldiers were wounded, one seriously, in a rocket attack on their base in Syria."],
    ["The Jan. 28 drone strike that led to the deaths of three service members in Jordan drew a US response."],
    ["A drone attack earlier in the day that left one U.S. service member in critical condition prompted the strikes."],
    ["Another four American personnel suffered minor injuries during two separate drone attacks on U.S. bases."],
    ["At least five fighters were killed in Kirkuk on 3 December by an American drone, as U.S. forces have struck back."],
    ["Militia leaders have claimed responsibility for killing three US soldiers in Jordan."],
  ])("tallies_not_one_events_toll: %s", (text) => expect(tallies(text)).toEqual([]));

  it.each([
    ["The destroyer shot down 14 attack drones launched from Yemen."],
    ["Three merchant ships were attacked five times over the past 24 hours."],
    ["About 900 U.S. troops remain in Syria and 2,500 in Iraq."],
    ["Palestinian health officials say the war has killed more than 25,000 people since Oct. 7."],
    ["Central Command said its forces conducted two self-defense strikes on missiles that had been prepared for launch."],
    ["No group has claimed responsibility for the two recent attacks."],
  ])("tallies_not_event_counts_weapons_troops_or_other_wars: %s", (text) => expect(tallies(text)).toEqual([]));

  // Issue 15 item 5: page furniture is not an attacks tally.
  it.each([
    ["This story has been viewed 1,200 times."],
    ["The post was shared 500 times since Monday."],
    ["1,234 comments"],
    ["The video has been watched 3,000 times since it was posted."],
    ["Readers have liked this article 800 times since it was published."],
  ])("tallies_not_page_furniture: %s", (text) => expect(tallies(text)).toEqual([]));
});

// Issue 15 item 5: a negative number is no casualty figure.
describe("negative numbers", () => {
  it.each([
    ["A rocket attack on a U.S. base in Syria on Tuesday left -5 injured."],
    ["Militants attacked U.S. forces at al-Asad on Tuesday, -5 killed."],
    ["A drone attack hit U.S. troops in Syria on Tuesday: −3 wounded."],
  ])("casualties_not_from_negative_numbers: %s", (text) => {
    const x = extract(text);
    expect(x.events.length).toBeGreaterThan(0);
    for (const e of x.events) {
      expect(e.killed).toBeNull();
      expect(e.injured).toBeNull();
    }
    expect(x.tallies).toEqual([]);
  });
});
