/**
 * Places the gazetteer does not know (issue 13 item 5): found by toponym
 * patterns and compromise's place tags, kept in the article's spelling,
 * without coordinates, flagged known:false, and given the country of the
 * known place that locates them. Spelling variants of a gazetteer place
 * resolve to its entry instead. All sentences are written for this test.
 */
import { describe, expect, it } from "vitest";
import { findPlaces, loadLexicons } from "../../src/lexicon/index.js";
import { parseSentence } from "../../src/parse/parseSentence.js";

const lex = loadLexicons();
const unknown = (text: string) =>
  findPlaces(text, lex, parseSentence(text).names)
    .filter((p) => !p.known)
    .map((p) => ({ name: p.name, kind: p.kind, country: p.country, relation: p.relation }));

describe("unknown places", () => {
  it.each<[string, Array<{ name: string; kind: string; country: string; relation?: string }>]>([
    // base nouns
    ["Warplanes pounded the Zalfan military base in Saada province overnight.", [{ name: "Zalfan military base", kind: "base", country: "Yemen" }]],
    ["A second wave hit Al-Qurain airbase, north of Hodeidah.", [{ name: "Al-Qurain airbase", kind: "base", country: "Yemen" }]],
    ["Jets bombed the Tell Marzuq camp in eastern Syria.", [{ name: "Tell Marzuq camp", kind: "base", country: "Syria" }]],
    // governorates, districts, "the town/village of X", "X town"
    ["Explosions were heard in Wadi Suraq governorate, Yemen, late on Friday.", [{ name: "Wadi Suraq", kind: "province", country: "Yemen" }]],
    ["Bombs fell in the Bani Zaydan and Jabal Hufash districts of Hajjah.", [
      { name: "Bani Zaydan", kind: "town", country: "Yemen" },
      { name: "Jabal Hufash", kind: "town", country: "Yemen" },
    ]],
    ["The drone crashed near the village of Umm Jalal in western Iraq.", [{ name: "Umm Jalal", kind: "town", country: "Iraq", relation: "near" }]],
    ["A depot outside the town of Khirbat Saleh, Syria, was struck.", [{ name: "Khirbat Saleh", kind: "town", country: "Syria", relation: "near" }]],
    ["Smoke rose over Sakran town after the raid on Mosul's outskirts.", [{ name: "Sakran", kind: "town", country: "Iraq" }]],
    // near X
    ["The launch site lay near Qasr Dhiyab, close to Rutba.", [{ name: "Qasr Dhiyab", kind: "town", country: "Iraq", relation: "near" }]],
  ])("unknown_place_found_with_country: %s", (text, want) => {
    expect(unknown(text)).toMatchObject(want);
    for (const p of findPlaces(text, lex).filter((q) => !q.known)) {
      expect(p.lat).toBeNull();
      expect(p.lon).toBeNull();
      expect(text.slice(p.placeSpan.start, p.placeSpan.end)).toBe(p.placeSpan.text);
    }
  });

  it.each([
    // names a lexicon resolves are not unknown
    "Rockets hit the Ain al-Asad air base in Anbar province.",
    "Drones targeted the U.S. base near Erbil on Monday.",
    "The Houthi base in Hodeidah governorate was struck.",
    "Kataib Hezbollah camps near Jurf al-Sakhar were hit.",
    // capitalised words that are not places
    "The Pentagon said the coalition base came under fire on Monday.",
    "On Tuesday the American base in Syria was quiet.",
    "Officials in Delaware watched the ceremony.",
    // no known place says where it is: no country, so not a mention
    "The drone fell near Qasr Dhiyab.",
    "Ships sailed toward the port of Zalfan.",
  ])("not_an_unknown_place: %s", (text) => {
    expect(unknown(text)).toEqual([]);
  });

  it.each([
    "The drone was downed at 4:10 a.m. (Sanaa time) on Tuesday.",
    "Sirens sounded shortly after midnight Baghdad time.",
    "The barrage began at 9 p.m. local time, or 2 p.m. Damascus time.",
    "Launches were tracked until 6 a.m. Aden local time.",
    "Officials gave the hour in Amman time only.",
  ])("a_clock_is_not_a_place: %s", (text) => {
    expect(findPlaces(text, lex, parseSentence(text).names).filter((p) => p.kind !== "country")).toEqual([]);
  });

  it.each<[string, string]>([
    ["Depots at Musayyib, south of the capital, Baghdad, burned.", "south of the capital, Baghdad"],
    ["The airbase lies north of the Yemeni capital Sanaa.", "north of the Yemeni capital Sanaa"],
    ["A camp south of the city of Mosul was hit.", "south of the city of Mosul"],
    ["Rockets landed west of Ramadi.", "west of Ramadi"],
    ["Drones flew toward the town outside Kirkuk.", "outside Kirkuk"],
  ])("a_locating_phrase_is_near_its_place: %s", (text, phrase) => {
    const near = findPlaces(text, lex).filter((p) => p.relation === "near");
    expect(near.map((p) => p.span.text)).toEqual([phrase]);
  });

  it.each<[string, string]>([
    ["Albukamal", "Abu Kamal"],
    ["Boukamal", "Abu Kamal"],
    ["Al-Boukamal", "Abu Kamal"],
    ["Abu Kemal", "Abu Kamal"],
    ["al-Qa'im", "Al-Qaim"],
    ["Al Qaim", "Al-Qaim"],
    ["al-Qa’im", "Al-Qaim"],
    ["al-Kaim", "Al-Qaim"],
    ["Harab Jir airport", "Kharab al-Jir"],
    ["the Al Omar oil field", "al-Omar oil field"],
  ])("spelling_variant_resolves_to_gazetteer: %s", (variant, name) => {
    const text = `Drones were fired at ${variant} on Monday.`;
    const places = findPlaces(text, lex, parseSentence(text).names);
    expect(places.map((p) => [p.name, p.known])).toEqual([[name, true]]);
  });
});
