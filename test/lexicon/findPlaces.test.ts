import { describe, it, expect } from "vitest";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { findCountries, findPlaces, type PlaceMention } from "../../src/lexicon/findPlaces.js";

const lex = loadLexicons();
type Row = [name: string, kind: string, relation: string, span: string];

function check(text: string, want: Row[]): PlaceMention[] {
  const got = findPlaces(text, lex);
  for (const p of got) {
    expect(text.slice(p.span.start, p.span.end)).toBe(p.span.text);
    expect(text.slice(p.placeSpan.start, p.placeSpan.end)).toBe(p.placeSpan.text);
    expect(p.span.start <= p.placeSpan.start && p.placeSpan.end <= p.span.end).toBe(true);
  }
  expect(got.map((p): Row => [p.name, p.kind, p.relation, p.span.text])).toEqual(want);
  return got;
}

const ASAD = "Ain al-Asad Air Base";

describe("findPlaces: Ain al-Asad spellings", () => {
  const cases: [string, string][] = [
    ["Militants fired two rockets at Ain al-Asad Air Base before dawn.", "Ain al-Asad Air Base"],
    ["A drone fell short of the Ain Al-Asad airbase perimeter.", "Ain Al-Asad airbase"],
    ["Sirens sounded across Ayn al-Asad shortly after midnight.", "Ayn al-Asad"],
    ["Sirens sounded across Ayn al-Assad shortly after midnight.", "Ayn al-Assad"],
    ["Officials said Al-Assad Air Base suffered no damage.", "Al-Assad Air Base"],
    ["Officials said Al-Asad was not damaged.", "Al-Asad"],
    ["The base at al Asad went on alert.", "al Asad"],
    ["A quiet night at Asad Airbase ended at four.", "Asad Airbase"],
    ["Crews inspected the runway of Ain al-Asad military base.", "Ain al-Asad military base"],
  ];
  for (const [text, span] of cases) it(`finds ${span}`, () => check(text, [[ASAD, "base", "at", span]]));
});

describe("findPlaces: bases", () => {
  const cases: [string, Row[]][] = [
    ["Harir Air Base was also targeted that evening.", [["Harir Air Base", "base", "at", "Harir Air Base"]]],
    ["Rockets hit Victory Base overnight.", [["Victory Base", "base", "at", "Victory Base"]]],
    ["Flights at Baghdad International Airport were halted.", [["Victory Base", "base", "at", "Baghdad International Airport"]]],
    ["A rocket hit the Union III compound.", [["Union III", "base", "at", "Union III compound"]]],
    ["The U.S. embassy in Baghdad sounded its alarms.", [["US Embassy Baghdad", "base", "at", "U.S. embassy in Baghdad"]]],
    ["Drones approached the Tanf garrison while At-Tanf stayed on alert.", [["al-Tanf", "base", "at", "Tanf garrison"], ["al-Tanf", "base", "at", "At-Tanf"]]],
    ["An explosion shook Tower 22 in the early hours.", [["Tower 22", "base", "at", "Tower 22"]]],
    ["Shells landed at the Conoco gas field and at Green Village.", [["Mission Support Site Conoco", "base", "at", "Conoco gas field"], ["Mission Support Site Green Village", "base", "at", "Green Village"]]],
    ["The al-Omar oil field was quiet.", [["al-Omar oil field", "base", "at", "al-Omar oil field"]]],
    ["Patrols left Rumalan, Rmelan and the Rumaylan base.", [["Rumalan", "base", "at", "Rumalan"], ["Rumalan", "base", "at", "Rmelan"], ["Rumalan", "base", "at", "Rumaylan base"]]],
    ["Mortars struck Shaddadi and Kharab al-Jir.", [["al-Shaddadi", "base", "at", "Shaddadi"], ["Kharab al-Jir", "base", "at", "Kharab al-Jir"]]],
    ["Jets took off from Muwaffaq Salti Air Base.", [["Muwaffaq Salti Air Base", "base", "at", "Muwaffaq Salti Air Base"]]],
    ["Erbil airport base and the city of Erbil were both hit.", [["Erbil Air Base", "base", "at", "Erbil airport base"], ["Erbil", "town", "at", "Erbil"]]],
  ];
  for (const [text, want] of cases) it(`finds bases in ${JSON.stringify(text)}`, () => check(text, want));
});

describe("findPlaces: towns, provinces, seas, countries", () => {
  const cases: [string, Row[]][] = [
    ["Strikes hit Deir Ezzor, Deir al-Zour and Albu Kamal.", [["Deir ez-Zor", "town", "at", "Deir Ezzor"], ["Deir ez-Zor", "town", "at", "Deir al-Zour"], ["Abu Kamal", "town", "at", "Albu Kamal"]]],
    ["Militia depots in Al-Bukamal and Mayadin burned.", [["Abu Kamal", "town", "at", "Al-Bukamal"], ["Mayadin", "town", "at", "Mayadin"]]],
    ["Fighters regrouped in Jurf al-Nasr, once called Jurf al-Sakhar.", [["Jurf al-Sakhar", "town", "at", "Jurf al-Nasr"], ["Jurf al-Sakhar", "town", "at", "Jurf al-Sakhar"]]],
    ["Aircraft struck Al-Qaim and Akashat.", [["Al-Qaim", "town", "at", "Al-Qaim"], ["Akashat", "town", "at", "Akashat"]]],
    ["The convoy reached Hit before noon.", [["Hit", "town", "at", "Hit"]]],
    ["Hit by a drone, the truck burned.", []],
    ["Shells fell on \u1e24asakah and ar-Raqqah.", [["Hasakah", "town", "at", "\u1e24asakah"], ["Raqqa", "town", "at", "ar-Raqqah"]]],
    ["Rockets were fired in Anbar province.", [["Anbar", "province", "in", "Anbar province"]]],
    ["Depots in the province of Diyala were struck.", [["Diyala", "province", "in", "province of Diyala"]]],
    ["The strikes hit Kirkuk governorate.", [["Kirkuk", "province", "in", "Kirkuk governorate"]]],
    ["The group is strong across Salahuddin.", [["Salahuddin", "province", "in", "Salahuddin"]]],
    ["Missiles flew over the Red Sea toward the Gulf of Aden.", [["Red Sea", "sea", "in", "Red Sea"], ["Gulf of Aden", "sea", "in", "Gulf of Aden"]]],
    ["The carrier left the Arabian Sea for Bab el-Mandeb.", [["Arabian Sea", "sea", "in", "Arabian Sea"], ["Bab el-Mandeb", "sea", "in", "Bab el-Mandeb"]]],
    ["Troops in Iraq, Syria and Jordan were placed on alert.", [["Iraq", "country", "in", "Iraq"], ["Syria", "country", "in", "Syria"], ["Jordan", "country", "in", "Jordan"]]],
    ["Strikes near Sanaa and in Hodeidah followed.", [["Sanaa", "town", "near", "near Sanaa"], ["Hodeidah", "town", "at", "Hodeidah"]]],
  ];
  for (const [text, want] of cases) it(`finds ${JSON.stringify(text)}`, () => check(text, want));

  it("gives_seas_their_sea_as_country", () => {
    const [bab] = findPlaces("Ships slowed near the Bab al-Mandab.", lex);
    expect(bab).toMatchObject({ name: "Bab el-Mandeb", country: "Red Sea", relation: "near" });
  });

  it("findCountries_keeps_countries_and_seas", () => {
    expect(findCountries("From Kirkuk in Iraq to the Red Sea.", lex).map((p) => p.name)).toEqual(["Iraq", "Red Sea"]);
  });
});

describe("findPlaces: relative phrases", () => {
  const cases: [string, Row[]][] = [
    ["A rocket landed near Kirkuk on Sunday.", [["Kirkuk", "town", "near", "near Kirkuk"]]],
    ["Strikes hit a depot south of Baghdad.", [["Baghdad", "town", "near", "south of Baghdad"]]],
    ["The base sits west of Baghdad.", [["Baghdad", "town", "near", "west of Baghdad"]]],
    ["Sirens sounded northwest of Erbil.", [["Erbil", "town", "near", "northwest of Erbil"]]],
    ["A drone was downed a few kilometers from Al-Assad Air Base.", [[ASAD, "base", "near", "a few kilometers from Al-Assad Air Base"]]],
    ["The launch site was about 30 km (19 miles) south of Abu Kamal.", [["Abu Kamal", "town", "near", "about 30 km (19 miles) south of Abu Kamal"]]],
    ["Gunmen gathered outside Erbil.", [["Erbil", "town", "near", "outside Erbil"]]],
    ["A truck exploded on the outskirts of Mosul.", [["Mosul", "town", "near", "on the outskirts of Mosul"]]],
    ["Jets circled near the town of Hit.", [["Hit", "town", "near", "near the town of Hit"]]],
    ["Rockets fell close to the U.S. embassy in Baghdad.", [["US Embassy Baghdad", "base", "near", "close to the U.S. embassy in Baghdad"]]],
    ["A drone was intercepted near Anbar province.", [["Anbar", "province", "near", "near Anbar province"]]],
    ["Rockets were fired from Syria at the base.", [["Syria", "country", "in", "Syria"]]],
  ];
  for (const [text, want] of cases) it(`finds ${JSON.stringify(text)}`, () => check(text, want));

  it("placeSpan_is_the_name_inside_the_phrase", () => {
    const [m] = check("Strikes hit a depot south of Baghdad.", [["Baghdad", "town", "near", "south of Baghdad"]]);
    expect(m!.placeSpan.text).toBe("Baghdad");
  });
});

describe("findPlaces: region phrases", () => {
  const cases: [string, Row[], string][] = [
    ["US jets struck targets in northeastern Syria.", [["northeastern Syria", "region", "region", "northeastern Syria"]], "Syria"],
    ["Drones were launched toward western Iraq.", [["western Iraq", "region", "region", "western Iraq"]], "Iraq"],
    ["Patrols continued in north-east Syria.", [["north-east Syria", "region", "region", "north-east Syria"]], "Syria"],
    ["Fighting flared in Syria's east overnight.", [["Syria's east", "region", "region", "Syria's east"]], "Syria"],
    ["Raids continued in the east of Syria.", [["the east of Syria", "region", "region", "the east of Syria"]], "Syria"],
    ["A drone flew from southern Syria.", [["southern Syria", "region", "region", "southern Syria"]], "Syria"],
    ["A base in the northern Iraqi city of Erbil was hit.", [["northern Iraqi", "region", "region", "northern Iraqi"], ["Erbil", "town", "at", "Erbil"]], "Iraq"],
    ["Troops deployed along the Syrian-Jordanian border.", [["Syrian-Jordanian border", "region", "region", "Syrian-Jordanian border"]], "Syria"],
    ["Smugglers crossed the border between Iraq and Syria.", [["border between Iraq and Syria", "region", "region", "border between Iraq and Syria"]], "Iraq"],
    ["Attacks rose in Iraq's Kurdistan region.", [["Kurdistan Region", "region", "region", "Iraq's Kurdistan region"]], "Iraq"],
  ];
  for (const [text, want, country] of cases) {
    it(`finds ${JSON.stringify(text)}`, () => {
      const got = check(text, want);
      expect(got[0]!.country).toBe(country);
    });
  }

  it("border_phrases_list_both_countries", () => {
    const [m] = findPlaces("Troops deployed along the Jordan-Syria border.", lex);
    expect(m).toMatchObject({ kind: "region", countries: ["Jordan", "Syria"], country: "Jordan" });
  });

  it("region_takes_the_country_coordinates", () => {
    const [m] = findPlaces("Raids hit eastern Syria.", lex);
    const syria = lex.gazetteer.find((e) => e.name === "Syria")!;
    expect([m!.lat, m!.lon]).toEqual([syria.lat, syria.lon]);
  });
});

describe("findPlaces: names that are not places", () => {
  const cases: [string, Row[]][] = [
    ["The Islamic Resistance in Iraq claimed the attack.", []],
    ["Yemen's Houthis claimed the attack.", []],
    ["Bashar al-Assad spoke on television.", []],
    ["Tehran-backed militias claimed it.", []],
    ["The SANA news agency reported it.", []],
    ["They will strike a deal on the west bank of the river.", []],
  ];
  for (const [text, want] of cases) it(`finds nothing in ${JSON.stringify(text)}`, () => check(text, want));
});

describe("findPlaces: fuzzy fallback", () => {
  const cases: [string, string, string][] = [
    ["A drone hit the Ayn al-Asaad Air Base at dawn.", ASAD, "Ayn al-Asaad Air Base"],
    ["Rockets fell on Shadaddi overnight.", "al-Shaddadi", "Shadaddi"],
    ["Rockets fell on Rumailan overnight.", "Rumalan", "Rumailan"],
    ["Strikes near Hudeidah port continued.", "Hodeidah", "Hudeidah"],
  ];
  for (const [text, name, span] of cases) {
    it(`maps ${span} to ${name}`, () => {
      const m = findPlaces(text, lex).find((p) => p.placeSpan.text === span);
      expect(m).toMatchObject({ name, fuzzy: true });
    });
  }

  it("does_not_fuzzy_match_derived_words_or_people", () => {
    for (const text of ["Kirkuki officials and Qassem Soleimani's heirs met.", "The Hadith scholar spoke.", "Sabrina Singh briefed reporters."]) {
      expect(findPlaces(text, lex)).toEqual([]);
    }
  });
});
